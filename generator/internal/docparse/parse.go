package docparse

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/docspec/docspec/generator/diag"
)

// MaxPageSize is the largest page Parse reads; a larger page is reported and
// not parsed (real pages are under 2 MB).
const MaxPageSize = 16 << 20

// Parse reads one page. path is used in positions only.
func Parse(path string, src []byte) *Page {
	return ParseString(path, string(src))
}

// ParseString is Parse for a page already in a string (no copy is made).
// The Page keeps no reference to src: the strings it holds are copies.
func ParseString(path, src string) *Page {
	return parse(path, src, nil)
}

// parse reads a page with tokens splitting the HTML of its tables (nil:
// the lexer). Tests and benchmarks pass x/net/html's tokenizer, to check
// that both read pages the same and to measure what the lexer saves.
func parse(path, src string, tokens func(string) tokenSource) *Page {
	p := &parser{page: &Page{Path: path}, tokens: tokens}
	p.parse(src)
	return p.page
}

type parser struct {
	page   *Page
	tokens func(string) tokenSource
	text   string  // the page, line ends normalised to \n
	starts []int32 // where each line starts in text, then one past the last line's end
	n      int     // number of lines

	caption    string
	captionNum string
	captionPos diag.Pos
	anchor     string
	anchorPos  diag.Pos
}

func (p *parser) pos(line int) diag.Pos { return diag.Pos{File: p.page.Path, Line: line} }

func (p *parser) report(line int, code diag.Code, format string, args ...any) {
	p.page.Diags.Report(p.pos(line), code, format, args...)
}

func (p *parser) parse(text string) {
	if len(text) > MaxPageSize {
		p.report(1, diag.PageTooLarge, "page is %d bytes, more than the %d-byte limit; not read", len(text), MaxPageSize)
		return
	}
	text = strings.TrimPrefix(text, "\xef\xbb\xbf")
	if i := strings.IndexByte(text, 0); i >= 0 {
		p.report(1+strings.Count(text[:i], "\n"), diag.NulByte, "page contains a NUL byte: not a text page; not read")
		return
	}
	if !utf8.ValidString(text) {
		bad := firstInvalidUTF8(text)
		p.report(1+strings.Count(text[:bad], "\n"), diag.InvalidUTF8, "page is not valid UTF-8 (byte offset %d); invalid bytes replaced", bad)
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	p.text = text
	// Line i is text[starts[i]:starts[i+1]-1]; a final line end does not
	// start another line.
	p.starts = make([]int32, 1, strings.Count(text, "\n")+2)
	for o := 0; ; {
		k := strings.IndexByte(text[o:], '\n')
		if k < 0 {
			if o < len(text) {
				p.starts = append(p.starts, int32(len(text)+1))
			}
			break
		}
		o += k + 1
		p.starts = append(p.starts, int32(o))
	}
	p.n = len(p.starts) - 1
	p.page.Lines = p.n
	for i := 0; i < p.n; {
		i = p.block(i)
	}
}

// offset returns the offset in p.text of line index i.
func (p *parser) offset(i int) int { return int(p.starts[i]) }

// line returns line index i, without its line end.
func (p *parser) line(i int) string { return p.text[p.starts[i] : p.starts[i+1]-1] }

func firstInvalidUTF8(s string) int {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(s)
}

// indentOf returns the width of the line's leading white space (tabs count 4).
func indentOf(s string) int {
	n := 0
	for _, c := range s {
		switch c {
		case ' ':
			n++
		case '\t':
			n += 4
		default:
			return n
		}
	}
	return n
}

// block reads the block starting at line index i and returns the next index.
func (p *parser) block(i int) int {
	raw := p.line(i)
	line := strings.TrimSpace(raw)
	lineNo := i + 1
	switch {
	case line == "":
		return i + 1
	case strings.HasPrefix(line, "```") || strings.HasPrefix(line, "~~~"):
		return p.fence(i)
	case strings.HasPrefix(line, "#") && indentOf(raw) < 4:
		if b, ok := heading(line); ok {
			b.Pos = p.pos(lineNo)
			p.page.Blocks = append(p.page.Blocks, b)
			p.resetPending()
			return i + 1
		}
	case hasTablePrefix(line):
		return p.htmlTable(i)
	case strings.HasPrefix(line, "<a name=\""):
		// "<a name="table1"></a><table>…": the table's anchor on its line.
		if name, rest, ok := leadingAnchors(line); ok && hasTablePrefix(rest) {
			p.anchor, p.anchorPos = strings.Clone(name), p.pos(lineNo)
			return p.htmlTable(i)
		}
	case line[0] == '|' && i+1 < p.n && isPipeSeparator(strings.TrimSpace(p.line(i+1))):
		return p.pipeTable(i)
	}
	// Strings kept in the Page are copied out of the page text, so that what
	// later stages keep of a page does not hold the whole page in memory.
	if name, ok := anchorLine(line); ok {
		p.anchor, p.anchorPos = strings.Clone(name), p.pos(lineNo)
		return i + 1
	}
	if num, caption, anchor, ok := captionLine(line); ok {
		p.caption, p.captionNum, p.captionPos = strings.Clone(caption), strings.Clone(num), p.pos(lineNo)
		p.anchor, p.anchorPos = strings.Clone(anchor), diag.Pos{}
		if anchor != "" {
			p.anchorPos = p.pos(lineNo) // "**表 4** Tag<a name="tag"></a>": the table's anchor
		}
		return i + 1
	}
	b := Block{Kind: Text, Pos: p.pos(lineNo), Text: strings.Clone(line), Indent: indentOf(raw)}
	if strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "* ") || line == "-" {
		b.Bullet = true
	}
	p.page.Blocks = append(p.page.Blocks, b)
	return i + 1
}

func (p *parser) resetPending() {
	p.caption, p.captionNum, p.captionPos = "", "", diag.Pos{}
	p.anchor, p.anchorPos = "", diag.Pos{}
}

func hasTablePrefix(line string) bool {
	if len(line) < 6 || line[0] != '<' {
		return false
	}
	if !strings.EqualFold(line[1:6], "table") {
		return false
	}
	return len(line) == 6 || line[6] == '>' || line[6] == ' ' || line[6] == '\t'
}

// fence reads a fenced code block. An unclosed fence runs to the end of the page.
func (p *parser) fence(i int) int {
	open := p.line(i)
	indent := indentOf(open)
	marker := strings.TrimSpace(open)[:3]
	var body []string
	j := i + 1
	closed := false
	for ; j < p.n; j++ {
		if strings.HasPrefix(strings.TrimSpace(p.line(j)), marker) {
			closed = true
			break
		}
		body = append(body, stripIndent(p.line(j), indent))
	}
	if !closed {
		p.report(i+1, diag.UnclosedFence, "code block opened here is never closed")
	}
	code := strings.Join(body, "\n")
	if len(body) == 1 {
		code = strings.Clone(code) // Join returns a single line as it is
	}
	p.page.Blocks = append(p.page.Blocks, Block{Kind: Code, Pos: p.pos(i + 1), Text: code, Indent: indent})
	if closed {
		return j + 1
	}
	return j
}

func stripIndent(s string, n int) string {
	i := 0
	for i < len(s) && i < n && s[i] == ' ' {
		i++
	}
	return s[i:]
}

// heading parses "## Title<a name="x"></a>".
func heading(line string) (Block, bool) {
	level := 0
	for level < len(line) && line[level] == '#' {
		level++
	}
	if level > 6 || (level < len(line) && line[level] != ' ' && line[level] != '\t') {
		return Block{}, false
	}
	title, anchor := splitAnchors(strings.TrimSpace(line[level:]))
	title = strings.TrimSpace(strings.Trim(strings.TrimSpace(title), "*"))
	title = strings.TrimRight(title, ":：")
	return Block{Kind: Heading, Level: level, Text: strings.Clone(strings.TrimSpace(Unescape(title))), Anchor: strings.Clone(anchor)}, true
}

// splitAnchors removes every <a name="…"></a> from s and returns the first name.
func splitAnchors(s string) (string, string) {
	first := ""
	for {
		i := strings.Index(s, "<a name=\"")
		if i < 0 {
			return s, first
		}
		rest := s[i+len("<a name=\""):]
		q := strings.IndexByte(rest, '"')
		if q < 0 {
			return s, first
		}
		name := rest[:q]
		end := strings.Index(rest[q:], "</a>")
		if end < 0 {
			return s, first
		}
		if first == "" {
			first = name
		}
		s = s[:i] + rest[q+end+len("</a>"):]
	}
}

// leadingAnchors splits the <a name="…"></a> anchors at the start of line
// from the rest, and returns the first anchor's name.
func leadingAnchors(line string) (name, rest string, ok bool) {
	rest = line
	for strings.HasPrefix(rest, "<a name=\"") {
		q := strings.IndexByte(rest[len("<a name=\""):], '"')
		if q < 0 {
			break
		}
		n := rest[len("<a name=\""):][:q]
		after := rest[len("<a name=\"")+q+1:]
		if !strings.HasPrefix(after, "></a>") {
			break
		}
		if !ok {
			name, ok = n, true
		}
		rest = strings.TrimLeft(after[len("></a>"):], " \t")
	}
	return name, rest, ok
}

// anchorLine recognises a line made only of <a name="…"></a> anchors.
func anchorLine(line string) (string, bool) {
	if !strings.HasPrefix(line, "<a name=\"") {
		return "", false
	}
	rest, name := splitAnchors(line)
	if name == "" || strings.TrimSpace(rest) != "" {
		return "", false
	}
	return name, true
}

// captionLine recognises "**表 3**  Caption", "**Table  3** Caption" and
// "**Table 3** **field** field description", and an anchor written in the
// caption ("**表 4** Tag<a name="tag"></a>").
func captionLine(line string) (num, caption, anchor string, ok bool) {
	if !strings.HasPrefix(line, "**") {
		return "", "", "", false
	}
	rest := line[2:]
	switch {
	case strings.HasPrefix(rest, "表"):
		rest = rest[len("表"):]
	case strings.HasPrefix(rest, "Table"):
		rest = rest[len("Table"):]
	default:
		return "", "", "", false
	}
	rest = strings.TrimLeft(rest, " \u00a0")
	j := 0
	for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
		j++
	}
	if j == 0 || !strings.HasPrefix(rest[j:], "**") {
		return "", "", "", false
	}
	num = rest[:j]
	if _, err := strconv.Atoi(num); err != nil {
		return "", "", "", false
	}
	caption = strings.TrimSpace(rest[j+2:])
	caption, anchor = splitAnchors(caption)
	caption = strings.TrimSpace(strings.ReplaceAll(caption, "**", ""))
	return num, Unescape(caption), anchor, true
}

// Unescape removes Markdown backslash escapes (\X for ASCII punctuation X).
func Unescape(s string) string {
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]) {
			i++
			c = s[i]
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isASCIIPunct(c byte) bool {
	return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~')
}
