package docparse

import (
	"strings"
	"unicode/utf8"
)

// EscapeText writes plain text — a Cell's paragraphs (Para.Text,
// Cell.Text()), whose tags are gone and entities decoded — as CommonMark
// that reads as that text: a description can then hold it next to
// CleanText's output. Characters that CommonMark would read as syntax get a
// backslash ('*', '`', '[', '_' unless between letters or digits, '\'
// before punctuation or a line end, '<' where it would start HTML or an
// autolink, '&' before "name;"), and so does the start of a line that would
// read as a block (a heading, a quote, a list item, a rule or underline, a
// fence, an HTML block). Everything else is left as it is: "project_id",
// "Map<String,String>", "a < b" and "1.5" read as written. Each line is
// trimmed (CommonMark drops a line's leading and trailing white space);
// CR and CRLF end lines, as LF does.
func EscapeText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = lineEnds.Replace(s) // CR and CRLF end lines too
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for n, rest := 0, s; ; n++ {
		line, after, more := strings.Cut(rest, "\n")
		if n > 0 {
			b.WriteByte('\n')
		}
		escapeLine(&b, strings.TrimSpace(line), after)
		if !more {
			break
		}
		rest = after
	}
	return b.String()
}

var lineEnds = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// escapeLine writes line s; after is the text that follows it (raw HTML
// may run on into it).
func escapeLine(b *strings.Builder, s, after string) {
	i := escapeStart(b, s)
	for ; i < len(s); i++ {
		c := s[i]
		esc := false
		switch c {
		case '*', '`', '[':
			esc = true
		case '\\':
			esc = i+1 == len(s) || isASCIIPunct(s[i+1])
		case '_':
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			esc = !isAlnum(prev) || !isAlnum(next)
		case '<':
			n, _, _ := rawHTMLLen(s[i:])
			if n == 0 && after != "" && i+1 < len(s) && (isLetter(s[i+1]) || strings.IndexByte("/!?", s[i+1]) >= 0) {
				n, _, _ = rawHTMLLen(s[i:] + "\n" + after) // a tag or comment over several lines
				if n == 0 && strings.IndexByte(s[i:], '>') < 0 && strings.IndexByte(after, '>') >= 0 {
					// one that the escapes of the lines after it may
					// complete ("<O", "L=", "\>": the backslash that keeps
					// ">" from opening a quote is an attribute's value)
					n = 1
				}
			}
			esc = n > 0 || autolinkLen(s[i:]) > 0 ||
				i == 0 && i+1 < len(s) && (isLetter(s[i+1]) || strings.IndexByte("/!?", s[i+1]) >= 0)
		case '&':
			esc = refLen(s[i:]) > 0
		}
		if esc {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
}

// escapeStart writes what keeps the start of line s from reading as a block
// (a backslash, or an ordered list marker with its '.' or ')' escaped), and
// returns how much of s it wrote.
func escapeStart(b *strings.Builder, s string) int {
	if s == "" {
		return 0
	}
	switch c := s[0]; {
	case c == '#' || c == '>':
		b.WriteByte('\\')
	case c == '-' || c == '+' || c == '=' || c == '~':
		// A list item ("- x"), a rule or a setext underline ("---",
		// "- - -", "==="), a fence ("~~~").
		if len(s) == 1 || s[1] == ' ' || s[1] == '\t' || strings.Trim(s, " \t"+s[:1]) == "" || strings.HasPrefix(s, "~~~") {
			b.WriteByte('\\')
		}
	case isDigit(c):
		j := 1
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j <= 9 && j < len(s) && (s[j] == '.' || s[j] == ')') && (j+1 == len(s) || s[j+1] == ' ' || s[j+1] == '\t') {
			b.WriteString(s[:j])
			b.WriteByte('\\')
			b.WriteByte(s[j])
			return j + 1
		}
	}
	return 0
}
