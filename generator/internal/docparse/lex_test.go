package docparse

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/docspec/docspec/internal/testutil"
)

// tokens lists what readHTML can see of each token: its type and raw
// bytes, a text token's text and a start tag's attributes.
func tokens(next func() html.TokenType, raw, text func() string, attr func() (string, string, bool)) []string {
	var out []string
	for {
		tt := next()
		if tt == html.ErrorToken {
			return out
		}
		t := fmt.Sprintf("%v %q", tt, raw())
		switch tt {
		case html.TextToken:
			t += fmt.Sprintf(" text=%q", text())
		case html.StartTagToken, html.SelfClosingTagToken:
			for more := true; more; {
				var k, v string
				k, v, more = attr()
				if k == "" && !more {
					break
				}
				t += fmt.Sprintf(" %q=%q", k, v)
			}
		}
		out = append(out, t)
	}
}

func lexerTokens(s string) []string {
	l := newLexer(s)
	return tokens(l.Next, l.Raw, l.Text, l.TagAttr)
}

func tokenizerTokens(s string) []string {
	z := html.NewTokenizerFragment(strings.NewReader(s), "body")
	return tokens(z.Next,
		func() string { return string(z.Raw()) },
		func() string { return string(z.Text()) },
		func() (string, string, bool) {
			// The tokenizer's TagAttr reports nothing when a tag has no
			// attributes at all; so does the lexer's.
			k, v, more := z.TagAttr()
			return string(k), string(v), more
		})
}

func checkSameTokens(t *testing.T, name, s string) {
	t.Helper()
	got, want := lexerTokens(s), tokenizerTokens(s)
	for i := 0; i < max(len(got), len(want)); i++ {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Fatalf("%s: token %d:\nlexer:     %s\ntokenizer: %s", name, i, g, w)
		}
	}
}

func TestLexerMatchesTokenizer(t *testing.T) {
	cases := []string{
		"",
		"plain text",
		"<table><tr><td colspan=\"2\" rowspan='3'>a &amp; b</td></tr></table>",
		"<TD COLSPAN=2 ROWSPAN = 3 >x</TD>",
		"<td colspan=2 colspan=3 COLSPAN=4>",
		"<br/><br /><p a=/><p a=\"/\"/><img src=x/>",
		"a < b <3 <<td>",
		"<a href=\"#x&amp;y\">l</a><a href='&lt'>m</a><a href=&notit;>n</a>",
		"</", "<", "a<", "</>", "</ x>", "</3>", "<?xml ok?>", "<?no end",
		"<!-- c --><!DOCTYPE html><!doctype><![CDATA[x]]><!bogus><!-", "<!--",
		"<td", "<td ", "<td a", "<td a=", "<td a='x", "<td a=x", "<td a=x ", "</td", "</td x",
		"<td =a>", "<td a==b>", "<td a b c>", "<td/a/b/>", "<td a=>", "<td\fa\tb=\nc>",
		"<script>a</td>b</script>c<td>", "<title>&amp;</title><td>", "<style>x", "<TEXTAREA>x</textarea>",
		"<td a=\"x\rline\">", "<td k\x00=v>", "\x00<td>\x00", "a\r\nb\rc",
		"<td a=\"1\" A=\"2\">", "<td \u212a=1 k=2>", "<td é=1 é=2>",
	}
	for i, c := range cases {
		checkSameTokens(t, fmt.Sprintf("case %d %q", i, c), c)
	}
}

// TestLexerMatchesTokenizerOnPages compares both over the seed page and,
// when they are present, every real page.
func TestLexerMatchesTokenizerOnPages(t *testing.T) {
	seed, err := os.ReadFile(filepath.Join(testutil.ModuleRoot(), "spec", "docs", "UpdateBackup.md"))
	if err != nil {
		t.Fatal(err)
	}
	checkSameTokens(t, "UpdateBackup.md", string(seed))
	corpus := testutil.Shared(t, "corpus")
	n := 0
	err = filepath.WalkDir(corpus, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		checkSameTokens(t, p, string(src))
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d pages", n)
}

func FuzzLexer(f *testing.F) {
	f.Add("<table><tr><td colspan=\"2\">a &amp; b</td></tr></table>")
	f.Add("<td a=x/><p a=\"/\"/></td x><!-- c -->")
	f.Add("<script>a</td></script><td>")
	f.Fuzz(func(t *testing.T, s string) {
		checkSameTokens(t, "input", s)
	})
}

// TestTokenizerParsesSame parses the golden pages, the seed page and three
// folders of real pages (when present) with the lexer and with x/net/html's
// tokenizer (as the benchmarks do): the Pages must be equal. The tokens
// themselves are compared over every real page above.
func TestTokenizerParsesSame(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "pages", "*.md"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	files = append(files, filepath.Join(testutil.ModuleRoot(), "spec", "docs", "UpdateBackup.md"))
	for _, dir := range []string{"cbr/zh-cn", "dws/zh-cn", "as/zh-cn"} {
		more, _ := filepath.Glob(filepath.Join(testutil.ModuleRoot(), "..", "shared", "corpus", dir, "*.md"))
		files = append(files, more...)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		require.True(t, reflect.DeepEqual(parse(f, string(src), nil), parse(f, string(src), newTokenizer)), "%s: the Pages differ", f)
	}
	t.Logf("%d pages", len(files))
}
