package docparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCountFold(t *testing.T) {
	for _, s := range []string{"", "<table>", "<TABLE><Table></table>", "x<tab<table", "<table<table", "中文<table>中文</TABLE>", "<tabl"} {
		l := strings.ToLower(s)
		assert.Equal(t, strings.Count(l, "<table"), countFold(s, "<table"), s)
		assert.Equal(t, strings.Count(l, "</table>"), countFold(s, "</table>"), s)
	}
}

// TestCollapser: text collapsed as it is written, in any pieces, is the
// whole text collapsed at once.
func TestCollapser(t *testing.T) {
	for _, text := range []string{"", " ", "a", " a  b\t\nc ", "\u00a0x\u3000y\u200bz\ufeff", "中文 \r\n 字", "a \xff b", "  \n  ", "x\u00a0\u00a0"} {
		// Tokens end at '<', so pieces never split a character.
		runes := []rune(text)
		for size := 1; size <= len(runes)+1; size++ {
			var c collapser
			for k := 0; k < len(runes); k += size {
				c.write(string(runes[k:min(k+size, len(runes))]))
			}
			assert.Equal(t, collapse(text), c.take(), "%q in pieces of %d runes", text, size)
		}
	}
}

func TestSpansRead(t *testing.T) {
	p := Parse("t.md", []byte("<table><tr><th>a</th><th>b</th></tr>\n<tr><td ColSpan=\"2\">x</td></tr>\n<tr><td rowspan=2>y</td><td>z</td></tr><tr><td>w</td></tr></table>\n"))
	require.Len(t, p.Blocks, 1)
	tb := p.Blocks[0].Table
	require.Len(t, tb.Rows, 3)
	assert.Equal(t, "x", tb.Rows[0].Cells[1].Text())
	assert.Equal(t, "y", tb.Rows[2].Cells[0].Text())
	assert.Equal(t, "w", tb.Rows[2].Cells[1].Text())
}
