package analyze

import (
	"strings"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/internal/docparse"
)

// A row whose type is an object (or an array of objects) refers to the table
// that documents the object's fields. resolve finds that table; it is run
// once per row, when the page's tables are indexed, and both the index (which
// tables are nested structs rather than top-level tables) and the typing of
// the row's field use its answer.

// rowRef is a row's type and what it refers to.
type rowRef struct {
	typ    *typeExpr // the parsed type cell; nil when not understood
	typOK  bool
	target *docparse.Table // the table documenting the object; nil: none found
	// broken is the anchor of a link that no table on the page has.
	broken string
	// linkText is the text of the link that led to target, if any.
	linkText string
}

// rowKey identifies a row of a table.
type rowKey struct {
	t *docparse.Table
	i int
}

// tableIndex is what is known about a page's tables before any is read.
type tableIndex struct {
	tables   []*docparse.Table
	order    map[*docparse.Table]int
	anchors  map[string]*docparse.Table
	captions map[string][]*docparse.Table // by caption and by the struct name a caption gives, in page order
	numbered map[string]*docparse.Table   // by "表 N" / "Table N"
	refs     map[rowKey]rowRef
	targets  map[*docparse.Table]bool // tables some row refers to
}

// indexTables records anchors, captions and numbers, and resolves every
// row's reference.
func (c *pageCtx) indexTables() {
	x := &c.idx
	x.order = make(map[*docparse.Table]int, len(x.tables))
	x.anchors = map[string]*docparse.Table{}
	x.captions = map[string][]*docparse.Table{}
	x.numbered = map[string]*docparse.Table{}
	x.refs = map[rowKey]rowRef{}
	x.targets = map[*docparse.Table]bool{}
	for i, t := range x.tables {
		x.order[t] = i
		if t.Anchor != "" {
			if prev, dup := x.anchors[t.Anchor]; dup {
				c.diags.Report(t.AnchorPos, diag.DuplicateAnchor, "anchor %q is also used by the table at line %d; links go to the first", t.Anchor, prev.Pos.Line)
			} else {
				x.anchors[t.Anchor] = t
			}
		}
		if t.Caption != "" {
			x.captions[t.Caption] = append(x.captions[t.Caption], t)
			if n := captionName(t.Caption); n != "" && n != t.Caption {
				x.captions[n] = append(x.captions[n], t)
			}
		}
		if t.Number != "" && x.numbered[t.Number] == nil {
			x.numbered[t.Number] = t
		}
	}
	for _, t := range x.tables {
		cols := mapColumns(t.Header)
		if !cols.has(colName) {
			continue
		}
		for i := range t.Rows {
			r := &t.Rows[i]
			typ, ok := cellAt(r, cols, colType)
			if !ok {
				continue
			}
			name, _ := cellAt(r, cols, colName)
			desc, _ := cellAt(r, cols, colDesc)
			ref := c.resolve(t, name, typ, desc)
			x.refs[rowKey{t, i}] = ref
			if ref.target != nil && ref.target != t {
				x.targets[ref.target] = true
			}
		}
	}
}

// cellAt is the row's cell of column col.
func cellAt(r *docparse.Row, cols columnMap, col column) (docparse.Cell, bool) {
	i, ok := cols.col(col)
	if !ok || i >= len(r.Cells) {
		return docparse.Cell{}, false
	}
	return r.Cells[i], true
}

// resolve finds the table a row's object type refers to, in this order:
//  1. a link to an anchor on the page in the type cell ("<a href="#response_X">X</a> object");
//  2. for a generic object or array type, a link in the name cell (the link
//     text is then the field's name);
//  3. the struct a type word names ("X object", "Array of X objects"), by the
//     caption of a table;
//  4. for a generic object or array type, "see Table N" / "详见表N" in the
//     type or description cell.
func (c *pageCtx) resolve(from *docparse.Table, name, typ, desc docparse.Cell) rowRef {
	te, ok := parseTypeCell(typ)
	ref := c.resolveType(from, te, ok, name, typ, desc)
	ref.typ, ref.typOK = te, ok
	return ref
}

func (c *pageCtx) resolveType(from *docparse.Table, te *typeExpr, ok bool, name, typ, desc docparse.Cell) rowRef {
	if link := firstAnchorLink(typ); link != nil {
		return c.byAnchor(link)
	}
	generic := ok && isGenericObject(te)
	if generic || !ok {
		if link := firstAnchorLink(name); link != nil {
			return c.byAnchor(link)
		}
	}
	if ok {
		if obj := objectName(te); obj != "" {
			if t := c.captionTable(from, obj); t != nil {
				return rowRef{target: t}
			}
			return rowRef{}
		}
	}
	if !ok {
		// a bare struct name that a caption on the page documents ("tag")
		if n := normType(typ.Line()); isTypeName(n) {
			if t := c.captionTable(from, n); t != nil {
				return rowRef{target: t}
			}
		}
	}
	if generic || !ok {
		n := tableRef(typ.Line())
		if n == "" && generic {
			n = tableRef(desc.Line())
		}
		if t := c.idx.numbered[n]; n != "" && t != nil && t != from {
			return rowRef{target: t, linkText: cleanName(name.Line())}
		}
	}
	return rowRef{}
}

func (c *pageCtx) byAnchor(l *docparse.Link) rowRef {
	a := strings.TrimPrefix(l.Href, "#")
	if t := c.idx.anchors[a]; t != nil {
		return rowRef{target: t, linkText: l.Text}
	}
	return rowRef{broken: a, linkText: l.Text}
}

// firstAnchorLink is a cell's first link to an anchor on the page.
func firstAnchorLink(cell docparse.Cell) *docparse.Link {
	for i := range cell.Links {
		if strings.HasPrefix(cell.Links[i].Href, "#") && len(cell.Links[i].Href) > 1 {
			return &cell.Links[i]
		}
	}
	return nil
}

// objectName is the struct an object type (or array of them) names.
func objectName(te *typeExpr) string {
	for te != nil && te.Type == "array" {
		te = te.Items
	}
	if te == nil {
		return ""
	}
	return te.Object
}

// captionTable finds the table captioned name that a reference from table
// from means: the first such table after it (pages repeat a struct's table
// under every status code), else the first on the page.
func (c *pageCtx) captionTable(from *docparse.Table, name string) *docparse.Table {
	ts := c.idx.captions[name]
	if len(ts) == 0 {
		return nil
	}
	if from != nil {
		at := c.idx.order[from]
		for _, t := range ts {
			if c.idx.order[t] > at {
				return t
			}
		}
	}
	return ts[0]
}

// tableRef finds "see Table N" / "详见表N" and returns N.
func tableRef(s string) string {
	if m := tableReference.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	return ""
}

// captionName is the struct a caption names: "BackupDetail", "version对象",
// "cluster field description" → "cluster"; "" for role captions.
func captionName(caption string) string {
	for _, suf := range captionSuffixes {
		caption = strings.TrimSuffix(caption, suf)
	}
	caption = strings.TrimSpace(caption)
	if isTypeName(caption) && captionRole(caption) == roleUnknown {
		return caption
	}
	return ""
}
