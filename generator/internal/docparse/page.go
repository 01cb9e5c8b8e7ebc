package docparse

import (
	"github.com/docspec/docspec/generator/diag"
)

// Kind says what a Block is.
type Kind int

const (
	Heading    Kind = iota // "# Title" or "## Section"
	Text                   // a non-blank line outside tables and code
	Code                   // a fenced code block
	TableBlock             // an HTML or pipe table
)

// Page is one parsed documentation page.
type Page struct {
	Path   string // slash-separated, relative to the docs root
	Blocks []Block
	Diags  diag.List
	Lines  int // number of lines in the page
}

// Block is one structural element of a page, in document order.
type Block struct {
	Kind   Kind
	Pos    diag.Pos
	Level  int    // Heading: number of '#'
	Text   string // Heading: title without anchors/bold; Text: the trimmed line (still Markdown-escaped); Code: the block's content
	Anchor string // Heading: the <a name> suffix, if any
	Indent int    // columns of leading white space
	Bullet bool   // Text: the line is a list item ("-   …")
	Table  *Table // TableBlock
}

// Table is an HTML or pipe table with the caption and anchor that precede it.
type Table struct {
	Caption    string // caption text after "**表 N**", unescaped; "" when there is none
	CaptionPos diag.Pos
	Number     string // N of "**表 N**"
	Anchor     string // the <a name> right before the table
	AnchorPos  diag.Pos
	Pipe       bool
	Header     []Cell
	Rows       []Row
	Pos        diag.Pos // the <table> line or the pipe header line
}

// Row is one body row.
type Row struct {
	Pos   diag.Pos
	Cells []Cell
}

// Cell is one table cell: its text as paragraphs, and the links inside it.
type Cell struct {
	Pos   diag.Pos
	Paras []Para
	Links []Link
}

// Para is a paragraph of a cell: a <p>, an <li> or a line of a pipe cell.
type Para struct {
	Text   string   // white space collapsed, entities decoded
	Item   bool     // inside a list item
	Cont   bool     // a further paragraph of the list item before it (<li>V: …<p>…</p></li>)
	Strong []string // texts of the bold (<strong>, <b>, **…**) runs, in order
}

// Link is an <a href> (or a Markdown link) inside a cell.
type Link struct {
	Href string
	Text string
}

// Text returns the cell's paragraphs joined by newlines.
func (c Cell) Text() string {
	switch len(c.Paras) {
	case 0:
		return ""
	case 1:
		return c.Paras[0].Text
	}
	n := 0
	for _, p := range c.Paras {
		n += len(p.Text) + 1
	}
	b := make([]byte, 0, n)
	for i, p := range c.Paras {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, p.Text...)
	}
	return string(b)
}

// Line returns the cell's paragraphs joined by single spaces.
func (c Cell) Line() string {
	if len(c.Paras) == 1 {
		return c.Paras[0].Text
	}
	n := 0
	for _, p := range c.Paras {
		n += len(p.Text) + 1
	}
	b := make([]byte, 0, n)
	for _, p := range c.Paras {
		if p.Text == "" {
			continue
		}
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = append(b, p.Text...)
	}
	return string(b)
}
