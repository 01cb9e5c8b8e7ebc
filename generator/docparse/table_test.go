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

func TestHasSpan(t *testing.T) {
	for s, want := range map[string]bool{`<td colspan="2">`: true, `<TD ROWSPAN=3>`: true, `<td ColSpan="2">`: true,
		`<td class="cellrowborder" valign="top" width="20%">`: false, `<td>`: false, `<td spa`: false} {
		assert.Equal(t, want, hasSpan(s), s)
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
