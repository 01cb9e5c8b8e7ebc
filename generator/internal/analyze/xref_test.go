package analyze

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/internal/docparse"
	"github.com/docspec/docspec/generator/model"
	"github.com/docspec/docspec/internal/testutil"
)

// dirLoader reads linked pages from a folder, as Build reads them from the
// docs folders.
func dirLoader(dir string) Loader {
	return func(p string) (*docparse.Page, error) {
		src, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil {
			return nil, err
		}
		return docparse.Parse(p, src), nil
	}
}

// mapLoader reads linked pages from a map of path → text.
func mapLoader(pages map[string]string) Loader {
	return func(p string) (*docparse.Page, error) {
		src, ok := pages[p]
		if !ok {
			return nil, fs.ErrNotExist
		}
		return docparse.Parse(p, []byte(src)), nil
	}
}

// analyzeFolder analyzes every page of a map (path → text) on its own, then
// resolves their external references, as Build does.
func analyzeFolder(pages map[string]string) ([]*PageResult, Resolution) {
	paths := make([]string, 0, len(pages))
	for p := range pages {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var results []*PageResult
	for _, p := range paths {
		results = append(results, AnalyzePage(docparse.Parse(p, []byte(pages[p]))))
	}
	return results, ResolveExternal(results, mapLoader(pages))
}

// TestGoldenXref analyzes each folder under testdata/xref/ as a docs folder
// (every page on its own, then the external references) and compares every
// page's operation and diagnostics, the rows counted for pages without an
// operation and the references' outcome with testdata/xref/<case>.golden.
func TestGoldenXref(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "xref", "*"))
	require.NoError(t, err)
	var cases []string
	for _, d := range dirs {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			cases = append(cases, d)
		}
	}
	require.NotEmpty(t, cases)
	for _, dir := range cases {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			files, err := filepath.Glob(filepath.Join(dir, "*.md"))
			require.NoError(t, err)
			pages := map[string]string{}
			for _, f := range files {
				src, err := os.ReadFile(f)
				require.NoError(t, err)
				pages[filepath.Base(f)] = string(src)
			}
			results, xr := analyzeFolder(pages)
			var b strings.Builder
			for _, r := range results {
				fmt.Fprintf(&b, "== %s\n", r.Path)
				r.Diags.Append(onPage(xr.Diags, r.Path))
				b.WriteString(dumpResult(r))
			}
			fmt.Fprintf(&b, "== references: %d resolved, %d unresolved; %d pages read again\n", xr.Resolved, xr.Unresolved, xr.Pages)
			fmt.Fprintf(&b, "== rows of pages without an operation: %d read, %d used, %d reported\n", xr.Rows.Read, xr.Rows.Used, xr.Rows.Reported)
			testutil.Golden(t, dir+".golden", []byte(b.String()))
		})
	}
}

// onPage are the diagnostics of l on page p.
func onPage(l diag.List, p string) diag.List {
	var out diag.List
	for _, d := range l {
		if d.Pos.File == p {
			out = append(out, d)
		}
	}
	return out
}

// opPageLinking is an operation page whose response field "field" is typed
// by the type cell typ.
func opPageLinking(title, path, field, typ string) string {
	return "# " + title + "\n\n## URI\n\nGET " + path + "\n\n## Response\n\n**Table  1**  Response parameters\n\n" +
		"<a name=\"table1\"></a>\n<table><thead align=\"left\"><tr><th><p>Parameter</p></th><th><p>Type</p></th><th><p>Description</p></th></tr></thead>\n" +
		"<tbody><tr><td><p>" + field + "</p></td><td><p>" + typ + "</p></td><td><p>The " + field + ".</p></td></tr>\n</tbody></table>\n"
}

// dataPage documents no operation: one struct table anchored t1, with a
// caption (unless "") and the rows given.
func dataPage(caption string, rows ...string) string {
	s := "# Data Structures\n\n"
	if caption != "" {
		s += "**Table  1**  " + caption + "\n\n"
	}
	s += "<a name=\"t1\"></a>\n" +
		"<table><thead align=\"left\"><tr><th><p>Parameter</p></th><th><p>Type</p></th><th><p>Description</p></th></tr></thead>\n<tbody>"
	for _, r := range rows {
		s += r + "\n"
	}
	return s + "</tbody></table>\n"
}

func htmlRow(name, typ, desc string) string {
	return "<tr><td><p>" + name + "</p></td><td><p>" + typ + "</p></td><td><p>" + desc + "</p></td></tr>"
}

// A link to another page is a placeholder and an External with the page's
// path from the docs root; no diagnostic until the links are read.
func TestExternalPlaceholder(t *testing.T) {
	for _, tc := range []struct{ href, page, anchor string }{
		{"structs.md#t1", "api/structs.md", "t1"},
		{"../common/data%20structures.md#t2", "common/data structures.md", "t2"},
		{"./structs.md", "api/structs.md", ""},
		{"../../elsewhere.md#t3", "", "t3"},
	} {
		t.Run(tc.href, func(t *testing.T) {
			src := opPageLinking("Reading a Cluster", "/v3/clusters", "metadata", `<a href="`+tc.href+`">metadata</a> object`)
			res := AnalyzePage(docparse.Parse("api/reading.md", []byte(src)))
			require.NotNil(t, res.Operation)
			assert.Empty(t, res.Diags)
			require.Len(t, res.External, 1)
			x := res.External[0]
			assert.Equal(t, tc.page, x.Page)
			assert.Equal(t, tc.anchor, x.Anchor)
			assert.Equal(t, "metadata", x.Text)
			assert.Equal(t, "metadata", x.Field)
			assert.Equal(t, 13, x.Pos.Line)
			body := res.Operation.Responses[0].Body.Schema
			assert.Same(t, x.Schema, body.Fields[0].Schema)
			assert.Equal(t, "object", x.Schema.Type)
			assert.Empty(t, x.Schema.Fields)

			// Merged without reading the links: still reported, as a
			// free-form object.
			_, diags := Merge([]*PageResult{res}, "")
			require.Len(t, diags, 1)
			assert.Equal(t, diag.UnresolvedType, diags[0].Code)
			assert.Contains(t, diags[0].Msg, "which was not read")
		})
	}
}

// A struct on a page without an operation, whose caption gives no name, is
// named after the field that links it, by each linking page: a page's names
// do not depend on which other pages link the same table. Its rows are
// counted once.
func TestExternalNamedPerLink(t *testing.T) {
	pages := map[string]string{
		"a.md":    opPageLinking("Reading a Cluster", "/v3/clusters/{id}", "metadata", `<a href="data.md#t1">metadata</a> object`),
		"b.md":    opPageLinking("Reading a Node", "/v3/nodes/{id}", "meta", `<a href="data.md#t1">meta</a> object`),
		"data.md": dataPage("", htmlRow("name", "String", "Name."), htmlRow("uid", "String", "ID.")),
	}
	results, xr := analyzeFolder(pages)
	assert.Empty(t, xr.Diags)
	assert.Equal(t, 2, xr.Resolved)
	assert.Equal(t, 1, xr.Pages)
	assert.Equal(t, model.TableRows{Read: 2, Used: 2}, xr.Rows)
	names := map[string]*model.Schema{}
	for _, r := range results[:2] {
		s := r.Operation.Responses[0].Body.Schema.Fields[0].Schema
		names[r.Path] = s
		require.Len(t, s.Fields, 2)
		assert.Equal(t, "name", s.Fields[0].Name)
		assert.Equal(t, "data.md", s.Pos.File, "the struct comes from the page that documents it")
	}
	assert.Equal(t, "Metadata", names["a.md"].Name)
	assert.Equal(t, "Meta", names["b.md"].Name)

	// A caption that names the struct names it for every link.
	pages["data.md"] = dataPage("ObjectMeta", htmlRow("name", "String", "Name."))
	results, _ = analyzeFolder(pages)
	for _, r := range results[:2] {
		assert.Equal(t, "ObjectMeta", r.Operation.Responses[0].Body.Schema.Fields[0].Schema.Name)
	}
}

// Rows of a table read for a link, on a page without an operation, are
// counted: used, or reported when no reader takes them.
func TestExternalRowsCounted(t *testing.T) {
	pages := map[string]string{
		"a.md":    opPageLinking("Reading a Cluster", "/v3/clusters/{id}", "metadata", `<a href="data.md#t1">metadata</a> object`),
		"data.md": dataPage("Data structure of the **metadata** field", htmlRow("name", "String", "Name."), htmlRow("", "String", "A row without a name."), htmlRow("uid", "String", "ID.")),
	}
	_, xr := analyzeFolder(pages)
	assert.Equal(t, model.TableRows{Read: 3, Used: 2, Reported: 1}, xr.Rows)
	require.Len(t, xr.Diags, 1)
	assert.Equal(t, diag.RowNotRead, xr.Diags[0].Code)
	assert.Equal(t, "data.md", xr.Diags[0].Pos.File)
}

// A cycle of links between pages is a cycle of schemas: each page is read
// once and the struct refers to itself.
func TestExternalCycle(t *testing.T) {
	pages := map[string]string{
		"a.md": opPageLinking("Reading a Cluster", "/v3/clusters/{id}", "node", `<a href="b.md#t1">node</a> object`),
		"b.md": dataPage("Data structure of the **Node** field", htmlRow("name", "String", "Name."),
			htmlRow("children", `Array of <a href="c.md#t1">children</a> objects`, "Children.")),
		"c.md": dataPage("NodeChild", htmlRow("parent", `<a href="b.md#t1">parent</a> object`, "Parent.")),
	}
	results, xr := analyzeFolder(pages)
	assert.Empty(t, xr.Diags)
	assert.Equal(t, 2, xr.Pages)
	assert.Equal(t, 1, xr.Resolved)
	assert.Equal(t, model.TableRows{Read: 3, Used: 3}, xr.Rows)
	node := results[0].Operation.Responses[0].Body.Schema.Fields[0].Schema
	require.Equal(t, "Node", node.Name)
	require.Len(t, node.Fields, 2)
	children := node.Fields[1].Schema
	require.Equal(t, "array", children.Type)
	require.Equal(t, "NodeChild", children.Items.Name)
	parent := children.Items.Fields[0].Schema
	assert.Equal(t, "Node", parent.Name)
	assert.Same(t, node.Fields[1], parent.Fields[1], "the same struct, read once")
}
