package analyze

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator/internal/docparse"
	"github.com/docspec/docspec/internal/testutil"
)

// TestMergeGolden merges the pages of each folder under testdata/merge/:
// pages that document one method and path (versions of one operation, a
// deprecated page and its successor, actions told apart by the request)
// and operations that would have one id (which keeps it).
// <folder>.golden lists the operations of the API, each with its page, and
// the diagnostics of the merge.
func TestMergeGolden(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "merge", "*"))
	require.NoError(t, err)
	require.NotEmpty(t, dirs)
	for _, dir := range dirs {
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			continue
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			pages, err := filepath.Glob(filepath.Join(dir, "*.md"))
			require.NoError(t, err)
			var results []*PageResult
			for _, p := range pages {
				src, err := os.ReadFile(p)
				require.NoError(t, err)
				results = append(results, AnalyzePage(docparse.Parse(filepath.Base(p), src)))
			}
			api, diags := Merge(results, "")
			var b strings.Builder
			for _, op := range api.Operations {
				fmt.Fprintf(&b, "%s %s  id=%s  (%s)\n", op.Method, op.Path, op.ID, op.Pos.File)
				for _, p := range op.Params {
					if p.In == "query" || p.In == "header" {
						fmt.Fprintf(&b, "  %s %s required=%v enum=%v\n", p.In, p.Name, p.Required, p.Schema.Enum)
					}
				}
				if op.RequestBody != nil && op.RequestBody.Schema != nil {
					fmt.Fprintf(&b, "  request %s", op.RequestBody.Schema.Name)
					for _, f := range op.RequestBody.Schema.Fields {
						if f.Schema != nil && f.Schema.Name != "" {
							fmt.Fprintf(&b, " .%s=%s", f.Name, f.Schema.Name)
						}
					}
					b.WriteString("\n")
				}
			}
			diags.Sort()
			for _, d := range diags {
				fmt.Fprintf(&b, "%s\n", d)
			}
			testutil.Golden(t, dir+".golden", []byte(b.String()))
		})
	}
}
