package docparse

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
	"unsafe"

	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/internal/testutil"
)

// fuzzSeeds are small pages and broken fragments in the documentation format.
var fuzzSeeds = []string{
	"",
	"\n",
	"# T<a name=\"T\"></a>\n\n## URI\n\nGET /v1/{id}/x\n",
	"<table><thead><tr><th><p>参数</p></th><th><p>参数类型</p></th></tr></thead><tbody><tr><td><p>a</p></td><td><p>String</p></td></tr></tbody></table>\n",
	"<table><tr><td>unclosed\n",
	"<table>\n<table>\n</table>\n",
	"</table>\n<table\n",
	"<TABLE>\n<tr><td colspan=\"999999\">x</td></tr>\n</TABLE>\n",
	"<table><tr><td rowspan=\"1000000000\">x</td><td>y</td></tr><tr><td>z</td></tr></table>\n",
	"<table><tr><td colspan=\"-3\">x</td></tr></table>\n",
	"<table><tr><th>a<th>b</tr><tr><td><a href=\"#x\">X</a><td></table>\n",
	"| a | b |\n|---|---|\n| 1 | 2 | 3 |\n| \\| |\n",
	"|a|\n|-|\n",
	"**表 1**  请求Body参数\n<a name=\"B\"></a>\n<table><tr><th>参数</th></tr></table>\n",
	"**表 99999999999999999999** x\n",
	"```\nnever closed\n",
	"~~~json\n{\n~~~\n",
	"#######\n# \n#\n##x\n",
	"<a name=\"x\n<a name=\"\"></a>\n<a name=\"a\"></a><a name=\"b\"></a>\n",
	"a\r\nb\rc\r\n",
	"\xef\xbb\xbf# BOM\n",
	"\xff\xfe bad utf8\n\xc3(\n",
	"line\x00nul\n",
	"\\\\\\*\\",
	"- item\n* item\n-\n",
	"<table><tr><td><ul><li><p>a</li></ul></td></tr>\n# heading inside\n</table>\n",
}

func addSeeds(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	if data, err := os.ReadFile(filepath.Join("..", "..", "..", "spec", "docs", "UpdateBackup.md")); err == nil {
		f.Add(data)
	}
}

// watchdog crashes the process when one input takes longer than a page ever
// should, so the fuzzer records the input as a crasher instead of stalling.
func watchdog(src []byte) (stop func()) {
	tm := time.AfterFunc(10*time.Second, func() {
		panic(fmt.Sprintf("input of %d bytes took more than 10s", len(src)))
	})
	return func() { tm.Stop() }
}

// maxLines is the number of lines the source can have by any line-break convention.
func maxLines(src []byte) int {
	return bytes.Count(src, []byte("\n")) + bytes.Count(src, []byte("\r")) + 1
}

// parseOverwritten parses src with ParseString straight from a buffer, then
// overwrites the buffer: the Page must not change (Build reuses its read
// buffers from page to page).
func parseOverwritten(src []byte) *Page {
	buf := bytes.Clone(src)
	p := ParseString("p.md", unsafe.String(unsafe.SliceData(buf), len(buf)))
	for i := range buf {
		buf[i] = '#'
	}
	return p
}

// FuzzParse checks that Parse never panics, is deterministic, keeps no
// reference to its source and reports every position inside the page.
func FuzzParse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		defer watchdog(src)()
		p1 := Parse("p.md", src)
		p2 := Parse("p.md", bytes.Clone(src))
		require.True(t, reflect.DeepEqual(p1, p2), "Parse is not deterministic")
		require.True(t, reflect.DeepEqual(p1, parseOverwritten(src)), "the page keeps a reference to its source")
		n := maxLines(src)
		require.LessOrEqual(t, p1.Lines, n)
		inFile := func(what string, pos diag.Pos) {
			t.Helper()
			require.Equal(t, "p.md", pos.File, what)
			require.GreaterOrEqual(t, pos.Line, 1, "%s: line %d before the file", what, pos.Line)
			require.LessOrEqual(t, pos.Line, n, "%s: line %d after the file's %d lines", what, pos.Line, n)
		}
		for _, d := range p1.Diags {
			inFile("diagnostic "+d.String(), d.Pos)
		}
		for _, b := range p1.Blocks {
			inFile("block", b.Pos)
			if b.Table == nil {
				continue
			}
			for _, r := range b.Table.Rows {
				inFile("row", r.Pos)
				for _, c := range r.Cells {
					inFile("cell", c.Pos)
				}
			}
			for _, c := range b.Table.Header {
				inFile("header cell", c.Pos)
			}
			if b.Table.Anchor != "" {
				inFile("anchor", b.Table.AnchorPos)
			}
			if b.Table.Caption != "" || b.Table.Number != "" {
				inFile("caption", b.Table.CaptionPos)
			}
		}
	})
}

// TestPageOwnsItsStrings parses the seed page, the golden pages and every
// real page (when present) from a buffer that is overwritten afterwards.
func TestPageOwnsItsStrings(t *testing.T) {
	root := testutil.ModuleRoot()
	files, _ := filepath.Glob(filepath.Join(root, "generator", "internal", "docparse", "testdata", "pages", "*.md"))
	files = append(files, filepath.Join(root, "spec", "docs", "UpdateBackup.md"))
	if _, err := os.Stat(filepath.Join(root, "..", "shared", "corpus")); err == nil {
		for _, dir := range testutil.DocFolders(t, filepath.Join(root, "..", "shared", "corpus")) {
			more, _ := filepath.Glob(filepath.Join(dir, "*.md"))
			files = append(files, more...)
		}
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		require.True(t, reflect.DeepEqual(Parse("p.md", src), parseOverwritten(src)), "%s: the page keeps a reference to its source", f)
	}
	t.Logf("%d pages", len(files))
}
