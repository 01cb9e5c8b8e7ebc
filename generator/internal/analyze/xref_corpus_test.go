package analyze

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/internal/docparse"
)

// TestCorpusExternal analyzes every corpus folder as Build does (each page
// on its own, then the links to tables on other pages of the folder) and
// checks that every external reference is settled: resolved into a struct
// read from the linked page, or reported at its row; that the rows counted
// for pages without an operation add up; and that the references found on
// linked pages are settled too. It logs the outcome per folder.
func TestCorpusExternal(t *testing.T) {
	folders := corpusFolders(t)
	dirs := make([]string, 0, len(folders))
	for d := range folders {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	var resolved, unresolved, pages int
	for _, dir := range dirs {
		if !linksPages(folders[dir]) {
			continue
		}
		byPath := map[string]*docparse.Page{}
		var results []*PageResult
		for _, p := range folders[dir] {
			byPath[p.Path] = p
			results = append(results, AnalyzePage(p))
		}
		load := func(p string) (*docparse.Page, error) {
			if pg := byPath[p]; pg != nil && path.Dir(p) == dir {
				return pg, nil
			}
			return nil, fs.ErrNotExist
		}
		total := 0
		for _, r := range results {
			total += len(r.External)
		}
		if total == 0 {
			continue
		}
		xr := ResolveExternal(results, load)
		require.Equal(t, total, xr.Resolved+xr.Unresolved, dir)
		assert.Equal(t, xr.Rows.Read, xr.Rows.Used+xr.Rows.Reported, dir)
		var open []string
		for _, r := range results {
			for _, e := range r.External {
				if !e.settled {
					open = append(open, e.Pos.String())
				}
			}
		}
		assert.Empty(t, open, "%s: external references left unsettled", dir)
		var why []string
		for _, d := range xr.Diags {
			if d.Code == diag.UnresolvedType || d.Code == diag.MissingAnchor {
				why = append(why, fmt.Sprintf("    %s: %s", d.Pos, d.Msg))
			}
		}
		t.Logf("%s: %d resolved, %d unresolved, %d linked pages read, rows of pages without an operation %+v\n%s",
			dir, xr.Resolved, xr.Unresolved, xr.Pages, xr.Rows, strings.Join(why, "\n"))
		resolved += xr.Resolved
		unresolved += xr.Unresolved
		pages += xr.Pages
	}
	t.Logf("corpus: %d external references resolved, %d unresolved; %d linked pages read", resolved, unresolved, pages)
}

// linksPages reports whether a table cell of the pages links to a page.
func linksPages(pages []*docparse.Page) bool {
	for _, p := range pages {
		for _, b := range p.Blocks {
			if b.Table == nil {
				continue
			}
			for _, r := range b.Table.Rows {
				for _, c := range r.Cells {
					for _, l := range c.Links {
						if f, _, _ := strings.Cut(l.Href, "#"); strings.HasSuffix(strings.ToLower(f), ".md") {
							return true
						}
					}
				}
			}
		}
	}
	return false
}
