package docparse_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/docspec/docspec/generator/internal/docparse"
	"github.com/docspec/docspec/internal/testutil"
)

var cleanCases = []struct {
	name, in, want string
}{
	// Plain text and white space.
	{"empty", "", ""},
	{"plain", "返回备份详情。", "返回备份详情。"},
	{"spaces", "  a   b\t\tc  ", "a b c"},
	{"no-break spaces", "a\u00a0\u00a0b&nbsp;c", "a b c"},
	{"line ends", "a  \r\nb", "a\nb"},
	{"blank lines", "\n\na\n\n\n\nb\n\n", "a\n\nb"},

	// Notes: quote markers and the icon.
	{"note label", `>![](public_sys-resources/icon-note.gif) **说明：**`, "**说明：**"},
	{"note label, site path", `>![](/images/icon-notice.gif) **NOTICE:**   `, "**NOTICE:**"},
	{"note body", ">备份名称不能重复。", "备份名称不能重复。"},
	{"note list item", ">-   第一项", "- 第一项"},
	{"nested quote", "> > a\n>\n> b", "a\n\nb"},
	{"note as several lines", ">![](public_sys-resources/icon-note.gif) **说明：** \n>名称可以修改。", "**说明：**\n名称可以修改。"},

	// Images and links.
	{"relative image with alt", `见![流程图](images/flow.png "流程")。`, "见流程图。"},
	{"absolute image", `![x](https://example.com/a.png)`, `![x](https://example.com/a.png)`},
	{"anchor link", `详见[表3](#table12)。`, "详见表3。"},
	{"page link", `请参见[错误码](错误码.md)。`, "请参见错误码。"},
	{"page link with anchor and title", `see [Table 2](update-backup.md#t2 "Table 2")`, "see Table 2"},
	{"absolute link", `调用[获取Token](https://example.com/iam?id=1)接口`, `调用[获取Token](https://example.com/iam?id=1)接口`},
	{"absolute link, text cleaned", `[**a**<a name="x"></a>\_b](https://example.com/a\_b)`, `[**a**\_b](https://example.com/a_b)`},
	{"link in angle brackets", `[a](<my page.md>)`, "a"},
	{"not a link", `[a] (b.md) and [c]`, `\[a] (b.md) and \[c]`},
	{"link across lines", "[a\nb](c.md) [d](\ne.md)", "\\[a\nb](c.md) \\[d](\ne.md)"},
	{"bang without image", "Hello! [x]", `Hello! \[x]`},

	// HTML.
	{"anchor after caption", `**图 1**  流程<a name="fig1"></a>`, "**图 1** 流程"},
	{"anchors around text", `<a name="p1"></a><a name="p1"></a>值`, "值"},
	{"br", "第一行<br>第二行<BR/>第三行<br />", "第一行\n第二行\n第三行"},
	{"paragraphs", "<p>a</p><p>b</p>", "a\n\nb"},
	{"list", "<ul><li>a</li><li>b</li></ul>c", "- a\n- b\n\nc"},
	{"inline tags", `<strong id="b1">name</strong> is <u>[表7](#t7)</u><u></u>.`, "name is 表7."},
	{"sup and sub", "最大2<sup>63</sup>-1，M<sub>1</sub>", "最大2^63-1，M1"},
	{"cells", "<tr><td>a</td><td>b</td></tr>", "a b"},
	{"comment", "a<!-- hidden -->b", "ab"},
	{"placeholder escaped", "格式为<yyyymmdd>。", `格式为\<yyyymmdd>。`},
	{"placeholder with escapes", `urn:<region\_id\>:<function\_name\>`, `urn:<region_id\>:<function_name\>`},
	{"placeholder with attribute", `版本<Version or Alias\>`, `版本<Version or Alias\>`},
	{"placeholder starting a line", `<Version or Alias\>`, `<Version or Alias\>`},
	{"autolink starting a line", "<https://example.com>", "<https://example.com>"},
	{"email autolink that starts an HTML block", "<!a@b>", `\<!a@b>`},
	{"HTML block start", "<p\n- </div\n1. <!-- x\n<?", "\\<p\n- \\</div\n1. \\<!-- x\n\\<?"},
	{"type text", "Map<String,String>", "Map<String,String>"},
	{"less than", "a < b <3", "a < b <3"},
	{"autolink", "<https://example.com/a_b?x=1&y=2>", "<https://example.com/a_b?x=1&y=2>"},
	{"email autolink", "<dev@example.com>", "<dev@example.com>"},
	{"tag put together by a removal", "<x y <b>>", `\<x y >`},
	{"heading made by a removal", "<p># 1</p>", `\# 1`},
	{"quote made by a removal", "a<br>> b", "a\n\\> b"},
	{"setext underline made by a removal", "a<br>---", "a\n\\---"},
	{"list marker made by a removal", "a<br>- b<br>2. c<br>* d", "a\n\\- b\n2\\. c\n\\* d"},
	{"quote inside an item made by a removal", "<li>&gt; a", "- \\> a"},
	{"quote inside a list item", "- > a", "- a"},

	// Character references.
	{"entities", "a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#x27;", `a \<b> & "c" 'd'`},
	{"entity that would read as syntax", "&#42;x&#42; &#91;y&#93;", `\*x\* \[y\]`},
	{"ampersand before a name", "&amp;lt; and &amp;amp;", `\&lt; and \&amp;`},
	{"quote at line start", "&gt; a", `\> a`},
	{"quote at a line a removal starts", "a<br>&gt; b", "a\n\\> b"},
	{"not entities", "a&b &nope; &ampx; &#; &#x; &nbsp", "a&b &nope; &ampx; &#; &#x; &nbsp"},
	{"numeric space", "a&#32;&#10;b", "a b"},
	{"NUL reference", "a&#0;b", "a\uFFFDb"},

	// Escapes.
	{"braces and underscore", `PUT /v3/\{project\_id\}/backups`, "PUT /v3/{project_id}/backups"},
	{"underscore at word edges", `\_v3 a\_ \_\_init\_\_`, `\_v3 a\_ \_\_init\_\_`},
	{"parentheses", `\(Supports only 1.9\)`, "(Supports only 1.9)"},
	{"parenthesis after bracket", `[a]\(b\)`, `\[a]\(b)`},
	{"parentheses after a link", `[a](https://e.com/x\(y\)) \(z\)`, `[a](https://e.com/x\(y\)) \(z\)`},
	{"other escapes kept", `\*a\* \# \[b\] \< \> \\ \~`, `\*a\* \# \[b\] \< \> \\ \~`},
	{"backslash before a letter", `C:\path`, `C:\path`},
	{"backslash at the end", `a\`, `a\\`},
	{"backslash before a space", "a\\ \nb", "a\\\\\nb"},

	// Code spans are left alone.
	{"code span", "`<b>&amp;\\_` <b>x</b>", "`<b>&amp;\\_` x"},
	{"double backticks", "``a ` b`` c", "``a ` b`` c"},
	{"unclosed backticks", "``a` b", "\\`\\`a\\` b"},
	{"code span across lines", "`a\nb`", "\\`a\nb\\`"},

	// Broken input.
	{"invalid UTF-8", "a\xffb", "a\uFFFDb"},
	{"NUL", "a\x00b", "a\uFFFDb"},
	{"CR and form feed", "a\rb\fc", "a\nb c"},
	{"unclosed tag", `a <a name="x`, `a <a name="x`},
	{"unclosed image", "![a](b", `!\[a](b`},
	{"email autolink that could start a declaration", "<!`@0>", "<!`@0>"},
	{"email autolink that starts a processing instruction", "<?`@0>", "\\<?\\`@0>"},
	{"closing tag with a space at the start of a line", "</ li 00", `\</ li 00`},
	{"closing tag with a space", "a</ b>c", "ac"},
	{"relative link in a kept image's alt text", "![0[a](b)](https://x/i.png)", "![0a](https://x/i.png)"},
	{"a link inside a link's text wins", "[a [b](c.md) d](https://x)", `\[a b d](https://x)`},
	{"a link inside ending after the text", "[[](#](A0: )", `\[`},
	{"closing tag starting a line", "</A/>", `\</A/>`},
	{"a link inside an image's text ending after it", "![[](#](A0: )", `!\[`},
	{"a link inside an image's text", "![a [b](c.md) d](https://x/i.png)", "![a b d](https://x/i.png)"},
	{"a number that a removed tag leaves at the start of a line", "<b>0) >", `0\) >`},
	{"an image inside a link's text ending after it", "[![](#](A0: )", "[!\\[\\](#](A0: )"},
	{"brackets in a kept link's text", "[a [b] c](https://x)", `[a \[b\] c](https://x)`},
	{"a bracket in a code span in a link's text", "[`[`]](A0:)", "\\[`[`]](A0:)"},
	{"a code span in a kept link's text", "[a `]` b](https://x)", "[a `]` b](https://x)"},
	{"a reference that a removed link puts together", "&[]()#0;", `\&#0;`},
	{"a no-break space that completes a list marker", "*\u00a0>", `* \>`},
	{"code spans that a removed link would join", "`0`[``0``]()", "`0` ``0``"},
	{"a parenthesis in a title in parentheses", "[](A0: ([]())", `\[](A0: ()`},
	{"white space after a quote marker", ">\u00850", "0"},
	{"quote markers apart by a no-break space", ">\u00a0>a", "a"},
	{"white space beyond ASCII in a removed link's text", "[\u0085](0)", ""},
	{"ideographic space", "a\u3000b\u3000", "a b"},
	{"backslash before an ideographic space", "\\\u30000", `\\ 0`},
	{"shortest processing instruction", "0<?>", "0"},
	{"lone brackets", "[[[]]", `\[\[\[]]`},
	{"block tags in a kept link's text", "[a<p>b<br>c<li>d](https://x)", "[a b c - d](https://x)"},
	{"only a block tag in a kept link's text", "[<p>](A0:)", "[ ](A0:)"},
}

func TestCleanText(t *testing.T) {
	for _, c := range cleanCases {
		t.Run(c.name, func(t *testing.T) {
			got := docparse.CleanText(c.in)
			assert.Equal(t, c.want, got)
			checkClean(t, got)
		})
	}
}

// checkClean asserts the contract on one result: valid UTF-8, idempotent,
// and, read by a CommonMark parser, no raw HTML and no image or link with
// a relative destination.
func checkClean(t *testing.T, got string) {
	t.Helper()
	require.True(t, utf8.ValidString(got), "invalid UTF-8: %q", got)
	require.Equal(t, got, docparse.CleanText(got), "not idempotent")
	require.Equal(t, strings.TrimSpace(got), got, "white space at an end")
	html, relative, quotes := leftovers(got)
	require.Empty(t, html, "raw HTML in %q", got)
	require.Empty(t, relative, "relative links or images in %q", got)
	require.Zero(t, quotes, "a blockquote in %q", got)
}

// leftovers returns the raw HTML, the relative link and image destinations
// and the number of blockquotes a CommonMark parser reads in md.
func leftovers(md string) (html, relative []string, quotes int) {
	if !strings.ContainsAny(md, "<[>") {
		return nil, nil, 0 // neither HTML, a link, an image nor a quote can start
	}
	src := []byte(md)
	doc := goldmark.New().Parser().Parse(text.NewReader(src))
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.RawHTML:
			var b strings.Builder
			for i := 0; i < n.Segments.Len(); i++ {
				seg := n.Segments.At(i)
				b.Write(seg.Value(src))
			}
			html = append(html, b.String())
		case *ast.HTMLBlock:
			html = append(html, "HTML block")
		case *ast.Blockquote:
			quotes++
		case *ast.Image:
			if !absolute(string(n.Destination)) {
				relative = append(relative, string(n.Destination))
			}
		case *ast.Link:
			if !absolute(string(n.Destination)) {
				relative = append(relative, string(n.Destination))
			}
		}
		return ast.WalkContinue, nil
	})
	return html, relative, quotes
}

func absolute(dest string) bool {
	i := strings.IndexByte(dest, ':')
	return strings.HasPrefix(dest, "//") || i > 1 && !strings.ContainsAny(dest[:i], "/#?")
}

// TestDescriptionsCorpus reads the seed page and every real page (when
// present): every text line is cleaned and checked, every cell paragraph
// escaped and read back. It logs what the lines held before cleaning.
func TestDescriptionsCorpus(t *testing.T) {
	files := []string{filepath.Join(testutil.ModuleRoot(), "spec", "docs", "UpdateBackup.md")}
	err := filepath.WalkDir(testutil.Shared(t, "corpus"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
			files = append(files, p)
		}
		return err
	})
	require.NoError(t, err)
	var lines, cleaned, withHTML, withRelative, quoted, paras, escaped int
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, b := range docparse.Parse(f, src).Blocks {
			switch {
			case b.Kind == docparse.Text:
				lines++
				html, relative, quotes := leftovers(b.Text)
				withHTML += min(len(html), 1)
				withRelative += min(len(relative), 1)
				quoted += min(quotes, 1)
				got := docparse.CleanText(b.Text)
				if got != b.Text {
					cleaned++
				}
				checkClean(t, got)
			case b.Table != nil:
				for _, r := range append([]docparse.Row{{Cells: b.Table.Header}}, b.Table.Rows...) {
					for _, c := range r.Cells {
						for _, p := range c.Paras {
							paras++
							if got := docparse.EscapeText(p.Text); got != p.Text {
								escaped++
								checkReadsAs(t, p.Text, got)
							}
						}
					}
				}
			}
		}
	}
	t.Logf("%d pages: %d text lines, %d changed by CleanText; before it, %d held raw HTML, %d relative links or images, %d quote markers; after it, none",
		len(files), lines, cleaned, withHTML, withRelative, quoted)
	t.Logf("%d cell paragraphs, %d changed by EscapeText", paras, escaped)
}

func FuzzCleanText(f *testing.F) {
	for _, c := range cleanCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tm := time.AfterFunc(5*time.Second, func() { panic(fmt.Sprintf("CleanText(%q) took more than 5s", s)) })
		defer tm.Stop()
		checkClean(t, docparse.CleanText(s))
	})
}

// BenchmarkCleanText cleans every text line of the seed page and the
// lines of the table above.
func BenchmarkCleanText(b *testing.B) {
	src, err := os.ReadFile(filepath.Join(testutil.ModuleRoot(), "spec", "docs", "UpdateBackup.md"))
	require.NoError(b, err)
	var lines []string
	for _, bl := range docparse.Parse("UpdateBackup.md", src).Blocks {
		if bl.Kind == docparse.Text {
			lines = append(lines, bl.Text)
		}
	}
	for _, c := range cleanCases {
		lines = append(lines, c.in)
	}
	n := 0
	for _, l := range lines {
		n += len(l)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			docparse.CleanText(l)
		}
	}
}
