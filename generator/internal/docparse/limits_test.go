package docparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A few kilobytes of colspan/rowspan must not expand into millions of cells.
func TestSpansAreBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("<table><tr>")
	for range 200 {
		b.WriteString(`<td colspan="64" rowspan="1024">x</td>`)
	}
	b.WriteString("</tr>\n")
	b.WriteString(strings.Repeat("<tr></tr>", 1023))
	b.WriteString("\n</table>\n")
	src := b.String()
	p := Parse("p.md", []byte(src))
	cells := 0
	for _, bl := range p.Blocks {
		if bl.Table == nil {
			continue
		}
		cells += len(bl.Table.Header)
		for _, r := range bl.Table.Rows {
			cells += len(r.Cells)
		}
	}
	assert.LessOrEqual(t, cells, len(src), "cells")
	require.NotEmpty(t, p.Diags)
	assert.Equal(t, "p.md:1: warning: colspan/rowspan repeat cells far beyond the table's size; extra copies dropped [table-spans]", p.Diags[0].String())
}

// Ordinary spans are still expanded.
func TestSpansExpand(t *testing.T) {
	p := Parse("p.md", []byte("<table><tr><th>a</th><th>b</th><th>c</th></tr>\n<tr><td rowspan=\"2\">x</td><td colspan=\"2\">y</td></tr>\n<tr><td>z</td><td>w</td></tr></table>\n"))
	require.Len(t, p.Blocks, 1)
	tb := p.Blocks[0].Table
	require.Len(t, tb.Rows, 2)
	var got []string
	for _, r := range tb.Rows {
		for _, c := range r.Cells {
			got = append(got, c.Text())
		}
	}
	assert.Equal(t, []string{"x", "y", "y", "x", "z", "w"}, got)
	assert.Empty(t, p.Diags)
}
