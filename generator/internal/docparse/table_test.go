package docparse

import (
	"fmt"
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

// descriptionParas parses a one-row table whose description cell holds
// cellHTML and formats each of the cell's paragraphs.
func descriptionParas(t *testing.T, cellHTML string, format func(Para) string) []string {
	t.Helper()
	return secondCellParas(t, "<table><thead><tr><th>Parameter</th><th>Description</th></tr></thead><tbody><tr><td>x</td><td>"+
		cellHTML+"</td></tr></tbody></table>\n", format)
}

// secondCellParas parses a page of one table and formats the paragraphs
// of its first row's second cell.
func secondCellParas(t *testing.T, src string, format func(Para) string) []string {
	t.Helper()
	var got []string
	for _, b := range ParseString("x.md", src).Blocks {
		if b.Table != nil {
			for _, p := range b.Table.Rows[0].Cells[1].Paras {
				got = append(got, format(p))
			}
		}
	}
	return got
}

// TestItemParagraphs: a list item's further paragraphs are marked as its
// own (Cont); a paragraph of its own, nested items and text after the list
// are not.
func TestItemParagraphs(t *testing.T) {
	got := descriptionParas(t, "<p>Kind:</p><ul><li><strong>A</strong>: first.<p>More on A.</p></li><li><p>B</p><ul><li>b1</li></ul></li></ul><p>After.</p>",
		func(p Para) string { return fmt.Sprintf("%s item=%v cont=%v", p.Text, p.Item, p.Cont) })
	assert.Equal(t, []string{
		"Kind: item=false cont=false",
		"A: first. item=true cont=false",
		"More on A. item=true cont=true",
		"B item=true cont=false",
		"b1 item=true cont=false",
		"After. item=false cont=false",
	}, got)
}

// TestInlineBullets: a paragraph that writes its list items inline after
// bullet marks gives the text before them and one item each, with its bold
// runs; a mark inside a word or before one is text.
func TestInlineBullets(t *testing.T) {
	format := func(p Para) string { return fmt.Sprintf("%s item=%v strong=%v", p.Text, p.Item, p.Strong) }
	got := descriptionParas(t, "<p>Sort order, the value can be: ● <strong>desc</strong>: descending ● <strong>asc</strong>: ascending Default: desc.</p>"+
		"<p>• only an item</p><p>A●B is text, see •Table 3.</p>",
		format)
	assert.Equal(t, []string{
		"Sort order, the value can be: item=false strong=[]",
		"desc: descending item=true strong=[desc]",
		"asc: ascending Default: desc. item=true strong=[asc]",
		"only an item item=true strong=[]",
		"A●B is text, see •Table 3. item=false strong=[]",
	}, got)

	// a pipe cell the same way, also when a mark starts it
	pipe := secondCellParas(t, "|Parameter|Description|\n|--|--|\n|x|取值： ● **A**：一 ● B：二<br>• C|\n",
		format)
	assert.Equal(t, []string{
		"取值： item=false strong=[]",
		"A：一 item=true strong=[A]",
		"B：二 item=true strong=[]",
		"C item=true strong=[]",
	}, pipe)
}
