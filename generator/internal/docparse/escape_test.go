package docparse_test

import (
	"fmt"
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
)

var escapeCases = []struct {
	name, in, want string
}{
	{"empty", "", ""},
	{"plain", "项目ID。", "项目ID。"},
	{"names and types", "project_id Map<String,String> a < b 1.5 x_1", "project_id Map<String,String> a < b 1.5 x_1"},
	{"emphasis", "*a* **b** _c_ d*e", `\*a\* \*\*b\*\* \_c\_ d\*e`},
	{"code and links", "`x` [a](b.md) ![i](c.png)", "\\`x\\` \\[a](b.md) !\\[i](c.png)"},
	{"backslashes", `C:\dir \* a\`, `C:\dir \\\* a\\`},
	{"tags and autolinks", "List<tag> </p> <https://e.com> <a@b.c> <!-- c -->", `List\<tag> \</p> \<https://e.com> \<a@b.c> \<!-- c -->`},
	{"references", "&amp; &#39; a&b &x", `\&amp; \&#39; a&b &x`},
	{"heading and quote", "# a\n> b\n#x", "\\# a\n\\> b\n\\#x"},
	{"list items", "- a\n+ b\n* c\n1. d\n2) e\n10.5 f", "\\- a\n\\+ b\n\\* c\n1\\. d\n2\\) e\n10.5 f"},
	{"rules and underlines", "---\n===\n- - -\n___\n~~~x", "\\---\n\\===\n\\- - -\n\\_\\_\\_\n\\~~~x"},
	{"HTML block start", "<p\n<div class=x", "\\<p\n\\<div class=x"},
	{"lines trimmed", "  a  \n\tb", "a\nb"},
	{"invalid UTF-8", "a\xffb", "a\uFFFDb"},
	{"tags over two lines", "0<!A\n>\nList<tag\nx>", "0\\<!A\n\\>\nList\\<tag\nx>"},
	{"CR ends a line", "--\r-", "\\--\n\\-"},
	{"autolink with a DEL", "0<A0:\x7f>", "0\\<A0:\x7f>"},
	{"autolink with a 33-letter scheme", "0<A" + strings.Repeat("z", 32) + ":x>", "0\\<A" + strings.Repeat("z", 32) + ":x>"},
}

func TestEscapeText(t *testing.T) {
	for _, c := range escapeCases {
		t.Run(c.name, func(t *testing.T) {
			got := docparse.EscapeText(c.in)
			assert.Equal(t, c.want, got)
			checkReadsAs(t, c.in, got)
		})
	}
}

// checkReadsAs asserts that a CommonMark parser reads md as paragraphs of
// plain text whose lines are plain's lines, trimmed, blank ones left out.
func checkReadsAs(t *testing.T, plain, md string) {
	t.Helper()
	plain = strings.ToValidUTF8(plain, "\uFFFD")
	plain = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(plain) // line ends, as CommonMark reads them
	var want []string
	for _, l := range strings.Split(plain, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			want = append(want, l)
		}
	}
	src := []byte(md)
	doc := goldmark.New().Parser().Parse(text.NewReader(src))
	var got strings.Builder
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Document:
		case *ast.Paragraph:
			if got.Len() > 0 {
				got.WriteByte('\n')
			}
		case *ast.Text:
			got.Write(n.Segment.Value(src))
			if n.SoftLineBreak() || n.HardLineBreak() {
				got.WriteByte('\n')
			}
		case *ast.String:
			got.Write(n.Value)
		default:
			return ast.WalkStop, fmt.Errorf("%q reads as %s", md, n.Kind())
		}
		return ast.WalkContinue, nil
	})
	require.NoError(t, err)
	// The text segments keep their escapes: unescape them as a reader shows them.
	assert.Equal(t, strings.Join(want, "\n"), docparse.Unescape(got.String()), "%q read back", md)
}

func FuzzEscapeText(f *testing.F) {
	for _, c := range escapeCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tm := time.AfterFunc(5*time.Second, func() { panic(fmt.Sprintf("EscapeText(%q) took more than 5s", s)) })
		defer tm.Stop()
		got := docparse.EscapeText(s)
		require.True(t, utf8.ValidString(got))
		checkReadsAs(t, s, got)
	})
}
