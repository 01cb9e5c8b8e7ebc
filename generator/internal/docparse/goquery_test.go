package docparse_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator/internal/docparse"
	"github.com/docspec/docspec/internal/testutil"
)

// TestCellsAgreeWithGoquery reads every HTML table of real pages twice: with
// docparse's streaming reader and with a goquery DOM, and checks that both
// see the same rows and the same cell texts.
func TestCellsAgreeWithGoquery(t *testing.T) {
	var pages []string
	pages = append(pages, filepath.Join(testutil.ModuleRoot(), "spec", "docs", "UpdateBackup.md"))
	if root := filepath.Join(testutil.ModuleRoot(), "..", "shared", "corpus"); dirExists(root) {
		for _, dir := range []string{"cbr/zh-cn", "dws/zh-cn", "as/zh-cn"} {
			m, _ := filepath.Glob(filepath.Join(root, dir, "*.md"))
			pages = append(pages, m...)
		}
	}
	tables := 0
	for _, path := range pages {
		src, err := os.ReadFile(path)
		require.NoError(t, err)
		page := docparse.Parse(filepath.Base(path), src)
		var ours []*docparse.Table
		for _, b := range page.Blocks {
			if b.Kind == docparse.TableBlock && !b.Table.Pipe {
				ours = append(ours, b.Table)
			}
		}
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(strings.ReplaceAll(string(src), "\r", "")))
		require.NoError(t, err)
		theirs := doc.Find("table")
		if !assert.Equal(t, theirs.Length(), len(ours), "%s: tables", path) {
			continue
		}
		theirs.Each(func(i int, tab *goquery.Selection) {
			ts := ours[i]
			if spanned(tab) {
				return // docparse repeats spanned cells into every row and column they cover
			}
			tables++
			var rows [][]string
			tab.Find("tr").Each(func(_ int, tr *goquery.Selection) {
				var cells []string
				tr.Find("td,th").Each(func(_ int, td *goquery.Selection) {
					cells = append(cells, strings.Join(strings.Fields(strings.ReplaceAll(td.Text(), "\u00a0", " ")), ""))
				})
				rows = append(rows, cells)
			})
			var mine [][]string
			all := append([]docparse.Row{{Cells: ts.Header}}, ts.Rows...)
			for _, r := range all {
				var cells []string
				for _, c := range r.Cells {
					cells = append(cells, strings.Join(strings.Fields(c.Text()), ""))
				}
				mine = append(mine, cells)
			}
			assert.Equal(t, rows, mine, "%s: table %d (line %d)", path, i+1, ts.Pos.Line)
		})
	}
	t.Logf("%d tables in %d pages agree", tables, len(pages))
}

func spanned(tab *goquery.Selection) bool {
	n := 0
	tab.Find("[rowspan],[colspan]").Each(func(_ int, s *goquery.Selection) {
		for _, a := range []string{"rowspan", "colspan"} {
			if v, ok := s.Attr(a); ok && strings.TrimSpace(v) != "1" {
				n++
			}
		}
	})
	return n > 0
}

func dirExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}
