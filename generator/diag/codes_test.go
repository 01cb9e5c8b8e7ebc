package diag_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/internal/testutil"
)

// markdownTable renders the registry as README's Diagnostics table.
func markdownTable() string {
	var b strings.Builder
	b.WriteString("| code | severity | cost | meaning |\n| --- | --- | --- | --- |\n")
	for _, c := range diag.Codes() {
		b.WriteString("| `" + string(c.Code) + "` | " + c.Severity.String() + " | " + c.Cost.String() + " | " +
			strings.ReplaceAll(c.Meaning, "|", `\|`) + " |\n")
	}
	return b.String()
}

// readmeTable finds the table of README's "## Diagnostics" section: the
// first run of lines starting with "| code |", up to the first line that is
// not a table row. It returns the text before, the table and the text after.
func readmeTable(t *testing.T, readme string) (before, table, after string) {
	t.Helper()
	sec := strings.Index(readme, "\n## Diagnostics\n")
	require.GreaterOrEqual(t, sec, 0, "README has no \"## Diagnostics\" section")
	start := strings.Index(readme[sec:], "\n| code |")
	require.GreaterOrEqual(t, start, 0, "README's Diagnostics section has no table starting with \"| code |\"")
	start += sec + 1
	end := start
	for end < len(readme) && readme[end] == '|' {
		nl := strings.IndexByte(readme[end:], '\n')
		if nl < 0 {
			end = len(readme)
			break
		}
		end += nl + 1
	}
	return readme[:start], readme[start:end], readme[end:]
}

// TestReadmeTable: README's Diagnostics table is the registry, row for row
// (go test ./... -update rewrites it).
func TestReadmeTable(t *testing.T) {
	path := filepath.Join(testutil.ModuleRoot(), "README.md")
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	before, table, after := readmeTable(t, string(data))
	want := markdownTable()
	if *testutil.Update {
		if table != want {
			require.NoError(t, os.WriteFile(path, []byte(before+want+after), 0o644))
		}
		return
	}
	assert.Equal(t, want, table, "README's Diagnostics table differs from diag.Codes() (run go test ./generator/diag -update and review the diff)")
}

// TestCodes: every code is a plain kebab-case name with a one-line meaning,
// and only Run-cost codes are errors (an error means nothing is written).
func TestCodes(t *testing.T) {
	codes := diag.Codes()
	require.NotEmpty(t, codes)
	for _, c := range codes {
		assert.Regexp(t, `^[a-z0-9]+(-[a-z0-9]+)*$`, string(c.Code))
		assert.NotEmpty(t, c.Meaning, c.Code)
		assert.NotContains(t, c.Meaning, "\n", c.Code)
		assert.Equal(t, c.Severity == diag.Error, c.Cost == diag.Run, "%s: errors, and only errors, cost the run", c.Code)
		info, ok := diag.Lookup(c.Code)
		assert.True(t, ok)
		assert.Equal(t, c, info)
	}
	_, ok := diag.Lookup("no-such-code")
	assert.False(t, ok)
}
