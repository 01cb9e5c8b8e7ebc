package docparse

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/docspec/docspec/generator/diag"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlTable reads the HTML table starting at line index i.
func (p *parser) htmlTable(i int) int {
	start := i
	depth := 0
	end := -1
	for j := i; j < p.n; j++ {
		l := p.line(j)
		depth += countFold(l, "<table") - countFold(l, "</table>")
		if depth <= 0 {
			end = j
			break
		}
		if j > i {
			if t := strings.TrimSpace(p.line(j)); strings.HasPrefix(t, "#") && indentOf(p.line(j)) < 4 {
				if _, ok := heading(t); ok {
					break
				}
			}
		}
	}
	next := end + 1
	if end < 0 {
		// Unclosed: the table runs to the next heading or the end of the page.
		end = start
		for end+1 < p.n {
			t := strings.TrimSpace(p.line(end + 1))
			if strings.HasPrefix(t, "#") && indentOf(p.line(end+1)) < 4 {
				if _, ok := heading(t); ok {
					break
				}
			}
			end++
		}
		next = end + 1
		p.report(start+1, diag.UnclosedTable, "<table> is never closed (read up to line %d)", end+1)
	}
	t := &Table{Pos: p.pos(start + 1)}
	p.attachPending(t)
	p.readHTML(t, p.text[p.offset(start):p.offset(end)+len(p.line(end))], start+1)
	p.checkShape(t)
	p.page.Blocks = append(p.page.Blocks, Block{Kind: TableBlock, Pos: t.Pos, Indent: indentOf(p.line(start)), Table: t})
	return next
}

func (p *parser) attachPending(t *Table) {
	t.Caption, t.Number, t.CaptionPos = p.caption, p.captionNum, p.captionPos
	t.Anchor, t.AnchorPos = p.anchor, p.anchorPos
	p.resetPending()
}

// checkShape reports rows whose cell count differs from the header's.
func (p *parser) checkShape(t *Table) {
	if len(t.Header) == 0 {
		if len(t.Rows) > 0 {
			p.report(t.Pos.Line, diag.TableNoHeader, "table has no header row")
		}
		return
	}
	for _, r := range t.Rows {
		if len(r.Cells) != len(t.Header) {
			p.report(r.Pos.Line, diag.RowShape, "row has %d cells, the header has %d", len(r.Cells), len(t.Header))
		}
	}
}

// cellBuilder gathers one cell's paragraphs, bold runs and links as the
// tokens come. One builder serves every cell of a table (reset between
// cells), and text is collapsed as it is written, so a paragraph costs one
// allocation: its string.
type cellBuilder struct {
	cell     Cell
	para     collapser
	item     int // depth of <li>
	paraItem bool
	itemPara int // paragraphs of the current <li> so far
	inLink   bool
	href     string
	linkText collapser
	colspan  int
	rowspan  int
	header   bool
	strong   []string
	inStrong int
	strongB  collapser
}

func (c *cellBuilder) reset(header bool) {
	c.cell = Cell{}
	c.para.reset()
	c.item, c.paraItem, c.itemPara, c.inLink, c.href = 0, false, 0, false, ""
	c.linkText.reset()
	c.colspan, c.rowspan, c.header = 0, 0, header
	c.strong, c.inStrong = nil, 0
	c.strongB.reset()
}

func (c *cellBuilder) flush() {
	if t := c.para.take(); t != "" {
		lead, items := bulletParas(t, c.strong)
		if lead.Text != "" {
			lead.Item, lead.Cont = c.paraItem, c.paraItem && c.itemPara > 0
			c.cell.Paras = append(c.cell.Paras, lead)
			if c.paraItem {
				c.itemPara++
			}
		}
		c.cell.Paras = append(c.cell.Paras, items...)
	}
	c.strong = nil
	c.paraItem = c.item > 0
}

// bulletMarks are the characters a paragraph may write list items with,
// inline: "取值为： ● desc：降序排序 ● asc：升序排序".
var bulletMarks = []string{"●", "•"}

// inlineItems splits a paragraph that writes list items inline, each after
// a bullet mark between spaces (or at the text's start), into the text
// before the first item and the items; a paragraph without such marks is
// all lead.
func inlineItems(t string) (lead string, items []string) {
	if !slices.ContainsFunc(bulletMarks, func(m string) bool { return strings.Contains(t, m) }) {
		return t, nil
	}
	var cuts [][2]int // each mark's start and end
	for i := 0; i < len(t); i++ {
		for _, m := range bulletMarks {
			end := i + len(m)
			if strings.HasPrefix(t[i:], m) && end < len(t) && t[end] == ' ' && (i == 0 || t[i-1] == ' ') {
				cuts = append(cuts, [2]int{i, end})
				i = end - 1
				break
			}
		}
	}
	for k, c := range cuts {
		end := len(t)
		if k+1 < len(cuts) {
			end = cuts[k+1][0]
		}
		if it := strings.TrimSpace(t[c[1]:end]); it != "" {
			items = append(items, it)
		}
	}
	if items == nil {
		return t, nil
	}
	return strings.TrimSpace(t[:cuts[0][0]]), items
}

// bulletParas splits a paragraph's text and bold runs at its inline bullet
// marks (inlineItems): the paragraph before the first mark ("" when none
// is) and one list item each.
func bulletParas(text string, strong []string) (lead Para, items []Para) {
	leadText, texts := inlineItems(text)
	lead.Text = leadText
	lead.Strong, strong = strongIn(leadText, strong)
	for _, it := range texts {
		p := Para{Text: it, Item: true}
		p.Strong, strong = strongIn(it, strong)
		items = append(items, p)
	}
	return lead, items
}

// strongIn takes, from the bold runs of a paragraph in order, those that
// part holds, and returns them and the runs left for the parts after it.
func strongIn(part string, runs []string) (in, left []string) {
	for len(runs) > 0 && strings.Contains(part, runs[0]) {
		in = append(in, runs[0])
		runs = runs[1:]
	}
	return in, runs
}

// endLink ends the current link, if any.
func (c *cellBuilder) endLink() {
	if c.inLink {
		c.cell.Links = append(c.cell.Links, Link{Href: c.href, Text: c.linkText.take()})
		c.inLink = false
	}
}

func (c *cellBuilder) endStrong() {
	if c.inStrong == 0 {
		return
	}
	c.inStrong--
	if c.inStrong == 0 {
		if t := c.strongB.take(); t != "" {
			c.strong = append(c.strong, t)
		}
	}
}

func (c *cellBuilder) text(s string) {
	if c.para.empty() {
		c.paraItem = c.item > 0
	}
	c.para.write(s)
	if c.inStrong > 0 {
		c.strongB.write(s)
	}
	if c.inLink {
		c.linkText.write(s)
	}
}

// collapser accumulates text with runs of white space (and no-break, ideographic
// and zero-width spaces) folded into one space and both ends trimmed: the
// concatenation of what is written, as collapse would return it.
type collapser struct {
	b     []byte
	space bool // white space was written after the last character
	any   bool // something was written since the last take
}

func (c *collapser) reset() { c.b, c.space, c.any = c.b[:0], false, false }

func (c *collapser) empty() bool { return !c.any }

func (c *collapser) write(s string) {
	if s != "" {
		c.any = true
	}
	for i := 0; i < len(s); {
		b := s[i]
		if b < 0x80 {
			i++
			switch b {
			case ' ', '\t', '\n', '\r':
				c.space = true
				continue
			}
			if c.space && len(c.b) > 0 {
				c.b = append(c.b, ' ')
			}
			c.space = false
			c.b = append(c.b, b)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '\u00a0', '\u3000', '\u200b', '\ufeff':
			c.space = true
			i += n
			continue
		}
		if c.space && len(c.b) > 0 {
			c.b = append(c.b, ' ')
		}
		c.space = false
		c.b = utf8.AppendRune(c.b, r)
		i += n
	}
}

// take returns the text and starts over.
func (c *collapser) take() string {
	t := string(c.b)
	c.reset()
	return t
}

type spanned struct {
	cell Cell
	left int
}

// readHTML tokenizes one table's source. line is the number of its first line.
func (p *parser) readHTML(t *Table, src string, line int) {
	var z tokenSource
	if p.tokens != nil {
		z = p.tokens(src)
	} else {
		z = newLexer(src)
	}
	var nameBuf [16]byte
	var (
		cell    cellBuilder
		cur     *cellBuilder // &cell inside a cell, nil outside
		row     []Cell
		rowHdr  bool
		rowLine int
		inHead  bool
		inRow   bool
		spans   map[int]*spanned
		width   = 4 // cells in the last row: the next row's capacity (up to 64: spans can make rows of thousands)
	)
	// Cells copied by colspan/rowspan are bounded by the table's size, so a
	// few bytes of spans cannot expand into millions of cells.
	firstLine, budget := line, len(src)/4+64
	// Lines are counted only where a row or cell starts, over the bytes
	// since the last count (one pass over the source in all).
	off, counted := 0, 0
	lineAt := func(o int) int {
		line += strings.Count(src[counted:o], "\n")
		counted = o
		return line
	}
	spend := func() bool {
		if budget > 0 {
			budget--
			return true
		}
		return false
	}
	endCell := func() {
		if cur == nil {
			return
		}
		cur.flush()
		cur.endLink()
		n := max(cur.colspan, 1)
		for k := 0; k < n && (k == 0 || spend()); k++ {
			col := len(row)
			for spans[col] != nil && spans[col].left > 0 && spend() {
				row = append(row, spans[col].cell)
				spans[col].left--
				col++
			}
			row = append(row, cur.cell)
			if cur.rowspan > 1 {
				if spans == nil {
					spans = map[int]*spanned{}
				}
				spans[col] = &spanned{cell: cur.cell, left: cur.rowspan - 1}
			}
		}
		if !cur.header {
			rowHdr = false
		}
		cur = nil
	}
	endRow := func() {
		endCell()
		if !inRow {
			return
		}
		inRow = false
		for col := len(row); spans[col] != nil && spans[col].left > 0 && spend(); col++ {
			row = append(row, spans[col].cell)
			spans[col].left--
		}
		if len(row) == 0 {
			return
		}
		width = len(row)
		if (inHead || rowHdr) && len(t.Header) == 0 && len(t.Rows) == 0 {
			t.Header = row
		} else if len(t.Header) == 0 && len(t.Rows) == 0 && !inHead {
			// A table without <thead>: the first row is the header.
			t.Header = row
		} else {
			t.Rows = append(t.Rows, Row{Pos: p.pos(rowLine), Cells: row})
		}
		row = nil
	}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		start := off
		off += len(raw)
		switch tt {
		case html.TextToken:
			if cur != nil {
				cur.text(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			// The tag name is read from the raw bytes: the tokenizer's TagName
			// copies it, and most tags here are <p>, <a name> or <td>.
			a, hasAttr := rawTag(raw, nameBuf[:0])
			tokLine := 0
			if a == atom.Tr || a == atom.Td || a == atom.Th {
				tokLine = lineAt(start)
			}
			switch a {
			case atom.Thead:
				inHead = true
			case atom.Tbody:
				endRow()
				inHead = false
			case atom.Tr:
				endRow()
				inRow, row, rowHdr, rowLine = true, make([]Cell, 0, min(width, 64)), true, tokLine
			case atom.Th, atom.Td:
				if !inRow {
					inRow, row, rowHdr, rowLine = true, make([]Cell, 0, min(width, 64)), true, tokLine
				}
				endCell()
				cur = &cell
				cur.reset(a == atom.Th)
				cur.cell.Pos = p.pos(tokLine)
				// Most cells have attributes (class, width, headers) but no
				// span: only a tag that mentions one has its attributes read.
				for more := hasAttr && hasSpan(raw); more; {
					var k, v string
					k, v, more = z.TagAttr()
					switch k {
					case "colspan":
						cur.colspan, _ = strconv.Atoi(strings.TrimSpace(v))
					case "rowspan":
						cur.rowspan, _ = strconv.Atoi(strings.TrimSpace(v))
					}
				}
				cur.colspan = min(max(cur.colspan, 1), 64)
				cur.rowspan = min(max(cur.rowspan, 1), 1024)
			case atom.A:
				if cur == nil || !hasAttr || !strings.Contains(raw, "href") {
					break // <a name="…"> anchors: nothing to read
				}
				for hasAttr {
					var k, v string
					k, v, hasAttr = z.TagAttr()
					if k == "href" {
						cur.endLink()
						cur.inLink, cur.href = true, strings.Clone(v)
					}
				}
			case atom.Li:
				if cur != nil {
					cur.flush()
					cur.item++
					cur.paraItem = true
					cur.itemPara = 0
				}
			case atom.Strong, atom.B:
				if cur != nil {
					cur.inStrong++
				}
			case atom.P, atom.Div, atom.Br, atom.Pre, atom.Ul, atom.Ol, atom.Dd, atom.Dt, atom.H1, atom.H2, atom.H3, atom.H4:
				if cur != nil {
					cur.flush()
				}
			case atom.Table:
				// the table itself (nested tables do not occur)
			}
		case html.EndTagToken:
			name, _ := rawTag(raw, nameBuf[:0])
			switch name {
			case atom.Thead:
				endRow()
				inHead = false
			case atom.Tr:
				endRow()
			case atom.Th, atom.Td:
				endCell()
			case atom.A:
				if cur != nil {
					cur.endLink()
				}
			case atom.Li:
				if cur != nil {
					cur.flush()
					if cur.item > 0 {
						cur.item--
					}
				}
			case atom.Strong, atom.B:
				if cur != nil {
					cur.endStrong()
				}
			case atom.P, atom.Div, atom.Pre, atom.Ul, atom.Ol, atom.Dd, atom.Dt:
				if cur != nil {
					cur.flush()
				}
			case atom.Table:
				endRow()
			}
		}
	}
	endRow()
	if budget == 0 {
		p.report(firstLine, diag.TableSpans, "colspan/rowspan repeat cells far beyond the table's size; extra copies dropped")
	}
}

// rawTag returns the atom of a raw start or end tag ("<td class=…>",
// "</p>") and whether anything follows the name, using buf to lower-case.
func rawTag(raw string, buf []byte) (atom.Atom, bool) {
	i := 1
	if i < len(raw) && raw[i] == '/' {
		i++
	}
	j := i
	for j < len(raw) {
		c := raw[j]
		if c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '/' || c == '>' {
			break
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
		j++
	}
	for j < len(raw) && (isSpace(raw[j]) || raw[j] == '/') {
		j++
	}
	return atom.Lookup(buf), j < len(raw) && raw[j] != '>'
}

// hasSpan reports whether a raw tag mentions "span" in any letter case.
func hasSpan(raw string) bool {
	for i := 0; i+4 <= len(raw); i++ {
		if raw[i]|0x20 == 's' && raw[i+1]|0x20 == 'p' && raw[i+2]|0x20 == 'a' && raw[i+3]|0x20 == 'n' {
			return true
		}
	}
	return false
}

// countFold counts the non-overlapping instances of the lower-case ASCII
// word in s, ignoring ASCII case, without allocating.
func countFold(s, word string) int {
	n := 0
	for {
		i := strings.IndexByte(s, word[0])
		if i < 0 || len(s)-i < len(word) {
			return n
		}
		if strings.EqualFold(s[i:i+len(word)], word) {
			n++
			s = s[i+len(word):]
		} else {
			s = s[i+1:]
		}
	}
}

// collapse folds runs of white space (and no-break spaces) into one space and trims.
func collapse(s string) string {
	clean := true
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\n' || c == '\t' || c == '\r' || c >= 0x80 {
			clean = false
			break
		}
		if c == ' ' {
			if prevSpace {
				clean = false
				break
			}
			prevSpace = true
		} else {
			prevSpace = false
		}
	}
	if clean && !prevSpace {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\u00a0', '\u3000', '\u200b', '\ufeff':
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isPipeSeparator recognises "|--|--|", "| --- | :-: |".
func isPipeSeparator(s string) bool {
	if !strings.Contains(s, "-") || !strings.Contains(s, "|") {
		return false
	}
	for _, c := range s {
		switch c {
		case '|', '-', ':', ' ', '\t':
		default:
			return false
		}
	}
	return true
}

// pipeTable reads a Markdown pipe table starting at line index i.
func (p *parser) pipeTable(i int) int {
	t := &Table{Pos: p.pos(i + 1), Pipe: true}
	p.attachPending(t)
	t.Header = p.pipeRow(p.line(i), i+1)
	j := i + 2
	for ; j < p.n; j++ {
		l := strings.TrimSpace(p.line(j))
		if l == "" || l[0] != '|' {
			break
		}
		t.Rows = append(t.Rows, Row{Pos: p.pos(j + 1), Cells: p.pipeRow(p.line(j), j+1)})
	}
	p.checkShape(t)
	p.page.Blocks = append(p.page.Blocks, Block{Kind: TableBlock, Pos: t.Pos, Indent: indentOf(p.line(i)), Table: t})
	return j
}

// pipeRow splits "|a|b\|c|" into cells, honouring escaped pipes.
func (p *parser) pipeRow(line string, lineNo int) []Cell {
	s := strings.TrimSpace(line)
	s = strings.TrimPrefix(s, "|")
	if strings.HasSuffix(s, "|") && !strings.HasSuffix(s, "\\|") {
		s = s[:len(s)-1]
	}
	var cells []Cell
	var cur strings.Builder
	for k := 0; k <= len(s); k++ {
		if k == len(s) || (s[k] == '|' && (k == 0 || s[k-1] != '\\')) {
			cells = append(cells, pipeCell(cur.String(), p.pos(lineNo)))
			cur.Reset()
			continue
		}
		cur.WriteByte(s[k])
	}
	return cells
}

// pipeCell turns the Markdown text of a pipe cell into paragraphs and links.
func pipeCell(src string, pos diag.Pos) Cell {
	c := Cell{Pos: pos}
	for _, part := range splitBr(src) {
		part = strings.TrimSpace(part)
		item := false
		if strings.HasPrefix(part, "- ") || strings.HasPrefix(part, "* ") {
			item = true
			part = strings.TrimSpace(part[2:])
		}
		text, links, strong := markdownInline(part)
		if text == "" {
			continue
		}
		lead, items := bulletParas(text, strong) // "• a" too
		if lead.Text != "" {
			lead.Item = item
			c.Paras = append(c.Paras, lead)
		}
		c.Paras = append(c.Paras, items...)
		c.Links = append(c.Links, links...)
	}
	return c
}

func splitBr(s string) []string {
	if !strings.Contains(s, "<") {
		return []string{s}
	}
	var parts []string
	for {
		i := strings.Index(strings.ToLower(s), "<br")
		if i < 0 {
			return append(parts, s)
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			return append(parts, s)
		}
		parts = append(parts, s[:i])
		s = s[i+j+1:]
	}
}

// markdownInline strips emphasis, inline HTML and Markdown escapes from a
// pipe cell's text and returns the links found in it.
func markdownInline(s string) (string, []Link, []string) {
	var links []Link
	var strong []string
	var b strings.Builder
	boldAt := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			i++
			b.WriteByte(s[i])
		case c == '*' && i+1 < len(s) && s[i+1] == '*':
			i++
			if boldAt < 0 {
				boldAt = b.Len()
			} else {
				if t := collapse(html.UnescapeString(b.String()[boldAt:])); t != "" {
					strong = append(strong, t)
				}
				boldAt = -1
			}
		case c == '*' || c == '`':
			// emphasis and code markers
		case c == '[':
			if close := strings.Index(s[i:], "]("); close > 0 {
				if end := strings.IndexByte(s[i+close:], ')'); end > 0 {
					text := s[i+1 : i+close]
					href := s[i+close+2 : i+close+end]
					t, _, _ := markdownInline(text)
					links = append(links, Link{Href: href, Text: t})
					b.WriteString(t)
					i += close + end
					continue
				}
			}
			b.WriteByte(c)
		case c == '<':
			if end := strings.IndexByte(s[i:], '>'); end > 0 && isTagStart(s[i+1:]) {
				tag := s[i : i+end+1]
				if href := attr(tag, "href"); href != "" {
					closeTag := strings.Index(s[i+end+1:], "</a>")
					if closeTag >= 0 {
						t, _, _ := markdownInline(s[i+end+1 : i+end+1+closeTag])
						links = append(links, Link{Href: href, Text: t})
						b.WriteString(t)
						i += end + closeTag + len("</a>")
						continue
					}
				}
				i += end
				continue
			}
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return collapse(html.UnescapeString(b.String())), links, strong
}

// inlineTags are the HTML tags pipe cells contain; anything else in angle
// brackets (Map<String,String>, <placeholder>) is text.
var inlineTags = map[string]bool{"a": true, "br": true, "p": true, "strong": true, "b": true, "em": true, "i": true,
	"span": true, "code": true, "sup": true, "sub": true, "div": true, "ul": true, "ol": true, "li": true, "font": true, "img": true}

func isTagStart(s string) bool {
	s = strings.TrimPrefix(s, "/")
	n := 0
	for n < len(s) && (s[n]|0x20 >= 'a' && s[n]|0x20 <= 'z') {
		n++
	}
	if n == 0 || !inlineTags[strings.ToLower(s[:n])] {
		return false
	}
	return n == len(s) || s[n] == '>' || s[n] == ' ' || s[n] == '/'
}

func attr(tag, name string) string {
	i := strings.Index(tag, name+"=\"")
	if i < 0 {
		return ""
	}
	rest := tag[i+len(name)+2:]
	j := strings.IndexByte(rest, '"')
	if j < 0 {
		return ""
	}
	return rest[:j]
}
