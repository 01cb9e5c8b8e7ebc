package analyze

import (
	"bufio"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/internal/testutil"
)

// TestTypeStrings reads every type spelling seen in the real pages
// (../shared/type-strings.tsv) and compares what each means with
// testdata/types/type-strings.golden, so that any change in how a spelling
// is read shows as a diff; `-update` rewrites it. It also logs the share of
// cells understood, weighted by occurrences.
func TestTypeStrings(t *testing.T) {
	path := filepath.Join(testutil.Shared(t), "type-strings.tsv")
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	sc.Scan() // header
	var b strings.Builder
	b.WriteString("# count\tlanguage\ttype cell\tread as\n")
	var total, understood, bare, unknown int
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 4 {
			continue
		}
		n, err := strconv.Atoi(cols[1])
		require.NoError(t, err, sc.Text())
		tc := readTypeCell(cols[3])
		total += n
		switch {
		case tc.understood() || tc.none || tc.ref != "":
			understood += n
		case tc.bare:
			bare += n
		default:
			unknown += n
		}
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\n", n, cols[0], spelling(cols[3], tc), describeCell(tc))
	}
	require.NoError(t, sc.Err())
	t.Logf("type cells: %d; understood %d (%.2f%%), bare struct names %d, unknown %d",
		total, understood, 100*float64(understood)/float64(total), bare, unknown)
	testutil.Golden(t, filepath.Join("testdata", "types", "type-strings.golden"), []byte(b.String()))
}

// spelling is a type cell's text as the golden shows it: a sentence (what
// some rows have in their type column, or prose after a type word) by its
// length and hash, so that no page text is copied here.
func spelling(s string, tc typeCell) string {
	if tc.misplaced != "a description" && len(strings.Fields(s)) <= 12 && len(s) <= 120 {
		return s
	}
	sum := sha256.Sum256([]byte(s))
	return fmt.Sprintf("<%d-byte cell %x>", len(s), sum[:6])
}

// describeCell writes what a type cell was read as: the type, "→ table N"
// for a reference, "struct X?" for a bare name, "unknown" and why.
func describeCell(tc typeCell) string {
	var s string
	switch {
	case tc.misplaced != "":
		return "unknown: " + tc.misplaced
	case tc.none:
		s = "no type"
	case tc.bare && tc.refCaption != "":
		s = "object?"
	case tc.bare:
		s = "struct " + tc.expr.Object + "? (if a table documents it)"
	case tc.expr != nil:
		s = describe(tc.expr)
	default:
		return "unknown"
	}
	if tc.ref != "" {
		s += " → table " + tc.ref
	}
	if tc.refCaption != "" {
		s += " → caption " + strconv.Quote(tc.refCaption)
	}
	return s
}
