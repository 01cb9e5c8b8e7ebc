package docparse_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator/internal/docparse"
	"github.com/docspec/docspec/internal/testutil"
)

// dump renders a page's structure as text, one node per line, for golden
// files; a text line is followed by its CleanText when that differs.
func dump(p *docparse.Page) string {
	var b strings.Builder
	for _, bl := range p.Blocks {
		switch bl.Kind {
		case docparse.Heading:
			fmt.Fprintf(&b, "%d heading%d %q anchor=%q\n", bl.Pos.Line, bl.Level, bl.Text, bl.Anchor)
		case docparse.Text:
			fmt.Fprintf(&b, "%d text indent=%d bullet=%v %q\n", bl.Pos.Line, bl.Indent, bl.Bullet, bl.Text)
			if c := docparse.CleanText(bl.Text); c != bl.Text {
				fmt.Fprintf(&b, "  clean %q\n", c)
			}
		case docparse.Code:
			fmt.Fprintf(&b, "%d code %d lines\n", bl.Pos.Line, strings.Count(bl.Text, "\n")+1)
		case docparse.TableBlock:
			t := bl.Table
			fmt.Fprintf(&b, "%d table caption=%q number=%q anchor=%q pipe=%v\n", bl.Pos.Line, t.Caption, t.Number, t.Anchor, t.Pipe)
			var hdr []string
			for _, c := range t.Header {
				hdr = append(hdr, c.Line())
			}
			fmt.Fprintf(&b, "  header %q\n", hdr)
			for _, r := range t.Rows {
				fmt.Fprintf(&b, "  %d row", r.Pos.Line)
				for _, c := range r.Cells {
					fmt.Fprintf(&b, " | %q", c.Text())
					for _, l := range c.Links {
						fmt.Fprintf(&b, " link(%s %q)", l.Href, l.Text)
					}
					for _, pa := range c.Paras {
						if len(pa.Strong) > 0 {
							fmt.Fprintf(&b, " strong%q", pa.Strong)
						}
					}
				}
				b.WriteString("\n")
			}
		}
	}
	for _, d := range p.Diags {
		fmt.Fprintf(&b, "%s\n", d)
	}
	return b.String()
}

// TestParseGolden parses every page under testdata/pages and the seed page.
func TestParseGolden(t *testing.T) {
	pages, err := filepath.Glob("testdata/pages/*.md")
	require.NoError(t, err)
	pages = append(pages, filepath.Join(testutil.ModuleRoot(), "spec", "docs", "UpdateBackup.md"))
	for _, path := range pages {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			require.NoError(t, err)
			p := docparse.Parse(filepath.Base(path), src)
			golden := filepath.Join("testdata", "golden", strings.TrimSuffix(filepath.Base(path), ".md")+".txt")
			testutil.Golden(t, golden, []byte(dump(p)))
		})
	}
}

func TestUnescape(t *testing.T) {
	assert.Equal(t, "PUT /v3/{project_id}/backups/{backup_id}", docparse.Unescape(`PUT /v3/\{project\_id\}/backups/\{backup\_id\}`))
	assert.Equal(t, `a\b`, docparse.Unescape(`a\b`))
	assert.Equal(t, `x\`, docparse.Unescape(`x\`))
}

func TestCRLFAndIndent(t *testing.T) {
	src := "# T<a name=\"Op\"></a>\r\n\r\n-   URI格式\r\n\r\n    GET /v1/x\r\n\r\n    **表 1**  参数说明\r\n\r\n    <table><thead><tr><th>参数</th><th>类型</th></tr></thead>\r\n    <tbody><tr><td>a</td><td>String</td></tr></tbody>\r\n    </table>\r\n"
	p := docparse.Parse("x.md", []byte(src))
	require.Empty(t, p.Diags)
	var tables int
	for _, b := range p.Blocks {
		if b.Kind == docparse.TableBlock {
			tables++
			assert.Equal(t, "参数说明", b.Table.Caption)
			assert.Equal(t, 4, b.Indent)
			require.Len(t, b.Table.Rows, 1)
			assert.Equal(t, 10, b.Table.Rows[0].Pos.Line)
		}
	}
	assert.Equal(t, 1, tables)
}
