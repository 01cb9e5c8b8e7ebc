package analyze

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/docspec/docspec/internal/testutil"
)

// TestTypeStrings parses every type spelling seen in the real pages and
// reports the share understood, weighted by occurrences.
func TestTypeStrings(t *testing.T) {
	path := filepath.Join(testutil.Shared(t), "type-strings.tsv")
	f, err := os.Open(path)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	total, ok := 0, 0
	var failed []string
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 4 {
			continue
		}
		n, _ := strconv.Atoi(cols[1])
		typ := cols[3]
		total += n
		if _, good := parseType(typ); good {
			ok += n
		} else if n >= 20 && os.Getenv("DOCSPEC_LIST_TYPES") != "" {
			failed = append(failed, typ+" ("+cols[1]+", "+cols[2]+")")
		}
	}
	t.Logf("type cells understood: %d of %d (%.1f%%)", ok, total, 100*float64(ok)/float64(total))
	for _, s := range failed {
		t.Log("not understood: ", s)
	}
	if float64(ok)/float64(total) < 0.97 {
		t.Errorf("only %.1f%% of type cells understood", 100*float64(ok)/float64(total))
	}
}
