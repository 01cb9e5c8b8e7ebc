package docparse

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

// CleanText turns text of a page — one Block's Text, or several such lines
// joined by "\n": Markdown with backslash escapes, character references and
// inline HTML — into clean CommonMark for a description. It never fails.
//
//   - Blockquote markers are removed, also after list markers (the pages
//     quote their notes: ">![](…/icon-note.gif) **说明：**", ">text"); the
//     note's bold label stays.
//   - Images whose destination is relative (the docs site's note icons and
//     figures, broken anywhere else) are removed, leaving their alt text;
//     links with a relative destination ("#table12", "page.md") become their
//     text. Images and links with an absolute URL stay, their text cleaned
//     (no link or image inside it, its brackets escaped). A '['
//     that opens no link on its line is escaped, and so are the backticks
//     of a run that no run closes on its line: no link or code span runs
//     from one line into the next.
//   - HTML is removed: <a name> anchors and comments entirely; <br> becomes
//     a line end, <li> a "- " item on its own line, block elements (p, div,
//     tr, …) a blank line, <sup>n</sup> "^n", a table cell a space; other
//     elements of HTML's vocabulary are dropped and their text kept.
//     Anything else a CommonMark reader would take for raw HTML
//     ("<yyyymmdd>"), and a '<' that could open an HTML block at the start
//     of a line, gets its '<' escaped: the result holds no raw HTML.
//   - Character references are decoded (&nbsp; and U+00A0 as a plain space);
//     a decoded character that Markdown would read as syntax ('<', '*', '&'
//     before "name;", …) is written backslash-escaped.
//   - Backslash escapes stay valid Markdown: one is dropped only where the
//     character reads as plain text anyway — "\{" and "\}" always, "\_"
//     between letters or digits (project\_id → project_id), "\(" and "\)"
//     unless "](" precedes them on the line (or ']' comes right before
//     "\("). Every other escape is kept ("\*", "\<", "\>", "\[", "\#", …).
//   - Code spans and autolinks are copied as written. Runs of white space
//     (tabs, no-break and ideographic spaces…) become one space, lines are
//     trimmed, runs of blank lines become one, and blank lines at either
//     end are dropped. Text that a removed
//     construct leaves at the start of a line's content, and that would
//     read there as a quote, a heading, a list item, a rule or a setext
//     underline, gets that character escaped. CR and CRLF end lines;
//     invalid UTF-8 and NUL become U+FFFD.
//
// CleanText is idempotent: CleanText(CleanText(s)) == CleanText(s).
func CleanText(s string) string {
	if isPlain(s) {
		return s
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	// Line ends and white space as CommonMark reads them, before reading
	// anything else: what is written is then read the same way again.
	if strings.ContainsAny(s, "\r\f\v\x00") {
		s = whitespace.Replace(s)
	}
	c := cleaner{}
	c.out.Grow(len(s))
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			c.newline(1)
		}
		c.line(line)
	}
	return escapeLeftovers(dropEscapes(c.out.String()))
}

// entityLen returns the length of the character reference at the start of
// s that CommonMark decodes (a number, or a name HTML knows), or 0.
func entityLen(s string) int {
	n := refLen(s)
	if n == 0 || s[1] == '#' {
		return n
	}
	if _, ok := entityText(s[:n]); !ok {
		return 0
	}
	return n
}

// entityText decodes a named reference ("&amp;"); ok is false when HTML
// knows no such name (UnescapeString also decodes a known prefix, "&ampx;"
// → "&x;": that is not one either).
func entityText(ref string) (string, bool) {
	dec := html.UnescapeString(ref)
	if dec == ref || utf8.RuneCountInString(dec) > 2 || strings.HasSuffix(dec, ";") && dec != ";" {
		return "", false
	}
	return dec, true
}

var whitespace = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\f", " ", "\v", " ", "\x00", "\uFFFD")

// isPlain reports whether CleanText would return s as it is: valid UTF-8
// with no byte that starts a construct CleanText rewrites, no run of
// spaces and no white space at either end.
func isPlain(s string) bool {
	if s == "" {
		return true
	}
	prevSpace := false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\', '<', '>', '&', '[', '`', '!', '\n', '\r', '\t', '\f', '\v', 0:
			return false
		case 0xc2, 0xe1, 0xe2, 0xe3:
			// the lead bytes of the white space beyond ASCII (U+00A0, U+3000…)
			if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				return false
			}
		case ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		default:
			prevSpace = false
		}
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	return !unicode.IsSpace(first) && !unicode.IsSpace(last) && utf8.ValidString(s)
}

// cleaner writes cleaned text. Breaks and spaces are held back until text
// follows them, so that none ends up at the end of a line or of the text.
type cleaner struct {
	out     strings.Builder
	brk     int  // pending line ends: 1 a new line, 2 a blank line
	space   bool // a pending space
	bol     bool // nothing written yet on the current line
	removed bool // something was removed since the input line started
	// linkText is set while the text of a link that stays is written:
	// its brackets are balanced, and escaping one would unbalance them.
	linkText bool
}

// newline asks for n line ends (1: new line, 2: blank line) before the
// next text.
func (c *cleaner) newline(n int) {
	if c.linkText {
		// A link's text stays on its line: a break inside it would
		// leave a '[' that opens no link on its line.
		c.space = true
		return
	}
	c.space = false
	if c.out.Len() == 0 {
		return
	}
	c.brk = max(c.brk, n)
}

// emit writes text (no white space at its start), after any pending break
// or space.
func (c *cleaner) emit(s string) {
	if s == "" {
		return
	}
	if c.brk > 0 {
		c.out.WriteString("\n\n"[:c.brk])
		c.brk, c.bol = 0, true
	} else if c.space && !c.bol {
		c.out.WriteByte(' ')
	}
	c.space = false
	c.bol = false
	c.out.WriteString(s)
}

// atContentStart reports whether text emitted now starts a line's content:
// nothing but list markers ("- ", "1. ") before it on its line.
func (c *cleaner) atContentStart() bool {
	if c.bol || c.brk > 0 || c.out.Len() == 0 {
		return true
	}
	out := c.out.String()
	line := out[strings.LastIndexByte(out, '\n')+1:]
	return line == "" || (c.space || line[len(line)-1] == ' ') && contentStart(line+" ", 0) == len(line)+1
}

// last returns the rune written last, or ' ' where a space or a line end
// comes first.
func (c *cleaner) last() rune {
	if c.brk > 0 || c.space || c.bol {
		return ' '
	}
	r, _ := utf8.DecodeLastRuneInString(c.out.String())
	return r
}

// remove notes that a construct was removed: text that follows it at the
// start of a line did not start the line in the input.
func (c *cleaner) remove() { c.removed = true }

// blockMarker returns the offset of the character to escape in text s so
// that it does not start a block at the start of a line's content — a
// quote, a heading, a list item, a rule or a setext underline —, or -1.
func blockMarker(s string) int {
	switch c := s[0]; {
	case c == '>' || c == '#':
		return 0
	case c == '-' || c == '+' || c == '*' || c == '=':
		if c != '=' && (len(s) == 1 || s[1] == ' ' || s[1] == '\t') || strings.Trim(s, " \t"+s[:1]) == "" {
			return 0
		}
	case isDigit(c):
		j := 1
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j <= 9 && j < len(s) && (s[j] == '.' || s[j] == ')') && (j+1 == len(s) || s[j+1] == ' ' || s[j+1] == '\t') {
			return j
		}
	}
	return -1
}

// line cleans one line of the input.
func (c *cleaner) line(s string) {
	s = strings.TrimSpace(s)
	// Blockquote markers, nested or not, also after list markers.
	for k := contentStart(s, 0); strings.HasPrefix(s[k:], ">"); k = contentStart(s, k) {
		q := s[k:]
		for strings.HasPrefix(q, ">") {
			// All white space, as the line's trim: a second reading of
			// ">\u0085x" or ">\u00a0>" must not find more to remove.
			q = strings.TrimLeftFunc(q[1:], unicode.IsSpace)
		}
		s = s[:k] + q
	}
	if s == "" {
		c.newline(2)
		return
	}
	if c.out.Len() == 0 {
		c.bol = true
	}
	c.removed = false
	c.inline(s)
}

// inline cleans the inline Markdown of one line.
func (c *cleaner) inline(s string) {
	for i := 0; i < len(s); {
		switch ch := s[i]; {
		case ch == ' ' || ch == '\t':
			c.space = true
			i++
		case ch >= 0xc2 && ch <= 0xe3 && unicodeSpace(s[i:]) > 0:
			// White space beyond ASCII (a no-break space, U+3000…) becomes a
			// space, as a line's ends are trimmed of it; one may complete a
			// list marker ("*\u00a0>" → "* >"): what follows is escaped as
			// after a removed construct.
			c.space = true
			c.remove()
			i += unicodeSpace(s[i:])
		case ch == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			c.emit(s[i : i+2])
			i += 2
		case ch == '\\' && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\t' || unicodeSpace(s[i+1:]) > 0):
			// A backslash before white space or at the end is text, but
			// the white space may go: escaped, it stays text whatever
			// comes next (a line end would make it a hard break).
			c.emit(`\\`)
			i++
		case ch == '`':
			n, closed := codeSpan(s[i:])
			if closed {
				if c.last() == '`' {
					// Right after a backtick (a removed link joined two
					// spans, "`0`[``0``]()"): a space keeps the runs apart.
					c.space = true
				}
				c.emit(s[i : i+n])
			} else {
				// No run closes it on this line: text, escaped so that no
				// code span starts here and ends on a later line.
				c.emit(strings.Repeat("\\`", n))
			}
			i += n
		case ch == '&':
			i += c.reference(s[i:])
		case ch == '<':
			i += c.angle(s[i:])
		case ch == '!' && i+1 < len(s) && s[i+1] == '[':
			i += c.image(s[i:])
		case ch == '[':
			i += c.link(s[i:])
		case ch == ']':
			if c.linkText {
				c.emit(`\]`)
			} else {
				c.emit("]")
			}
			i++
		default:
			j := i + 1
			for j < len(s) && !special(s[j]) {
				j++
			}
			if c.removed && c.atContentStart() {
				// Text that a removed construct left at the start of a
				// line must not start a block there.
				if k := blockMarker(s[i:]); k >= 0 {
					c.emit(s[i : i+k])
					c.emit(`\`)
					c.emit(s[i+k : i+k+1])
					i += k + 1
					continue
				}
			}
			c.emit(s[i:j])
			i = j
		}
	}
}

func special(b byte) bool {
	switch b {
	case ' ', '\t', 0xc2, 0xe1, 0xe2, 0xe3, '\\', '`', '&', '<', '!', '[', ']':
		return true
	}
	return false
}

// unicodeSpace returns the length of the white space character beyond
// ASCII at the start of s, or 0.
func unicodeSpace(s string) int {
	r, n := utf8.DecodeRuneInString(s)
	if r < utf8.RuneSelf || !unicode.IsSpace(r) {
		return 0
	}
	return n
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// codeSpanLen returns the length of the code span at the start of s (a
// backtick run), or of the backtick run alone when no run of the same
// length closes it.
func codeSpanLen(s string) int {
	n, _ := codeSpan(s)
	return n
}

// codeSpan is codeSpanLen, and whether a run closes the span.
func codeSpan(s string) (int, bool) {
	n := 0
	for n < len(s) && s[n] == '`' {
		n++
	}
	for j := n; j < len(s); {
		k := strings.IndexByte(s[j:], '`')
		if k < 0 {
			break
		}
		j += k
		m := 0
		for j+m < len(s) && s[j+m] == '`' {
			m++
		}
		if m == n {
			return j + m, true
		}
		j += m
	}
	return n, false
}

// reference decodes the character reference at the start of s ('&'), or
// writes the '&' as text when none starts there. It returns the bytes read.
func (c *cleaner) reference(s string) int {
	n := refLen(s)
	if n == 0 {
		c.emit("&")
		return 1
	}
	dec := html.UnescapeString(s[:n])
	if s[1] != '#' {
		var ok bool
		if dec, ok = entityText(s[:n]); !ok {
			c.emit("&") // not an entity HTML knows: text to CommonMark too
			return 1
		}
	} else if dec == s[:n] {
		c.emit("&")
		return 1
	}
	for _, r := range dec {
		switch {
		case r == '\u00a0' || unicode.IsSpace(r):
			c.space = true
			c.remove() // as a no-break space is
		case r == '&':
			if refLen("&"+s[n:]) > 0 {
				c.emit(`\&`)
			} else {
				c.emit("&")
			}
		case r == '>' && !c.atContentStart():
			c.emit(">")
		case r < utf8.RuneSelf && isASCIIPunct(byte(r)) && !harmless(byte(r)):
			c.emit(`\` + string(r))
		case r == 0:
			c.emit("\uFFFD")
		default:
			c.emit(string(r))
		}
	}
	return n
}

// harmless are the ASCII punctuation characters that are plain text
// anywhere in a line of CommonMark.
func harmless(b byte) bool { return strings.IndexByte(`"',/:;=?@$%^{}`, b) >= 0 }

// refLen returns the length of the character reference CommonMark reads at
// the start of s ("&name;", "&#123;", "&#x1F;"), or 0.
func refLen(s string) int {
	if len(s) < 3 || s[0] != '&' {
		return 0
	}
	if s[1] == '#' {
		j := 2
		hex := j < len(s) && s[j]|0x20 == 'x'
		if hex {
			j++
		}
		k := j
		for k < len(s) && (isDigit(s[k]) || hex && isHex(s[k])) {
			k++
		}
		if k == j || (hex && k-j > 6) || (!hex && k-j > 7) || k >= len(s) || s[k] != ';' {
			return 0
		}
		return k + 1
	}
	k := 1
	for k < len(s) && (isLetter(s[k]) || isDigit(s[k])) {
		k++
	}
	if k == 1 || !isLetter(s[1]) || k >= len(s) || s[k] != ';' {
		return 0
	}
	return k + 1
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }
func isHex(b byte) bool   { return isDigit(b) || 'a' <= b|0x20 && b|0x20 <= 'f' }

// angle handles a '<' at the start of s: an autolink is copied, a comment
// or a tag of HTML's vocabulary is removed (some leaving a line end or a
// space), anything else is text. It returns the bytes read.
func (c *cleaner) angle(s string) int {
	if n := autolinkLen(s); n > 0 {
		if c.atContentStart() && htmlBlockStart(s) {
			// "<?a@b>" starting a line starts an HTML block, not an
			// autolink: text, and what follows is cleaned as text.
			c.emit(`\<`)
			return 1
		}
		c.emit(s[:n])
		return n
	}
	n, name, closing := rawHTMLLen(s)
	if n == 0 {
		c.emit("<")
		return 1
	}
	if name != "" && !htmlElements[strings.ToLower(name)] {
		// A placeholder such as <yyyymmdd>: text (escaped at the end).
		c.emit("<")
		return 1
	}
	c.remove()
	switch strings.ToLower(name) {
	case "":
		// comment, processing instruction, declaration
	case "br":
		c.newline(1)
	case "li":
		c.newline(1)
		if !closing {
			c.emit("-")
			c.space = true
		}
	case "tr", "dt", "dd", "caption":
		c.newline(1)
	case "td", "th":
		c.space = true
	case "sup":
		if !closing && c.last() != ' ' {
			c.emit("^")
		}
	case "p", "div", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "pre", "blockquote", "hr",
		"h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "figure", "figcaption", "center":
		c.newline(2)
	}
	return n
}

// htmlElements are the element names whose tags CleanText removes.
var htmlElements = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`a abbr b big blockquote br caption center cite code col colgroup dd del dfn div dl dt em
		figcaption figure font footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd li mark ol p pre q s samp section
		small span strike strong sub sup table tbody td tfoot th thead tr tt u ul var wbr article`) {
		m[n] = true
	}
	return m
}()

// image handles "![alt](dest)" at the start of s: removed (its alt text
// kept) when dest is relative, copied when absolute, text when s does not
// start an inline image. It returns the bytes read.
func (c *cleaner) image(s string) int {
	text, dest, n := inlineLinkAt(s[1:]) // an image may hold links
	if n == 0 || innerLink(s[1:], text, true) {
		c.emit("!")
		return 1
	}
	if absoluteURL(dest) && !c.linkText {
		// Kept, its alt text cleaned as a link's text is.
		c.kept("![", text, s[2+len(text):1+n])
		return 1 + n
	}
	c.remove()
	c.inline(text)
	return 1 + n
}

// link handles "[text](dest)" at the start of s: its cleaned text alone
// when dest is relative, the link with its text cleaned when absolute, a
// '[' of text otherwise. It returns the bytes read.
func (c *cleaner) link(s string) int {
	text, dest, n := inlineLink(s)
	if n == 0 {
		// Text, escaped so that no link starts here and ends on a later
		// line, nor inside a kept link's text.
		c.emit(`\[`)
		return 1
	}
	if c.linkText || !absoluteURL(dest) {
		// Relative, or inside a kept link's text (links do not nest): its
		// text alone.
		c.remove()
		c.inline(text)
		return n
	}
	c.kept("[", text, s[1+len(text):n])
	return n
}

// kept writes a link or image that stays: its opening, its text cleaned
// (on one line, with no link or image inside and every bracket escaped, so
// that nothing in it can pair with a bracket outside) and the rest as
// written ("](dest …)").
func (c *cleaner) kept(open, text, rest string) {
	c.emit(open)
	was := c.linkText
	c.linkText = true
	c.inline(text)
	c.linkText = was
	// A space at the end of the text stays: "[[](0 ](x)" is a link whose
	// text holds "[](0 ", and without the space "[](0](x)" would be one.
	c.emit(rest)
}

// inlineLink reads "[text](dest "title")" at the start of s and returns the
// text, the destination and the length, or n == 0 when s does not start
// with an inline link.
func inlineLink(s string) (text, dest string, n int) {
	text, dest, n = inlineLinkAt(s)
	if n == 0 || innerLink(s, text, false) {
		return "", "", 0
	}
	return text, dest, n
}

// innerLink reports whether a link starts inside the text of the link or
// image at the start of s ("[" or "![" without its '!'), which then wins:
// links do not contain links, so any such link; an image may contain links,
// so only one that ends after the text (past only).
func innerLink(s, text string, past bool) bool {
	for j := 1; j < 1+len(text); j++ {
		if s[j] == '\\' {
			j++
			continue
		}
		if s[j] == '`' {
			j += codeSpanLen(s[j:1+len(text)]) - 1 // no link starts in a code span
			continue
		}
		if s[j] == '[' && (past || j == 1 || s[j-1] != '!') {
			if _, _, m := inlineLinkAt(s[j:]); m > 0 && (!past || j+m > 1+len(text)) {
				return true
			}
		}
	}
	return false
}

// inlineLinkAt is inlineLink without the check for a link inside the text.
func inlineLinkAt(s string) (text, dest string, n int) {
	if s == "" || s[0] != '[' {
		return "", "", 0
	}
	depth, i := 0, 1
	for ; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
			continue
		case '`':
			// A code span binds more tightly than a link's brackets.
			if n, closed := codeSpan(restOfLine(s[i:])); closed {
				i += n - 1
			}
			continue
		case '[':
			depth++
			continue
		case ']':
		default:
			continue
		}
		if depth == 0 {
			break
		}
		depth--
	}
	if i >= len(s) || i+1 >= len(s) || s[i+1] != '(' {
		return "", "", 0
	}
	text = s[1:i]
	j := skipBlank(s, i+2)
	switch {
	case j < len(s) && s[j] == '<':
		k := j + 1
		for k < len(s) && s[k] != '>' && s[k] != '<' {
			if s[k] == '\\' {
				k++
			}
			k++
		}
		if k >= len(s) || s[k] != '>' {
			return "", "", 0
		}
		dest = s[j+1 : k]
		j = k + 1
	default:
		k, parens := j, 0
		// Control characters are allowed: some readers take them.
		for k < len(s) && strings.IndexByte(" \t\n\r\f\v", s[k]) < 0 {
			if s[k] == '\\' && k+1 < len(s) && isASCIIPunct(s[k+1]) {
				k += 2
				continue
			}
			if s[k] == '(' {
				parens++
			} else if s[k] == ')' {
				if parens == 0 {
					break
				}
				parens--
			}
			k++
		}
		// Unbalanced parentheses are allowed: some readers take them.
		dest = s[j:k]
		j = k
	}
	if k := skipBlank(s, j); k > j && k < len(s) && (s[k] == '"' || s[k] == '\'' || s[k] == '(') {
		end := s[k]
		if end == '(' {
			end = ')'
		}
		k++
		for k < len(s) && s[k] != end {
			if end == ')' && s[k] == '(' {
				return "", "", 0 // a title in parentheses holds none unescaped
			}
			if s[k] == '\\' {
				k++
			}
			k++
		}
		if k >= len(s) {
			return "", "", 0
		}
		j = k + 1
	}
	j = skipBlank(s, j)
	if j >= len(s) || s[j] != ')' {
		return "", "", 0
	}
	return text, dest, j + 1
}

func skipBlank(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// absoluteURL reports whether a destination names a scheme ("https:",
// "mailto:") or a host ("//host/…"): one that works outside the docs site.
func absoluteURL(dest string) bool {
	if strings.HasPrefix(dest, "//") {
		return true
	}
	return schemeLen(dest) > 0
}

// schemeLen returns the length of "scheme:" at the start of s, or 0
// (CommonMark: a letter, then 1 to 31 letters, digits, '+', '.' or '-';
// one more is taken, as some readers do).
func schemeLen(s string) int {
	if s == "" || !isLetter(s[0]) {
		return 0
	}
	i := 1
	for i < len(s) && i <= 33 && (isLetter(s[i]) || isDigit(s[i]) || s[i] == '+' || s[i] == '.' || s[i] == '-') {
		i++
	}
	if i < 2 || i > 33 || i >= len(s) || s[i] != ':' {
		return 0
	}
	return i + 1
}

// autolinkLen returns the length of the autolink ("<https://…>",
// "<name@host>") at the start of s, or 0.
func autolinkLen(s string) int {
	if len(s) < 3 || s[0] != '<' {
		return 0
	}
	if n := schemeLen(s[1:]); n > 0 {
		for i := 1 + n; i < len(s); i++ {
			switch b := s[i]; {
			case b == '>':
				return i + 1
			case b <= ' ' || b == '<': // DEL is taken, as some readers do
				return 0
			}
		}
		return 0
	}
	// Email: local@domain with the characters CommonMark allows.
	i := 1
	for i < len(s) && (isLetter(s[i]) || isDigit(s[i]) || strings.IndexByte(".!#$%&'*+/=?^_`{|}~-", s[i]) >= 0) {
		i++
	}
	if i == 1 || i >= len(s) || s[i] != '@' {
		return 0
	}
	i++
	for {
		k := i
		for k < len(s) && k-i < 63 && (isLetter(s[k]) || isDigit(s[k]) || (s[k] == '-' && k > i)) {
			k++
		}
		if k == i || s[k-1] == '-' || k >= len(s) {
			return 0
		}
		switch s[k] {
		case '>':
			return k + 1
		case '.':
			i = k + 1
		default:
			return 0
		}
	}
}

// rawHTMLLen returns the length of the raw HTML CommonMark reads at the
// start of s (an open or closing tag, a comment, a processing instruction,
// a declaration or a CDATA section), the tag's name ("" for the others) and
// whether it is a closing tag; n == 0 when s does not start with raw HTML.
// White space inside a tag may include line ends.
func rawHTMLLen(s string) (n int, name string, closing bool) {
	if len(s) < 2 || s[0] != '<' {
		return 0, "", false
	}
	switch c := s[1]; {
	case isLetter(c):
		return openTagLen(s)
	case c == '/':
		j := skipBlank(s, 2) // some readers take "</ a>" for a closing tag
		if j >= len(s) || !isLetter(s[j]) {
			return 0, "", false
		}
		k := tagNameEnd(s, j)
		e := skipSpaceNL(s, k)
		if e < len(s) && s[e] == '>' {
			return e + 1, s[j:k], true
		}
		return 0, "", false
	case c == '?':
		// From the '?' of "<?": some readers take "<?>" for one.
		if k := strings.Index(s[1:], "?>"); k >= 0 {
			return 1 + k + 2, "", false
		}
	case c == '!':
		switch {
		case strings.HasPrefix(s, "<!-->"):
			return 5, "", false
		case strings.HasPrefix(s, "<!--->"):
			return 6, "", false
		case strings.HasPrefix(s, "<!--"):
			if k := strings.Index(s[4:], "-->"); k >= 0 {
				return 4 + k + 3, "", false
			}
		case strings.HasPrefix(s, "<![CDATA["):
			if k := strings.Index(s[9:], "]]>"); k >= 0 {
				return 9 + k + 3, "", false
			}
		case len(s) > 2 && isLetter(s[2]):
			if k := strings.IndexByte(s[2:], '>'); k >= 0 {
				return 2 + k + 1, "", false
			}
		}
	}
	return 0, "", false
}

func tagNameEnd(s string, j int) int {
	k := j + 1
	for k < len(s) && (isLetter(s[k]) || isDigit(s[k]) || s[k] == '-') {
		k++
	}
	return k
}

func skipSpaceNL(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v') {
		i++
	}
	return i
}

// openTagLen reads an open tag: name, attributes, optional '/', '>'.
func openTagLen(s string) (int, string, bool) {
	k := tagNameEnd(s, 1)
	name := s[1:k]
	for {
		j := skipSpaceNL(s, k)
		if j >= len(s) {
			return 0, "", false
		}
		switch {
		case s[j] == '>':
			return j + 1, name, false
		case s[j] == '/':
			if j+1 < len(s) && s[j+1] == '>' {
				return j + 2, name, false
			}
			return 0, "", false
		}
		// An attribute needs white space before it.
		if j == k || !(isLetter(s[j]) || s[j] == '_' || s[j] == ':') {
			return 0, "", false
		}
		a := j + 1
		for a < len(s) && (isLetter(s[a]) || isDigit(s[a]) || strings.IndexByte("_.:-", s[a]) >= 0) {
			a++
		}
		k = a
		e := skipSpaceNL(s, a)
		if e < len(s) && s[e] == '=' {
			v := skipSpaceNL(s, e+1)
			if v >= len(s) {
				return 0, "", false
			}
			switch q := s[v]; q {
			case '"', '\'':
				end := strings.IndexByte(s[v+1:], q)
				if end < 0 {
					return 0, "", false
				}
				k = v + 1 + end + 1
			default:
				w := v
				for w < len(s) && strings.IndexByte(" \t\n\r\f\v\"'=<>`", s[w]) < 0 {
					w++
				}
				if w == v {
					return 0, "", false
				}
				k = w
			}
		}
	}
}

// escapeLeftovers escapes what would read as markup in s but is text:
// the '<' of any raw HTML left (placeholders like "<yyyymmdd>", or a tag
// that removing another one put together) and of a '<' that starts a line's
// content and could start an HTML block ("<p" alone on a line); and the '&'
// of a character reference, since every reference of the input is decoded
// and one in the output is text that removing a construct put together
// ("&[]()#0;" → "&#0;"). Escapes, code spans (within a line) and autolinks
// are skipped.
func escapeLeftovers(s string) string {
	if strings.IndexAny(s, "<&") < 0 {
		return s
	}
	var b strings.Builder
	from, first := 0, contentStart(s, 0)
	escape := func(i int) { // a backslash before s[i]
		b.WriteString(s[from:i])
		b.WriteByte('\\')
		from = i
	}
	for i := 0; i < len(s); {
		switch s[i] {
		case '\n':
			first = contentStart(s, i+1)
		case '\\':
			if i+1 < len(s) && s[i+1] != '\n' {
				i++
			}
		case '`':
			i += codeSpanLen(restOfLine(s[i:]))
			continue
		case '<':
			block := i == first && htmlBlockStart(s[i:])
			if n := autolinkLen(s[i:]); n > 0 && !block {
				i += n
				continue
			}
			if n, _, _ := rawHTMLLen(s[i:]); n > 0 || block {
				escape(i)
			}
		case '&':
			if entityLen(s[i:]) > 0 {
				escape(i)
			}
		}
		i++
	}
	if b.Len() == 0 {
		return s
	}
	b.WriteString(s[from:])
	return b.String()
}

// htmlBlockStart reports whether s, at the start of a line's content,
// starts an HTML block (CommonMark's start conditions 1 to 6; the 7th is a
// whole tag, which escapeLeftovers escapes anyway).
func htmlBlockStart(s string) bool {
	if len(s) < 2 || s[0] != '<' {
		return false
	}
	if s[1] == '?' || strings.HasPrefix(s, "<!--") || strings.HasPrefix(s, "<![CDATA[") || s[1] == '!' && len(s) > 2 && isLetter(s[2]) {
		return true // processing instructions, comments, CDATA, declarations
	}
	if s[1] == '!' {
		return false
	}
	j := 1
	if s[1] == '/' {
		// Some readers take "</ li" for a closing tag too, and any line
		// that starts with a closing tag ("</a/>") for an HTML block.
		j = skipBlank(s, 2)
		if j < len(s) && isLetter(s[j]) {
			return true
		}
	}
	k := j
	for k < len(s) && (isLetter(s[k]) || isDigit(s[k])) {
		k++
	}
	if k == j {
		return false
	}
	name := strings.ToLower(s[j:k])
	end := k == len(s) || strings.IndexByte(" \t\n>", s[k]) >= 0 || strings.HasPrefix(s[k:], "/>")
	if j == 1 && rawBlockElements[name] && end {
		return true
	}
	return blockElements[name] && end
}

var (
	rawBlockElements = map[string]bool{"pre": true, "script": true, "style": true, "textarea": true}
	blockElements    = func() map[string]bool {
		m := map[string]bool{}
		for _, n := range strings.Fields(`address article aside base basefont blockquote body caption center col colgroup dd
			details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head
			header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search
			section summary table tbody td tfoot th thead title tr track ul`) {
			m[n] = true
		}
		return m
	}()
)

// contentStart returns where the content of the line starting at s[i]
// starts, after any list markers ("- ", "1. ").
func contentStart(s string, i int) int {
	for i < len(s) {
		j := i
		if s[j] == '-' || s[j] == '+' || s[j] == '*' {
			j++
		} else {
			for j < len(s) && j-i < 9 && isDigit(s[j]) {
				j++
			}
			if j == i || j >= len(s) || (s[j] != '.' && s[j] != ')') {
				return i
			}
			j++
		}
		if j >= len(s) || (s[j] != ' ' && s[j] != '\t') {
			return i
		}
		i = skipBlank(s, j)
	}
	return i
}

// listNumber reports whether the escaped ')' at s[i] ends the number of
// an ordered list item ("1\) text" at the start of the line's content at
// s[line]): without the escape, the line would be a list item.
func listNumber(s string, line, i int) bool {
	cs := contentStart(s, line)
	if n := i - cs; n < 1 || n > 9 || strings.Trim(s[cs:i], "0123456789") != "" {
		return false
	}
	return i+2 == len(s) || s[i+2] == ' ' || s[i+2] == '\t' || s[i+2] == '\n'
}

func restOfLine(s string) string {
	if k := strings.IndexByte(s, '\n'); k >= 0 {
		return s[:k]
	}
	return s
}

// dropEscapes removes the backslash of the escapes whose character reads
// as plain text where it stands (see CleanText). Code spans (within a
// line) and autolinks, where a backslash is text, are skipped.
func dropEscapes(s string) string {
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	var b strings.Builder
	from, line := 0, 0
	for i := 0; i < len(s); {
		switch s[i] {
		case '\n':
			line = i + 1
		case '`':
			i += codeSpanLen(restOfLine(s[i:]))
			continue
		case '<':
			if n := autolinkLen(s[i:]); n > 0 {
				i += n
				continue
			}
		case '\\':
			if i+1 >= len(s) || !isASCIIPunct(s[i+1]) {
				break
			}
			drop := false
			switch s[i+1] {
			case '{', '}':
				drop = true
			case '_':
				prev, _ := utf8.DecodeLastRuneInString(s[:i])
				next, _ := utf8.DecodeRuneInString(s[i+2:])
				drop = isAlnum(prev) && isAlnum(next)
			case '(', ')':
				drop = !strings.Contains(s[line:i], "](") && (s[i+1] == ')' || i == 0 || s[i-1] != ']') &&
					!(s[i+1] == ')' && listNumber(s, line, i))
			}
			if drop {
				b.WriteString(s[from:i])
				from = i + 1
			}
			i += 2
			continue
		}
		i++
	}
	if from == 0 {
		return s
	}
	b.WriteString(s[from:])
	return b.String()
}
