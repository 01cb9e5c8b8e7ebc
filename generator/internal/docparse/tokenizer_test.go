package docparse

import (
	"strings"
	"unsafe"

	"golang.org/x/net/html"
)

// tokenizer is x/net/html's Tokenizer as a tokenSource: what readHTML would
// use without the lexer, used as it is best used. Raw is sliced from the
// input string (the tokenizer's raw bytes are the input's, in order), and
// Text and TagAttr hand out the tokenizer's own bytes without copying them,
// as readHTML consumes them before the next token.
type tokenizer struct {
	z   *html.Tokenizer
	s   string
	off int
	raw string
}

func newTokenizer(s string) tokenSource {
	return &tokenizer{z: html.NewTokenizerFragment(strings.NewReader(s), "body"), s: s}
}

func (t *tokenizer) Next() html.TokenType {
	tt := t.z.Next()
	n := len(t.z.Raw())
	t.raw = t.s[t.off : t.off+n]
	t.off += n
	return tt
}

func (t *tokenizer) Raw() string { return t.raw }

func (t *tokenizer) Text() string { return bytesString(t.z.Text()) }

func (t *tokenizer) TagAttr() (key, val string, more bool) {
	k, v, more := t.z.TagAttr()
	return bytesString(k), bytesString(v), more
}

func bytesString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }
