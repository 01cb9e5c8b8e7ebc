package docparse

import (
	"strings"

	"golang.org/x/net/html"
)

// lexer splits a table's HTML into the tokens x/net/html's Tokenizer gives
// (same types, same raw bytes, same text and attributes), reading a string
// in place: no buffer, no copies of tags or of text without entities, and
// attributes located only when asked for.
//
// It follows the tokenizer's states for text, start and end tags and their
// attributes. The rarer constructs — comments, doctypes and processing
// instructions, and elements whose content is raw text (<script>, <style>,
// <textarea>, <title>, …) — are handed to the tokenizer itself: a markup
// declaration as one token, a raw-text element together with the rest of
// the input. FuzzLexer compares both over arbitrary input.
type lexer struct {
	s  string
	i  int // offset of the next token
	tt html.TokenType

	raw   string // the current token's bytes
	text  string // TextToken: the text, entities not yet decoded
	attrs []span // start tags: the attributes, in order, first of each key
	nattr int    // attributes returned by TagAttr

	// fb is the tokenizer that reads the rest of the input after a
	// raw-text element's start tag.
	fb *html.Tokenizer
}

// tokenSource is what readHTML reads of a table's HTML: x/net/html's
// tokens, with the current token's Raw, Text and TagAttr as strings that
// stay valid until the next call to Next.
type tokenSource interface {
	Next() html.TokenType
	Raw() string
	Text() string
	TagAttr() (key, val string, more bool)
}

// span is one attribute: key and value offsets in raw.
type span struct{ k0, k1, v0, v1 int }

func newLexer(s string) *lexer { return &lexer{s: s} }

// Next reads the next token and returns its type (ErrorToken at the end).
func (l *lexer) Next() html.TokenType {
	l.attrs, l.nattr, l.text = l.attrs[:0], 0, ""
	if l.fb != nil {
		l.tt = l.fb.Next()
		l.raw = string(l.fb.Raw())
		return l.tt
	}
	s, start := l.s, l.i
	if start >= len(s) {
		return l.emit(html.ErrorToken, start)
	}
	// Text runs up to a '<' that opens a tag, an end tag or a declaration.
	j := start
	for {
		k := strings.IndexByte(s[j:], '<')
		if k < 0 || j+k+1 >= len(s) {
			j = len(s)
			break
		}
		j += k
		if c := s[j+1]; isLetter(c) || c == '/' || c == '!' || c == '?' {
			break
		}
		j++
	}
	if j > start {
		l.text = s[start:j]
		return l.emit(html.TextToken, j)
	}
	switch c := s[j+1]; {
	case isLetter(c):
		end, selfClosing := l.tag(j+1, true)
		if end < 0 {
			return l.emit(html.ErrorToken, len(s))
		}
		if rawTextElement(s[j+1 : end]) {
			l.fb = html.NewTokenizer(strings.NewReader(s[j:]))
			l.i = len(s)
			return l.Next()
		}
		if selfClosing {
			return l.emit(html.SelfClosingTagToken, end)
		}
		return l.emit(html.StartTagToken, end)
	case c == '/':
		switch {
		case j+2 >= len(s):
			// "</" at the end is text.
			l.text = s[j:]
			return l.emit(html.TextToken, len(s))
		case s[j+2] == '>':
			return l.emit(html.CommentToken, j+3)
		case isLetter(s[j+2]):
			end, _ := l.tag(j+2, false)
			if end < 0 {
				return l.emit(html.ErrorToken, len(s))
			}
			return l.emit(html.EndTagToken, end)
		}
		return l.emit(html.CommentToken, closeAngle(s, j+2))
	case c == '?':
		return l.emit(html.CommentToken, closeAngle(s, j+1))
	}
	// "<!": a comment, a doctype or a bogus comment, as the tokenizer reads it.
	z := html.NewTokenizer(strings.NewReader(s[j:]))
	tt := z.Next()
	return l.emit(tt, j+len(z.Raw()))
}

// emit makes s[l.i:end] the current token.
func (l *lexer) emit(tt html.TokenType, end int) html.TokenType {
	l.tt, l.raw, l.i = tt, l.s[l.i:end], end
	if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
		l.attrs = l.attrs[:0]
	}
	return tt
}

// Raw returns the current token's bytes.
func (l *lexer) Raw() string { return l.raw }

// Text returns a text token's text with entities decoded and line ends
// normalised.
func (l *lexer) Text() string {
	if l.fb != nil {
		return string(l.fb.Text())
	}
	if l.tt != html.TextToken {
		return ""
	}
	t := l.text
	if strings.IndexByte(t, '\r') >= 0 {
		t = strings.ReplaceAll(t, "\r\n", "\n")
		t = strings.ReplaceAll(t, "\r", "\n")
	}
	return html.UnescapeString(t)
}

// TagAttr returns the next attribute of a start tag: key lower-cased, value
// with entities decoded, and whether more follow.
func (l *lexer) TagAttr() (key, val string, more bool) {
	if l.fb != nil {
		k, v, more := l.fb.TagAttr()
		return string(k), string(v), more
	}
	if l.nattr >= len(l.attrs) {
		return "", "", false
	}
	a := l.attrs[l.nattr]
	l.nattr++
	key, val = l.raw[a.k0:a.k1], l.raw[a.v0:a.v1]
	if strings.ContainsAny(key, "\x00") || strings.ContainsAny(val, "&\r\x00") {
		// Entities in attribute values follow their own rules: the
		// tokenizer decodes them.
		z := html.NewTokenizer(strings.NewReader(l.raw))
		z.Next()
		var k, v []byte
		for n := 0; n < l.nattr; n++ {
			k, v, _ = z.TagAttr()
		}
		return string(k), string(v), l.nattr < len(l.attrs)
	}
	return lowerASCII(key), val, l.nattr < len(l.attrs)
}

// tag reads a tag whose name starts at s[i] (a letter) and returns the
// offset just past its '>', or -1 when the input ends first (the tokenizer
// then stops). Start tags (attrs) keep their attributes.
func (l *lexer) tag(i int, attrs bool) (end int, selfClosing bool) {
	s := l.s
	base := l.i
	// The name runs to white space, '/' or '>'.
	j := i + 1
	for ; j < len(s); j++ {
		if c := s[j]; isSpace(c) {
			j++
			break
		} else if c == '/' || c == '>' {
			break
		}
	}
	if j >= len(s) {
		return -1, false
	}
	j = skipSpace(s, j)
	lastVal := -1
	for {
		if j >= len(s) {
			return -1, false
		}
		if s[j] == '>' {
			j++
			break
		}
		// Key: up to white space, '/', '>' or a '=' that is not its first byte.
		k0 := j
		for j < len(s) {
			c := s[j]
			if isSpace(c) || c == '/' || c == '>' || (c == '=' && j > k0) {
				break
			}
			j++
		}
		k1 := j
		v0, v1 := j, j
		// Value.
		j = skipSpace(s, j)
		if j < len(s) {
			switch s[j] {
			case '/':
				j++
			case '=':
				j = skipSpace(s, j+1)
				if j >= len(s) {
					return -1, false
				}
				switch q := s[j]; q {
				case '>':
				case '\'', '"':
					e := strings.IndexByte(s[j+1:], q)
					if e < 0 {
						return -1, false
					}
					v0, v1 = j+1, j+1+e
					j = v1 + 1
				default:
					v0 = j
					for j < len(s) && !isSpace(s[j]) && s[j] != '>' {
						j++
					}
					if j >= len(s) {
						return -1, false
					}
					v1 = j
					if isSpace(s[j]) {
						j++
					}
				}
			}
		}
		if attrs && k1 > k0 && !l.seen(s[k0:k1], base) {
			l.attrs = append(l.attrs, span{k0 - base, k1 - base, v0 - base, v1 - base})
			lastVal = v1
		}
		j = skipSpace(s, j)
	}
	// Self-closing: "/>" where the '/' is not the end of the last
	// attribute's unquoted value.
	selfClosing = s[j-2] == '/' && (len(l.attrs) == 0 || j-2 != lastVal-1)
	return j, selfClosing
}

// seen reports whether a kept attribute has key k, ignoring ASCII case
// (the tokenizer lower-cases ASCII letters only).
func (l *lexer) seen(k string, base int) bool {
	for _, a := range l.attrs {
		if equalFoldASCII(l.s[base+a.k0:base+a.k1], k) {
			return true
		}
	}
	return false
}

func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// closeAngle returns the offset just past the next '>' from i, or the end.
func closeAngle(s string, i int) int {
	if k := strings.IndexByte(s[i:], '>'); k >= 0 {
		return i + k + 1
	}
	return len(s)
}

func skipSpace(s string, j int) int {
	for j < len(s) && isSpace(s[j]) {
		j++
	}
	return j
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' }

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// rawTextElement reports whether the tag (name and attributes) opens an
// element whose content the tokenizer reads as raw text.
func rawTextElement(tag string) bool {
	n := 0
	for n < len(tag) && !isSpace(tag[n]) && tag[n] != '/' && tag[n] != '>' {
		n++
	}
	switch lowerASCII(tag[:n]) {
	case "iframe", "noembed", "noframes", "noscript", "plaintext", "script", "style", "textarea", "title", "xmp":
		return true
	}
	return false
}

// lowerASCII lower-cases ASCII letters, allocating only when it must.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
