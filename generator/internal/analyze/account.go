package analyze

import (
	"strings"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/internal/docparse"
	"github.com/docspec/docspec/generator/model"
)

// Nothing on an operation page is dropped silently: every row of every table
// either ends up in the operation (used) or is named by a diagnostic
// (reported). The readers record each row's fate as they go; what no reader
// took is reported at the end, by the kind of section its table is in.

// fate is what became of a table row.
type fate uint8

const (
	unread fate = iota
	used
	reported
)

// use records that row i of t became part of the operation (unless it was
// reported already).
func (c *pageCtx) use(t *docparse.Table, i int) {
	k := rowKey{t, i}
	if c.fates[k] == unread {
		c.fates[k] = used
	}
}

// drop records that row i of t is named by a diagnostic.
func (c *pageCtx) drop(t *docparse.Table, i int) { c.fates[rowKey{t, i}] = reported }

// dropTable records that a diagnostic names table t and all its rows.
func (c *pageCtx) dropTable(t *docparse.Table) {
	for i := range t.Rows {
		c.drop(t, i)
	}
}

// useTable records that every row of t became part of the operation.
func (c *pageCtx) useTable(t *docparse.Table) {
	for i := range t.Rows {
		c.use(t, i)
	}
}

// settle reports what no reader took and counts the rows.
func (c *pageCtx) settle(secs []*sectionBlocks) model.TableRows {
	section := map[*docparse.Table]*sectionBlocks{}
	for _, s := range secs {
		for _, b := range s.blocks {
			if b.Kind == docparse.TableBlock {
				section[b.Table] = s
			}
		}
	}
	var n model.TableRows
	for _, t := range c.idx.tables {
		var left []int
		for i := range t.Rows {
			n.Read++
			switch c.fates[rowKey{t, i}] {
			case used:
				n.Used++
			case reported:
				n.Reported++
			default:
				left = append(left, i)
			}
		}
		if len(left) == 0 {
			continue
		}
		n.Reported += len(left)
		s := section[t]
		switch {
		case s == nil || !apiSection(s.kind):
			title := ""
			if s != nil {
				title = s.title
			}
			c.diags.Report(t.Pos, diag.OtherTable, "table %q in section %q documents no part of the API: not read", tableLabel(t), title)
		case len(left) == len(t.Rows):
			c.diags.Report(t.Pos, diag.TableNotRead, "table %q in section %q is not read: %s", tableLabel(t), s.title, c.whyNotRead(t))
		default:
			for _, i := range left {
				c.diags.Report(t.Rows[i].Pos, diag.RowNotRead, "table %q: row %s is not read", tableLabel(t), rowText(t.Rows[i]))
			}
		}
	}
	return n
}

// apiSection reports whether a section kind documents the operation.
func apiSection(k section) bool {
	switch k {
	case secURI, secRequest, secResponse, secStatus:
		return true
	}
	return false
}

// whyNotRead says why a table of an API section gave nothing.
func (c *pageCtx) whyNotRead(t *docparse.Table) string {
	if c.idx.valueTabs[t] != nil {
		return "it lists the values of a field that is not read"
	}
	if c.idx.targets[t] {
		return "it documents a struct that only unread rows refer to"
	}
	if len(t.Header) == 0 {
		return "it has no header row"
	}
	return "its role (parameters, body, status codes) could not be told from its caption, header or section"
}

// rowText shows a row's first cells, shortened.
func rowText(r docparse.Row) string {
	var parts []string
	for i, c := range r.Cells {
		if i == 3 {
			parts = append(parts, "…")
			break
		}
		s := c.Line()
		if len([]rune(s)) > 30 {
			s = string([]rune(s)[:30]) + "…"
		}
		parts = append(parts, s)
	}
	return "|" + strings.Join(parts, "|") + "|"
}

// emptyRow reports whether every cell of a row is empty or "-" (a row
// saying "none").
func emptyRow(r docparse.Row) bool {
	for _, c := range r.Cells {
		if s := strings.TrimSpace(c.Line()); s != "" && s != "-" && s != "无" && !strings.EqualFold(s, "none") {
			return false
		}
	}
	return true
}
