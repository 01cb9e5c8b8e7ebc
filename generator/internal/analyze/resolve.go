package analyze

import (
	"path"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

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
	typ    *typeExpr // the type; nil when not understood
	typOK  bool
	target *docparse.Table // the table documenting the object; nil: none found
	// broken is the anchor of a link that no table on the page has.
	broken string
	// linkText is the text of the link that led to target, if any.
	linkText string
	// path is the field's dotted path from its body table
	// ("mapping.rules.local"), when the row refers to a table.
	path string
	// caption is the struct name that target's caption (or, for a table
	// without one, the line that introduces it) gives; "" when it gives none.
	caption string
	// misplaced says what the type cell holds instead of a type.
	misplaced string
	// problems found on the way, reported when the field is read.
	problems []refProblem
	// overridden: the type cell's scalar gives way to target.
	overridden bool
	// byName: target is a table of another section that only the field's
	// name gives (no link, number or caption of the type): the page's
	// example may show the rows after the field's are its members
	// (regroupLevel).
	byName bool
	// elsewhereTable is the number of the table on that page the
	// description names after the link ("请参见 创建批处理作业 中的 表6").
	elsewhereTable string
	// elsewhere is the link to another page that documents the struct the
	// type names, when no table on the page does: the field is typed from
	// that table once every page is read (xref.go).
	elsewhere string
	// scalar is the type cell's scalar when only the description links to
	// another page's table ("func_vpc | String | 请参考<a href="other.md#t6">表6</a>"):
	// the field keeps it unless that table documents the field's struct.
	scalar *typeExpr
	// keysOf is the value type of a map whose keys target documents: the
	// struct takes other keys of that type too (keysTable).
	keysOf *typeExpr
	// byExample is the table captioned with a scalar field's name when the
	// page's example gives the field objects: target when no other row
	// refers to the table (resolveByExample).
	byExample *docparse.Table
	// fallback is a table captioned with the field's name that comes
	// before the row's own table: target when no table follows the row's
	// table for it.
	fallback *docparse.Table
	// others are the tables of alternatives that were not chosen: the
	// row's problems name them, and they are no top-level tables.
	others []*docparse.Table
	// values is the table of a scalar field's values (values.go).
	values *valueTable
	// variants are the tables of the structures the field may hold,
	// target first, when there are several (typeSchema): its struct has
	// the fields of them all.
	variants []*docparse.Table
}

// refProblem is a diagnostic about a row's reference.
type refProblem struct {
	code diag.Code
	msg  string
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
	// valueTabs: the tables that list a field's values (values.go);
	// scalarRefs: the first scalar field whose description refers to each
	// table, value table or not.
	valueTabs  map[*docparse.Table]*valueTable
	scalarRefs map[*docparse.Table]scalarRef

	// textAnchors: an anchor on a line of text ("-   <a name="li1"></a>
	// Parameters in the **error** field") → the table after that line.
	textAnchors map[string]*docparse.Table
	// names: by nameKey of the name a caption (or introducing line) gives,
	// and of the whole caption; tails: by the last part of a dotted name.
	names, tails map[string][]*docparse.Table
	// intro: the line right before a table without a caption.
	intro map[*docparse.Table]string
	// params: tables with a name column; leads: the first table of a
	// section or of a status code's part, which is a body, never nested.
	params, leads map[*docparse.Table]bool
	// section: the number of the section (the headings before it) each
	// table is in.
	section map[*docparse.Table]int
	paths   map[*docparse.Table]string
	// next: the table right after a table, with at most the line that
	// introduces it in between (no example, no heading).
	next map[*docparse.Table]*docparse.Table
	// cols: each table's column map.
	cols map[*docparse.Table]columnMap
	// capNames: captionOf's answers; capTexts: the words of the caption
	// that give it (captionNameText).
	capNames, capTexts map[*docparse.Table]string
	// linked: the number of rows with a link to each table.
	linked map[*docparse.Table]int
	// stringFields: members that an example of the page gives a string
	// value, and the values (exampleStrings).
	stringFields map[string][]string
	// objectFields: the members an example on the page gives an object or
	// a list of objects (exampleHasObject).
	objectFields map[string]bool
	// valueCaptions: the table captioned as each field's values, by the
	// field's key; nil for a field several are captioned for
	// (valuesCaptioned).
	valueCaptions map[string]*docparse.Table
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
	x.valueTabs = map[*docparse.Table]*valueTable{}
	x.scalarRefs = map[*docparse.Table]scalarRef{}
	x.textAnchors = map[string]*docparse.Table{}
	x.names = map[string][]*docparse.Table{}
	x.tails = map[string][]*docparse.Table{}
	x.intro = map[*docparse.Table]string{}
	x.params = map[*docparse.Table]bool{}
	x.leads = map[*docparse.Table]bool{}
	x.section = map[*docparse.Table]int{}
	x.paths = map[*docparse.Table]string{}
	x.next = map[*docparse.Table]*docparse.Table{}
	x.capNames, x.capTexts = map[*docparse.Table]string{}, map[*docparse.Table]string{}
	x.cols = make(map[*docparse.Table]columnMap, len(x.tables))
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
			if n := x.captionOf(t); n != "" && n != t.Caption {
				x.captions[n] = append(x.captions[n], t)
			}
		}
		if t.Number != "" && x.numbered[t.Number] == nil {
			x.numbered[t.Number] = t
		}
		x.cols[t] = mapColumns(t.Header)
		x.params[t] = x.cols[t].has(colName)
		if t.Pipe {
			rejoinDescriptions(t, x.cols[t])
		}
		c.unswapCells(t, x.cols[t])
	}
	c.indexText()
	for _, t := range x.tables {
		label := x.label(t)
		if label == "" || !x.params[t] {
			continue
		}
		addName(x.names, refKey(label), t)
		if n := x.captionOf(t); n != "" {
			addName(x.names, refKey(n), t)
			if i := strings.LastIndexByte(n, '.'); i > 0 && i < len(n)-1 {
				addName(x.tails, refKey(n[i+1:]), t)
			}
			if w := strings.Fields(x.capTexts[t]); len(w) > 1 {
				// "real-time config结构": one of the configs
				addName(x.tails, refKey(w[len(w)-1]), t)
			}
		} else if w := x.labelWord(t); w != "" && captionRole(label) == roleUnknown {
			// "custom_spec自定义规格结构"
			addName(x.tails, refKey(w), t)
		}
	}
	c.indexLinks()
	var pending, byExample []rowKey
	for _, t := range x.tables {
		cols := x.cols[t]
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
			ref := c.resolve(t, cleanName(name.Line()), name, typ, desc)
			switch {
			case ref.target == nil && ref.typOK && (genericObject(ref.typ) || ref.elsewhere == "" && unknownStruct(ref.typ)):
				pending = append(pending, rowKey{t, i})
			case ref.byExample != nil:
				byExample = append(byExample, rowKey{t, i})
			}
			c.setRef(rowKey{t, i}, ref)
		}
	}
	c.resolveAdjacent(pending)
	c.resolveByExample(byExample)
}

// keysTable is the table of a map's keys ("links | list<map<String,
// String>> | 请参见•links参数说明。" and the table "links参数说明", href and
// rel): a struct table captioned with the field's name, that no other row
// links to, which the description links to or whose caption it gives. The
// struct keeps the map's other keys (additionalProperties): user metadata
// documents some keys, not all.
func (c *pageCtx) keysTable(from *docparse.Table, field string, e *typeExpr, desc docparse.Cell) *docparse.Table {
	if v := mapValues(e); v == nil || v.Type == "object" || v.Type == "array" {
		return nil
	}
	t, _ := c.byFieldName(from, field, "")
	if t == nil || c.idx.linked[t] > linksTo(desc, c, t) {
		return nil // another row's
	}
	if linksTo(desc, c, t) == 1 {
		return t // "请参见<a href="#li4929184617138">links参数说明</a>"
	}
	if key := refKey(c.idx.label(t)); key == "" || !strings.Contains(refKey(desc.Line()), key) {
		return nil
	}
	return t
}

// label is a table's caption, else the line that introduces it
// ("links参数说明"); "" for neither.
func (x *tableIndex) label(t *docparse.Table) string {
	if t.Caption != "" {
		return t.Caption
	}
	return x.intro[t]
}

// introLabel names a table by its label, else as tableLabel does.
func (c *pageCtx) introLabel(t *docparse.Table) string {
	if l := c.idx.label(t); l != "" {
		return l
	}
	return tableLabel(t)
}

// overriddenType is what a type cell's scalar, map or list of them becomes
// when a table of fields types the row: its object, or a list of them.
func overriddenType(e *typeExpr) *typeExpr {
	if e.Type == "array" {
		return &typeExpr{Type: "array", Items: &typeExpr{Type: "object"}}
	}
	return &typeExpr{Type: "object"}
}

// mapValues is the value type of a map, or of a list of maps; nil for any
// other type.
func mapValues(e *typeExpr) *typeExpr {
	if e.Type == "array" && e.Items != nil {
		e = e.Items
	}
	return e.Values
}

// unknownStruct reports whether a type names a struct ("Array of address
// objects") that is no well-known type.
func unknownStruct(e *typeExpr) bool {
	n := objectName(e)
	if n == "" {
		return false
	}
	_, known := wellKnownType(n)
	return !known
}

// resolveByExample types a scalar row from the table captioned with its name
// when the page's example gives the field objects and no other row refers
// to that table ("loadbalancers | String | …ID的列表" beside the table
// "loadbalancers字段说明", and [{"id": …}] in the example).
func (c *pageCtx) resolveByExample(pending []rowKey) {
	for _, k := range pending {
		ref := c.idx.refs[k]
		t := ref.byExample
		if t == nil || c.idx.targets[t] {
			continue
		}
		ref.problems = append(ref.problems, refProblem{diag.TypeOverridden,
			"the type cell says " + describeType(ref.typ) + ", but the page's example gives it objects and " + tableLabel(t) + " is captioned with its name: typed from the table"})
		ref.typ = overriddenType(ref.typ)
		ref.target, ref.linkText, ref.overridden, ref.values, ref.byExample = t, cleanName(c.rowName(k)), true, nil, nil
		ref.path = joinPath(c.idx.paths[k.t], ref.linkText)
		c.setRef(k, ref)
	}
}

// indexLinks counts, for each table, the rows with a link to it.
func (c *pageCtx) indexLinks() {
	x := &c.idx
	x.linked = map[*docparse.Table]int{}
	for _, t := range x.tables {
		for ri := range t.Rows {
			var seen []*docparse.Table // the tables this row links to
			for _, cell := range t.Rows[ri].Cells {
				for _, l := range cell.Links {
					if a, ok := strings.CutPrefix(l.Href, "#"); ok {
						if u := c.tableAt(a); u != nil && u != t && !slices.Contains(seen, u) {
							seen = append(seen, u)
							x.linked[u]++
						}
					}
				}
			}
		}
	}
}

// setRef records a row's reference and the path of the table it reaches.
func (c *pageCtx) setRef(k rowKey, ref rowRef) {
	x := &c.idx
	for _, t := range ref.others {
		if t != k.t {
			x.targets[t] = true
		}
	}
	if ref.target != nil {
		ref.caption = x.captionOf(ref.target)
		if ref.target != k.t {
			x.targets[ref.target] = true
			if _, seen := x.paths[ref.target]; !seen {
				x.paths[ref.target] = ref.path
			}
		}
	}
	if v := ref.values; v != nil {
		x.targets[v.t] = true
		x.valueTabs[v.t] = v
	}
	x.refs[k] = ref
}

func addName(m map[string][]*docparse.Table, k string, t *docparse.Table) {
	if k == "" {
		return
	}
	for _, u := range m[k] {
		if u == t {
			return
		}
	}
	m[k] = append(m[k], t)
}

// captionOf is the struct name a table's caption, or the line that
// introduces it, gives.
func (x *tableIndex) captionOf(t *docparse.Table) string {
	if n, ok := x.capNames[t]; ok {
		return n
	}
	text, explicit := captionNameText(x.label(t))
	n := nameOfCaption(text, explicit)
	x.capNames[t], x.capTexts[t] = n, text
	return n
}

// captionNames reports whether t's caption names field's struct
// ("func_vpc参数说明" for func_vpc).
func (x *tableIndex) captionNames(t *docparse.Table, field string) bool {
	w := refKey(x.captionOf(t))
	return w != "" && sameName(w, refKey(field))
}

// labelWord is the name a table's caption or introducing line gives, or
// the identifier it starts with before other words ("tag对象参数说明" →
// "tag"); "" when it has none.
func (x *tableIndex) labelWord(t *docparse.Table) string {
	if n := x.captionOf(t); n != "" {
		return n
	}
	label := x.label(t)
	i := 0
	for i < len(label) && (isIdentByte(label[i]) || label[i] == '.') {
		i++
	}
	j := i
	for j < len(label) && label[j] == ' ' {
		j++ // "data_source 参数列表"
	}
	if i > 0 && j < len(label) && label[j] >= utf8.RuneSelf {
		return label[:i]
	}
	return ""
}

func isIdentByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// textAnchor: an anchor on a line of text.
var textAnchor = regexp.MustCompile(`<a name="([^"]+)"></a>`)

// indexText finds what the page's text says about its tables: the line that
// introduces a table without a caption, anchors on lines of text (links to
// them mean the table after the line), and the first table of each section
// and of each status code's part.
func (c *pageCtx) indexText() {
	x := &c.idx
	var anchors []string // text anchors waiting for their table
	lead := true
	var prev *docparse.Table // the table before, while only a line of text follows it
	texts, section := 0, 0
	for i := range c.page.Blocks {
		b := &c.page.Blocks[i]
		switch b.Kind {
		case docparse.Heading, docparse.Code:
			prev = nil
		case docparse.Text:
			if texts++; texts > 1 {
				prev = nil
			}
		}
		switch b.Kind {
		case docparse.Heading:
			anchors, lead = nil, true
			section++
		case docparse.Text:
			for _, m := range textAnchor.FindAllStringSubmatch(b.Text, -1) {
				anchors = append(anchors, m[1])
			}
			if statusOf(b.Text) != "" {
				lead = true
			}
		case docparse.TableBlock:
			t := b.Table
			x.section[t] = section
			for _, a := range anchors {
				if x.anchors[a] == nil && x.textAnchors[a] == nil {
					x.textAnchors[a] = t
				}
			}
			anchors = nil
			if lead && x.params[t] {
				x.leads[t] = true
				lead = false
			}
			if t.Caption == "" && i > 0 && c.page.Blocks[i-1].Kind == docparse.Text {
				x.intro[t] = introText(c.page.Blocks[i-1].Text)
			}
			if prev != nil {
				x.next[prev] = t
			}
			prev, texts = t, 0
		}
	}
}

// introText is a line of text as a caption: without its list bullet,
// anchors, bold marks and escapes.
func introText(s string) string {
	s = textAnchor.ReplaceAllString(s, "")
	s = strings.TrimLeft(s, "-*+ ")
	s = strings.ReplaceAll(s, "**", "")
	s = docparse.Unescape(s)
	return strings.Join(strings.Fields(s), " ")
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
//  1. a link in the type cell to an anchor on the page
//     ("<a href="#response_X">X</a> object");
//  2. the struct a type word names ("X object", "Array of X objects",
//     "X结构数组", a bare "tag_list"), by the caption of a table, then a link
//     in the name cell, then the field's name (below);
//  3. for a generic object or array type (or none, "无"): a link in the name
//     cell (the link text is then the field's name); a reference in the type
//     cell ("Table 3", "参考X说明"); in the description, links to tables and
//     "see Table N" / "详见表N"; then a table captioned with the field's name
//     or its dotted path from the body ("instance_config字段数据结构说明",
//     "Description of the **router** field", "mappings.rules.local");
//  4. after every row is resolved, a generic object row left alone in its
//     table takes the unreferenced struct table right after it
//     (resolveAdjacent).
func (c *pageCtx) resolve(from *docparse.Table, field string, name, typ, desc docparse.Cell) rowRef {
	tc := readTypeCell(typ.Line())
	ref := c.resolveType(from, field, tc, name, typ, desc)
	if ref.target != nil {
		ref.path = joinPath(c.idx.paths[from], field)
	}
	ref.misplaced = tc.misplaced
	switch {
	case ref.overridden:
		ref.typ, ref.typOK = overriddenType(tc.expr), true
	case tc.understood():
		ref.typ, ref.typOK = tc.expr, true
	case (ref.target != nil || ref.elsewhere != "") && tc.bare && tc.expr.Object != "":
		// a bare name that a table documents, here or on another page
		ref.typ, ref.typOK = tc.expr, true
	case ref.target != nil || ref.elsewhere != "":
		// only a reference to a table, here or on another page ("详见表3",
		// "无" and a reference in the description)
		ref.typ, ref.typOK = &typeExpr{Type: "object"}, true
	}
	if ref.scalar != nil {
		if vt := c.valueTable(from, field, ref.scalar, desc); vt != nil {
			// a table of the page gives its values: the link to another
			// page's table is no struct's
			ref.elsewhere, ref.linkText, ref.overridden, ref.scalar = "", "", false, nil
			ref.typ = tc.expr
		}
	}
	if ref.typOK && ref.target == nil && ref.elsewhere == "" {
		ref.values = c.valueTable(from, field, ref.typ, desc)
	}
	return ref
}

func joinPath(p, field string) string {
	if p == "" {
		return field
	}
	return p + "." + field
}

func (c *pageCtx) resolveType(from *docparse.Table, field string, tc typeCell, name, typ, desc docparse.Cell) rowRef {
	if link := firstAnchorLink(typ); link != nil {
		ref := c.byAnchor(from, field, link)
		if t := ref.target; t != nil && (t == from || c.idx.leads[t]) && !sameName(refKey(link.Text), refKey(c.idx.labelWord(t))) {
			// a link to the row's own table or to a body table, under
			// another name, is a slip when the description links to the
			// table of the field ("scheduled_policy" linked to
			// "scaling_policies", its own table)
			if u := c.scalarTable(from, field, desc); u != nil {
				return rowRef{target: u, linkText: link.Text}
			}
		}
		return ref
	}
	var ref rowRef
	if obj := objectName(tc.expr); obj != "" {
		if t := c.captionTable(from, obj); t != nil {
			if link := c.otherPageLink(typ); link != nil && c.contains(t, from) {
				// "<a href="other.md#t">spec</a> object" inside the table
				// "spec": the link says where, the caption is the row's own
				return rowRef{elsewhere: link.Href, linkText: link.Text}
			}
			return rowRef{target: t}
		}
		if link := firstAnchorLink(name); link != nil {
			return c.byAnchor(from, field, link)
		}
		if t, others := c.byFieldName(from, field, obj); t != nil {
			return rowRef{target: t, problems: alternatives(t, others), others: others}
		}
		if !tc.bare {
			if link := c.otherPageLink(typ); link != nil {
				ref.elsewhere, ref.linkText = link.Href, link.Text
			}
			return ref
		}
	}
	if tc.expr != nil && !tc.bare && !genericObject(tc.expr) {
		if t := c.scalarTable(from, field, desc); t != nil && scalarOrList(tc.expr) && !c.exampleHasString(field) {
			ref.target, ref.linkText, ref.overridden = t, field, true
			ref.problems = append(ref.problems, refProblem{diag.TypeOverridden,
				"the type cell says " + describeType(tc.expr) + ", but the description links to the table of its fields, " + tableLabel(t) + ": typed from the table"})
		} else if t, n, why := c.slipTable(from, field, desc); t != nil && scalarOrList(tc.expr) && !c.exampleHasString(field) {
			ref.target, ref.linkText, ref.overridden = t, field, true
			ref.problems = append(ref.problems, refProblem{diag.TypeOverridden,
				"the type cell says " + describeType(tc.expr) + " and the description refers to table " + n + ", but " + why + ": typed from it"})
		} else if link := c.otherPageTableLink(desc); link != nil && scalarOrList(tc.expr) && !c.exampleHasString(field) {
			// "func_vpc | *String | VPC配置，请参考<a href="获取函数列表.md#t6">表6</a>":
			// the struct another page documents, if that table is the
			// field's (External.Scalar)
			ref.elsewhere, ref.linkText, ref.overridden, ref.scalar = link.Href, link.Text, true, tc.expr
		} else if t := c.keysTable(from, field, tc.expr, desc); t != nil {
			ref.target, ref.linkText, ref.overridden = t, field, true
			ref.keysOf = mapValues(tc.expr)
			ref.problems = append(ref.problems, refProblem{diag.TypeOverridden,
				"the type cell says " + describeType(tc.expr) + ", but the description refers to " + c.introLabel(t) + ", the table of its keys: typed from the table, other keys allowed"})
		} else if scalarOrList(tc.expr) && c.exampleHasObject(field) && !c.exampleHasString(field) {
			// "loadbalancers | String | …ID的列表" beside the table
			// "loadbalancers字段说明" that no row links to, and an example
			// that gives it [{"id": …}]
			if t, _ := c.byFieldName(from, field, ""); t != nil && c.idx.linked[t] == 0 && c.idx.order[t] > c.idx.order[from] {
				ref.byExample = t // when no other row takes it (resolveByExample)
			}
		}
		return ref
	}
	if tc.misplaced != "" {
		return ref
	}
	if link := firstAnchorLink(name); link != nil {
		return c.byAnchor(from, field, link)
	}
	var cands []*docparse.Table
	var said []string
	if t := c.idx.numbered[tc.ref]; tc.ref != "" && t != nil && t != from {
		cands, said = append(cands, t), append(said, "table "+tc.ref)
	}
	if tc.refCaption != "" {
		if ts := c.idx.names[refKey(tc.refCaption)]; len(ts) > 0 {
			cands, said = append(cands, ts[0]), append(said, "“"+tc.refCaption+"”")
		}
	}
	if len(cands) == 0 && (tc.expr != nil || tc.none) {
		cands, said = c.descRefs(from, desc)
	}
	if len(cands) > 0 {
		t := cands[0]
		if len(cands) == 1 {
			if u, why := c.numberSlip(from, field, t, tc.expr, desc); u != nil {
				ref.problems = append(ref.problems, refProblem{diag.AmbiguousRef,
					"the description refers to " + said[0] + " (" + tableLabel(t) + "), but " + why + ": typed from it"})
				ref.target, ref.linkText = u, field
				return ref
			}
		}
		if len(cands) > 1 {
			for _, u := range cands {
				if refKey(c.idx.captionOf(u)) == refKey(field) {
					t = u
					break
				}
			}
			ref.problems = append(ref.problems, refProblem{diag.AmbiguousRef,
				"the description refers to " + strings.Join(said, " and ") + ": typed from " + tableLabel(t)})
			ref.others = cands
		}
		ref.target, ref.linkText = t, field
		return ref
	}
	if tc.expr != nil && !tc.bare {
		if t, others := c.byFieldName(from, field, ""); t != nil {
			if c.idx.order[t] < c.idx.order[from] {
				// a table before the row's own may be another field's of
				// the same name: the table right after the row's table
				// goes first (resolveAdjacent)
				ref.fallback = t
				return ref
			}
			ref.target, ref.others = t, others
			ref.byName = c.idx.section[t] != c.idx.section[from]
			ref.problems = append(ref.problems, alternatives(t, others)...)
			return ref
		}
		if t := c.describedBy(from, desc); t != nil && genericObject(tc.expr) {
			// "vpc_health_config | 字典数据类型 | 健康检查详情。" beside the
			// table "健康检查详情": the description is the table's caption
			ref.target, ref.linkText = t, field
			return ref
		}
	}
	for ci, cell := range []docparse.Cell{typ, name, desc} {
		if link := c.otherPageLink(cell); link != nil && (tc.expr != nil || tc.none) {
			// a struct documented on another page and nowhere on this one
			// ("func_vpc | func_vpc | 请参考<a href="other.md#t6">表6</a>")
			ref.elsewhere, ref.linkText = link.Href, link.Text
			if line := cell.Line(); ci == 2 && link.Text != "" {
				// "请参见<a href="创建批处理作业.md">创建批处理作业</a>中的表6"
				if i := strings.Index(line, link.Text); i >= 0 {
					if m := tableOnPage.FindStringSubmatch(line[i+len(link.Text):]); m != nil {
						ref.elsewhereTable = m[1]
					}
				}
			}
			break
		}
	}
	return ref
}

// describedBy is the one parameter table after from whose caption is the
// whole of a description ("健康检查详情。"); nil for any other description.
func (c *pageCtx) describedBy(from *docparse.Table, desc docparse.Cell) *docparse.Table {
	key := refKey(strings.TrimRight(strings.TrimSpace(desc.Line()), "。.；;"))
	if utf8.RuneCountInString(key) < 2 {
		return nil
	}
	var found *docparse.Table
	for _, t := range c.idx.names[key] { // parameter tables by caption
		if t != from && !c.idx.leads[t] && c.idx.order[t] > c.idx.order[from] && refKey(t.Caption) == key {
			if found != nil {
				return nil
			}
			found = t
		}
	}
	return found
}

// linksTo counts the links of a cell to table t (0 or 1).
func linksTo(cell docparse.Cell, c *pageCtx, t *docparse.Table) int {
	for _, l := range cell.Links {
		if a, ok := strings.CutPrefix(l.Href, "#"); ok && c.tableAt(a) == t {
			return 1
		}
	}
	return 0
}

// alternatives reports the other tables a name could mean.
func alternatives(t *docparse.Table, others []*docparse.Table) []refProblem {
	if len(others) == 0 {
		return nil
	}
	labels := make([]string, len(others))
	for i, u := range others {
		labels[i] = tableLabel(u)
	}
	return []refProblem{{diag.AmbiguousRef, "several tables are captioned with its name (" + tableLabel(t) + ", " +
		strings.Join(labels, ", ") + "): typed from the first"}}
}

// descRefs are the tables a description refers to, in order: links to
// tables on the page, then "see Table N".
func (c *pageCtx) descRefs(from *docparse.Table, desc docparse.Cell) ([]*docparse.Table, []string) {
	var out []*docparse.Table
	var said []string
	add := func(t *docparse.Table, label string) {
		if t == nil || t == from || !c.idx.params[t] {
			return
		}
		for _, u := range out {
			if u == t {
				return
			}
		}
		out, said = append(out, t), append(said, label)
	}
	// "表6" as the text of a link is the link's table (on another page
	// when the link goes there)
	inLink := map[string]bool{}
	elsewhere := map[string]bool{} // a link's number, to another page
	for i := range desc.Links {
		l := &desc.Links[i]
		if m := tableNumberAt.FindStringSubmatch(l.Text); m != nil {
			inLink[m[1]] = true
			elsewhere[m[1]] = !strings.HasPrefix(l.Href, "#")
		}
		if a, ok := strings.CutPrefix(l.Href, "#"); ok {
			add(c.tableAt(a), "“"+l.Text+"”")
		}
	}
	for _, r := range tableRefsAt(desc.Line()) {
		t := c.idx.numbered[r.num]
		if u, caption := c.captionAfter(r.after); u != nil && u != t && (!inLink[r.num] || elsewhere[r.num]) {
			// "详情请参见表2 flavors数据结构说明" where table 2 is another:
			// the caption says which table is meant; so it does when the
			// number links to another page's table that this page
			// documents too ("<a href="other.md#t">表13 notebook字段数据结构说明</a>")
			add(u, "“"+caption+"”")
			continue
		}
		if !inLink[r.num] && t != nil && !c.idx.leads[t] {
			add(t, "table "+r.num)
		}
	}
	return out, said
}

// captionAfter finds the parameter table whose caption the text after a
// table's number is, up to the sentence's end and a word or two
// ("flavors数据结构说明。", "notebook字段数据结构说明所示").
func (c *pageCtx) captionAfter(after string) (*docparse.Table, string) {
	if i := strings.IndexAny(after, "。，,;；（(）)"); i >= 0 {
		after = after[:i]
	}
	key := refKey(after)
	if key == "" || len(key) > 120 {
		return nil, ""
	}
	var found *docparse.Table
	for _, t := range c.idx.tables {
		k := refKey(t.Caption)
		if !c.idx.params[t] || utf8.RuneCountInString(k) < 3 || !strings.HasPrefix(key, k) || utf8.RuneCountInString(key[len(k):]) > 2 {
			continue
		}
		if found != nil && refKey(found.Caption) != k {
			return nil, "" // two captions: no telling
		}
		if found == nil {
			found = t
		}
	}
	if found == nil {
		return nil, ""
	}
	return found, found.Caption
}

// scalarTable is the table a scalar row's description links to when that
// table documents the row's own fields: it is introduced with the field's
// name ("func_code | String | 请参考<a href="#t4">表4</a>" and "**表 4**
// func_code参数说明"). The table says more than the type word.
func (c *pageCtx) scalarTable(from *docparse.Table, field string, desc docparse.Cell) *docparse.Table {
	for i := range desc.Links {
		a, ok := strings.CutPrefix(desc.Links[i].Href, "#")
		if !ok {
			continue
		}
		t := c.tableAt(a)
		if t == nil || t == from || !c.idx.params[t] || c.idx.leads[t] {
			continue
		}
		if c.idx.captionNames(t, field) {
			return t
		}
	}
	return nil
}

// slipTable is, for a scalar row whose description refers to tables by
// numbers none of which is another table of the page, the table it meant
// (numberSlip), the number it gave and why.
func (c *pageCtx) slipTable(from *docparse.Table, field string, desc docparse.Cell) (*docparse.Table, string, string) {
	refs := tableRefs(desc.Line())
	if len(refs) == 0 {
		return nil, "", ""
	}
	for _, n := range refs {
		if t := c.idx.numbered[n]; t != nil && t != from {
			return nil, "", ""
		}
	}
	t, why := c.numberSlip(from, field, c.idx.numbered[refs[0]], nil, desc)
	return t, refs[0], why
}

// scalarOrList reports whether a type is a scalar or a list of scalars: a
// type cell that a table of fields may correct.
func scalarOrList(e *typeExpr) bool {
	if e.Type == "array" && e.Items != nil {
		e = e.Items
	}
	return e.Type != "array" && e.Type != "object" && e.Values == nil
}

// exampleHasString reports whether an example on the page gives field a
// string value or a list of strings ("model_metric_list": "{\"metric\": …}"):
// a field whose type cell says String then is a string, whatever table
// describes its content.
func (c *pageCtx) exampleHasString(field string) bool {
	_, ok := c.exampleStrings()[field]
	return ok
}

// exampleStrings are the string values the page's examples give each
// member, by member name (escapedValue for one with escapes).
func (c *pageCtx) exampleStrings() map[string][]string {
	if c.idx.stringFields == nil {
		c.idx.stringFields = map[string][]string{}
		for i := range c.page.Blocks {
			if b := &c.page.Blocks[i]; b.Kind == docparse.Code {
				for _, m := range stringMember.FindAllStringSubmatchIndex(b.Text, -1) {
					name := b.Text[m[2]:m[3]]
					v := escapedValue // a value with escapes: JSON in a string, or text
					if m[4] >= 0 {
						v = b.Text[m[4]:m[5]]
					}
					if vs := c.idx.stringFields[name]; !slices.Contains(vs, v) {
						c.idx.stringFields[name] = append(vs, v)
					}
				}
			}
		}
	}
	return c.idx.stringFields
}

// exampleHasObject reports whether an example on the page gives field an
// object or a list of objects.
func (c *pageCtx) exampleHasObject(field string) bool {
	if c.idx.objectFields == nil {
		c.idx.objectFields = map[string]bool{}
		for i := range c.page.Blocks {
			if b := &c.page.Blocks[i]; b.Kind == docparse.Code {
				objectMembers(b.Text, c.idx.objectFields)
			}
		}
	}
	return c.idx.objectFields[field]
}

// objectMembers adds to names the members that text gives an object, or
// a list of objects: each "name" before ':', and '{' or '[' then '{'.
func objectMembers(text string, names map[string]bool) {
	for i := 0; i < len(text); i++ {
		if text[i] != '{' {
			continue
		}
		j := skipSpaceBack(text, i)
		if j > 0 && text[j-1] == '[' {
			j = skipSpaceBack(text, j-1)
		}
		if j == 0 || text[j-1] != ':' {
			continue
		}
		j = skipSpaceBack(text, j-1)
		if j == 0 || text[j-1] != '"' {
			continue
		}
		if k := strings.LastIndexByte(text[:j-1], '"'); k >= 0 && k+1 < j-1 {
			names[text[k+1:j-1]] = true
		}
	}
}

// skipSpaceBack is the index after the last byte before i that is no
// white space.
func skipSpaceBack(text string, i int) int {
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t' || text[i-1] == '\n' || text[i-1] == '\r') {
		i--
	}
	return i
}

// escapedValue stands for a string value with escapes, which no list of
// values has.
const escapedValue = "\\…"

// stringMember: a JSON member with a string value, "name": "…", or a list
// of them, "name": ["…"; the value when it has no escape.
var stringMember = regexp.MustCompile(`"([^"\\]+)"\s*:\s*(?:\[\s*)?"(?:([^"\\]*)")?`)

// singularKey is an English plural name key's singular: "tags" → "tag",
// "agencies" → "agency".
func singularKey(k string) string {
	switch {
	case strings.HasSuffix(k, "ies") && len(k) > 4:
		return k[:len(k)-3] + "y"
	case strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss") && len(k) > 2:
		return k[:len(k)-1]
	}
	return k
}

// sameName compares name keys, plurals aside.
func sameName(a, b string) bool {
	return singularKey(a) == singularKey(b)
}

// related reports whether two name keys name the same thing in short and
// long forms: one contains the other, plurals aside ("error" and
// "errordetail", "tags" and "resourcetag").
func related(a, b string) bool {
	a, b = singularKey(a), singularKey(b)
	return a != "" && b != "" && (strings.Contains(a, b) || strings.Contains(b, a))
}

// genericObject reports whether a type is an object without a name, or an
// array or map of them: the table it refers to is found by other means.
func genericObject(te *typeExpr) bool {
	for te != nil {
		switch {
		case te.Type == "array" && te.Items == nil:
			return true
		case te.Type == "array":
			te = te.Items
		case te.Values != nil:
			te = te.Values
		default:
			return te.Type == "object" && te.Object == ""
		}
	}
	return false
}

// describeType is a type in words for messages.
func describeType(te *typeExpr) string {
	switch {
	case te == nil || te.Type == "":
		return "any value"
	case te.Type == "array" && te.Items != nil && te.Items.Type != "" && te.Items.Type != "array" && te.Items.Object == "" && te.Items.Values == nil:
		return "an array of " + te.Items.Type + "s"
	case te.Type == "array" && te.Items != nil && te.Items.Values != nil:
		return "an array of maps"
	case te.Type == "array":
		return "an array"
	case te.Values != nil:
		return "a map"
	case te.Object != "":
		return te.Object
	}
	return te.Type
}

// tableAt is the table an anchor names: the table's own, or the table after
// a line of text with the anchor.
func (c *pageCtx) tableAt(anchor string) *docparse.Table {
	if t := c.idx.anchors[anchor]; t != nil {
		return t
	}
	return c.idx.textAnchors[anchor]
}

// byFieldName finds the table captioned with a field's name or its dotted
// path from the body ("instance_config字段数据结构说明", "mappings.rules.local"),
// or with the struct name obj; never a body table. Others are the other
// tables that a caption names only in part ("real-time config结构" and
// "batch config结构" for "config"): alternatives.
func (c *pageCtx) byFieldName(from *docparse.Table, field, obj string) (t *docparse.Table, others []*docparse.Table) {
	f := refKey(field)
	keys := []string{refKey(joinPath(c.idx.paths[from], field)), f}
	if obj != "" {
		keys = append(keys, refKey(obj))
	}
	if s := singularKey(f); s != f {
		keys = append(keys, s) // "tags" documented as "tag字段说明"
	} else {
		keys = append(keys, f+"s")
	}
	for _, k := range keys {
		if t := c.nearest(from, c.idx.names[k]); t != nil {
			return t, nil
		}
	}
	for _, k := range keys {
		if t := c.nearest(from, c.idx.tails[k]); t != nil {
			var others []*docparse.Table
			for _, u := range c.idx.tails[k] {
				if u != t && u != from && !c.idx.leads[u] {
					others = append(others, u)
				}
			}
			return t, others
		}
	}
	return nil, nil
}

// nearest is the first of ts after from (pages repeat a struct's table
// under every status code), else the first; never from or a body table.
func (c *pageCtx) nearest(from *docparse.Table, ts []*docparse.Table) *docparse.Table {
	var first *docparse.Table
	at := c.idx.order[from]
	for _, t := range ts {
		if t == from || c.idx.leads[t] {
			continue
		}
		if c.idx.order[t] > at {
			return t
		}
		if first == nil {
			first = t
		}
	}
	return first
}

// resolveAdjacent gives an object row without a table (a generic object,
// or a struct name no caption gives) the struct table right after its
// table, when no row refers to that table and the table's caption (if any)
// fits the field's name ("error" → "ErrorDetail"), or, without a caption,
// the row is the only one of its table left: the link the page forgot.
// Else a sentence of the text that names the field with a table gives it
// (textNames); else a row takes its fallback, a table before its own
// captioned with its name, unless that table contains the row.
func (c *pageCtx) resolveAdjacent(pending []rowKey) {
	count := map[*docparse.Table]int{}
	for _, k := range pending {
		count[k.t]++
	}
	for _, k := range pending {
		ref := c.idx.refs[k]
		field := cleanName(c.rowName(k))
		if next := c.nextTable(k.t); next != nil {
			n := refKey(c.idx.labelWord(next))
			if n != "" && related(n, refKey(field)) || n == "" && count[k.t] == 1 && ref.fallback == nil && !c.repeats(next, k.t) {
				ref.target, ref.linkText, ref.fallback = next, field, nil
				ref.problems = append(ref.problems, refProblem{diag.UnlinkedTable,
					"no reference to its table: typed from the table after it, " + tableLabel(next)})
				c.setRef(k, ref)
				continue
			}
		}
		if t := c.textNames(k.t, field); t != nil {
			// "Hourly或者Monthly的参数说明见表3。" in the text around
			ref.target, ref.linkText, ref.fallback = t, field, nil
			ref.problems = append(ref.problems, refProblem{diag.UnlinkedTable,
				"no reference in its row: the text names it with " + tableLabel(t) + ": typed from that table"})
			c.setRef(k, ref)
			continue
		}
		if ref.fallback != nil {
			if c.contains(ref.fallback, k.t) {
				// "spec | Object" inside the table of "spec": the table of
				// that name holds the row, so it cannot be the row's type
				ref.problems = append(ref.problems, refProblem{diag.UnresolvedType,
					"no table documents it: " + tableLabel(ref.fallback) + ", captioned with its name, contains it; typed as a free-form object"})
				ref.fallback = nil
			} else {
				ref.target, ref.fallback = ref.fallback, nil
			}
			c.setRef(k, ref)
		}
	}
}

// textNames is the table that a sentence of the page's text refers to
// after naming field ("Hourly或者Monthly的参数说明见[表3](#t3)。", "The
// parameters of quota are described in Table 4."), when there is one: a
// parameter table other than from, no body's.
func (c *pageCtx) textNames(from *docparse.Table, field string) *docparse.Table {
	if !isASCII(field) || len(field) < 2 {
		return nil
	}
	var found *docparse.Table
	for i := range c.page.Blocks {
		b := &c.page.Blocks[i]
		if b.Kind != docparse.Text || !strings.Contains(b.Text, field) {
			continue
		}
		for _, sentence := range textSentence.Split(b.Text, -1) {
			at := wordIndex(sentence, field)
			if at < 0 {
				continue
			}
			rest := sentence[at+len(field):]
			var t *docparse.Table
			if m := markdownLink.FindStringSubmatch(rest); m != nil && strings.HasPrefix(m[2], "#") {
				t = c.tableAt(m[2][1:])
			} else if refs := tableRefsAt(rest); len(refs) > 0 {
				t = c.idx.numbered[refs[0].num]
			}
			if t == nil || t == from || !c.idx.params[t] || c.idx.leads[t] {
				continue
			}
			if found != nil && found != t {
				return nil
			}
			found = t
		}
	}
	return found
}

// textSentence ends a sentence of text.
var textSentence = regexp.MustCompile(`[。；;]|\.\s`)

// wordIndex is where word stands alone in s (not inside a longer
// identifier, nor one joined by hyphens); -1 when it does not.
func wordIndex(s, word string) int {
	for at := 0; ; {
		i := strings.Index(s[at:], word)
		if i < 0 {
			return -1
		}
		i += at
		end := i + len(word)
		if (i == 0 || !joinedWord(s[i-1])) && (end == len(s) || !joinedWord(s[end])) {
			return i
		}
		at = i + 1
	}
}

func joinedWord(b byte) bool { return isIdentByte(b) || b == '-' }

// contains reports whether table u is t or nested in it, through the rows'
// references resolved so far.
func (c *pageCtx) contains(t, u *docparse.Table) bool {
	seen := map[*docparse.Table]bool{}
	var walk func(t *docparse.Table) bool
	walk = func(t *docparse.Table) bool {
		if t == u {
			return true
		}
		if seen[t] {
			return false
		}
		seen[t] = true
		for i := range t.Rows {
			if r := c.idx.refs[rowKey{t, i}]; r.target != nil && walk(r.target) {
				return true
			}
		}
		return false
	}
	return walk(t)
}

// nextTable is the table right after t (with at most a line of text in
// between) when it can be a nested struct: no row refers to it, it is no
// body and its caption gives no role (after the nameless row that stands
// for a body, "字典类型响应参数" is the body's struct).
func (c *pageCtx) nextTable(t *docparse.Table) *docparse.Table {
	next := c.idx.next[t]
	if next == nil || c.idx.targets[next] || c.idx.leads[next] || !c.idx.params[next] || captionRole(c.caption(next)) != roleUnknown && !nameless(t) {
		return nil
	}
	return next
}

// numberSlip is the table a row's description meant when the number it
// gives (table t) is a slip, and why; nil when it is none. The table
// captioned with the field's name is meant when t is another field's
// ("详情请参见表4", table 4 documenting another field), when t is in
// another section and the row's own has a table of t's name after the row
// ("详见表10" from a request row, table 10 the response's table of the
// field), or when the page has no table t or t is the row's own ("For
// details, see Table 6." beside "**session_persistence** parameter
// description"; that table no other section's row refers to).
func (c *pageCtx) numberSlip(from *docparse.Table, field string, t *docparse.Table, e *typeExpr, desc docparse.Cell) (*docparse.Table, string) {
	u, _ := c.byFieldName(from, field, "")
	if u == nil || u == t || u == from {
		return nil, ""
	}
	sec := c.idx.section[from]
	if t == nil || t == from {
		if c.idx.leads[u] || !c.idx.params[u] || !sameName(refKey(c.idx.captionOf(u)), refKey(field)) || c.idx.linked[u] > 0 && c.idx.section[u] != sec {
			return nil, ""
		}
		return u, "the page has no such table or it is the row's own, and " + tableLabel(u) + " is captioned with the field's name"
	}
	w := refKey(c.idx.labelWord(t))
	if w == "" {
		return nil, ""
	}
	switch {
	case !related(w, refKey(field)) && !related(w, refKey(objectName(e))) && c.idx.linked[u] <= linksTo(desc, c, u):
		return u, tableLabel(u) + " is captioned with the field's name"
	case c.idx.section[t] != sec && c.idx.section[u] == sec && c.idx.order[u] > c.idx.order[from] && refKey(c.idx.labelWord(u)) == w:
		return u, "that table is in another section, and " + tableLabel(u) + ", of the same name, is in the row's own"
	}
	return nil, ""
}

// repeats reports whether table t repeats the rows of table u: at least
// two of its row names, and at least half, are u's. Such a table is another
// variant of what u documents (the request when made from a backup, after
// the one made from a server), not the struct of one of u's rows.
func (c *pageCtx) repeats(t, u *docparse.Table) bool {
	var names []string
	for i := range t.Rows {
		names = append(names, cleanName(c.rowName(rowKey{t, i})))
	}
	shared := c.rowsNamed(u, names)
	return shared >= 2 && 2*shared >= len(t.Rows)
}

// rowsNamed counts the names that name a row of table t: how many of an
// example's members, or of another table's rows, t documents.
func (c *pageCtx) rowsNamed(t *docparse.Table, names []string) int {
	rows := make(map[string]bool, len(t.Rows))
	for i := range t.Rows {
		rows[cleanName(c.rowName(rowKey{t, i}))] = true
	}
	n := 0
	for _, name := range names {
		if rows[name] {
			n++
		}
	}
	return n
}

// rowName is the text of a row's name cell.
func (c *pageCtx) rowName(k rowKey) string {
	cell, _ := cellAt(&k.t.Rows[k.i], c.idx.cols[k.t], colName)
	return cell.Line()
}

// byAnchor follows a link to an anchor. A link to a table before the row's
// own, when a table with the same caption follows the row's table, means
// that one: pages repeat a struct under every status code and link each
// copy to the first. A link to no table falls back on the struct's name
// (the link text, or the anchor's "response_X") and the field's name.
func (c *pageCtx) byAnchor(from *docparse.Table, field string, l *docparse.Link) rowRef {
	a := strings.TrimPrefix(l.Href, "#")
	if t := c.tableAt(a); t != nil {
		if t.Caption != "" && c.idx.order[t] <= c.idx.order[from] {
			// a link back (to its own table, "spec" in the table "spec")
			// where a table of that caption follows: the docs gave the
			// anchor once, to the first of them
			if u := c.captionTable(from, t.Caption); u != nil && u != t && c.idx.order[u] > c.idx.order[from] && !c.idx.leads[u] {
				return rowRef{target: u, linkText: l.Text}
			}
		}
		return rowRef{target: t, linkText: l.Text}
	}
	missing := func(t *docparse.Table) rowRef {
		return rowRef{target: t, linkText: l.Text, problems: []refProblem{{diag.MissingAnchor,
			"links to #" + a + ", but no table on the page has that anchor: typed from " + tableLabel(t) + ", which its name gives"}}}
	}
	for _, n := range []string{l.Text, anchorName(a)} {
		if n != "" && isTypeName(n) {
			if t := c.captionTable(from, n); t != nil {
				return missing(t)
			}
		}
	}
	if t, _ := c.byFieldName(from, field, ""); t != nil {
		return missing(t)
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

// otherPageLink is a cell's first link to another page; a link to the page
// itself without an anchor ("修改弹性伸缩组.md" on that page) is none.
func (c *pageCtx) otherPageLink(cell docparse.Cell) *docparse.Link {
	for i := range cell.Links {
		h := cell.Links[i].Href
		if h == "" || strings.HasPrefix(h, "#") || strings.Contains(h, "://") {
			continue
		}
		file, _, _ := strings.Cut(h, "#")
		if path.Base(file) == path.Base(c.page.Path) {
			continue
		}
		return &cell.Links[i]
	}
	return nil
}

// otherPageTableLink is a cell's link to a table of another page by its
// number ("请参考<a href="other.md#table6">表6</a>").
func (c *pageCtx) otherPageTableLink(cell docparse.Cell) *docparse.Link {
	if l := c.otherPageLink(cell); l != nil && strings.Contains(l.Href, "#") && tableNumber.MatchString(docparse.Unescape(l.Text)) {
		return l
	}
	return nil
}

// objectName is the struct an object type (or array or map of them) names.
func objectName(te *typeExpr) string {
	for te != nil && (te.Type == "array" || te.Values != nil) {
		if te.Type == "array" {
			te = te.Items
		} else {
			te = te.Values
		}
	}
	if te == nil {
		return ""
	}
	return te.Object
}

// captionTable finds the table captioned name (or whose caption gives the
// struct name name, in any form: "Pools" finds "pools字段说明") that a
// reference from table from means: the first such table after it (pages
// repeat a struct's table under every status code), else the first on the
// page.
func (c *pageCtx) captionTable(from *docparse.Table, name string) *docparse.Table {
	ts := c.idx.captions[name]
	if len(ts) == 0 {
		ts = c.idx.names[refKey(name)]
	}
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

// captionRef is the caption a "参考X" / "see X" text refers to; "" when s is
// no such reference.
func captionRef(s string) string {
	if m := captionReference.FindStringSubmatch(s); m != nil {
		return strings.TrimSpace(m[1])
	}
	return ""
}

// refKey is the form in which names are compared: lower case, without
// spaces, '_' and '-' ("session_persistence" = "SessionPersistence").
func refKey(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '_', '-', ':', '/', '\u00a0':
			return -1
		}
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, s)
}

// captionWords is a caption without repeated spaces, a closing colon and a
// closing remark in parentheses ("os:scheduler_hints字段数据结构说明（响应参数）").
func captionWords(caption string) string {
	c := strings.TrimSpace(caption)
	if strings.Contains(c, "  ") || strings.ContainsAny(c, "\t\n\u00a0") {
		c = strings.Join(strings.Fields(c), " ")
	}
	c = strings.TrimRight(c, ":：。.")
	if m := footnoteMark.FindStringIndex(c); m != nil {
		c = c[m[1]:] // "[1] tags字段数据结构说明", a footnote's mark
	}
	if !strings.HasSuffix(c, ")") && !strings.HasSuffix(c, "）") {
		return c
	}
	if m := captionRemark.FindStringIndex(c); m != nil && m[0] > 0 {
		c = strings.TrimSpace(c[:m[0]])
	}
	return c
}

// footnoteMark: "[1] " opening a caption, the mark a type cell refers to
// ("List <resource_tag>[1]").
var footnoteMark = regexp.MustCompile(`^\[[0-9]+\]\s*`)

// captionRemark: "（响应参数）" closing a caption.
var captionRemark = regexp.MustCompile(`\s*[（(][^()（）]*[)）]$`)

// captionName is the struct a caption names: "BackupDetail", "version对象",
// "cluster field description", "instance_config字段数据结构说明",
// "Description of the dnat_rule field" → "dnat_rule"; "**Security Group**
// objects" → "SecurityGroup"; "" for role captions and prose.
func captionName(caption string) string {
	return nameOfCaption(captionNameText(caption))
}

// nameOfCaption is the name captionNameText's words give.
func nameOfCaption(c string, explicit bool) string {
	if isTypeName(c) {
		return c
	}
	if explicit {
		if n, ok := structPhraseName(c); ok {
			return n
		}
	}
	return ""
}

// captionNameText is the text of a caption that may name a struct, without
// the words around it ("real-time config" of "real-time config结构");
// explicit when such words said that it is a name.
func captionNameText(caption string) (c string, explicit bool) {
	c = captionWords(caption)
	if c == "" || captionRole(c) != roleUnknown {
		return "", false
	}
	l := strings.ToLower(c)
	if strings.Contains(l, " of ") || strings.Contains(l, " in ") || strings.Contains(l, " for ") || strings.HasPrefix(c, "参数") {
		for _, re := range captionNamePhrases {
			if m := re.FindStringSubmatch(c); m != nil {
				c, explicit = m[1], true
				break
			}
		}
	}
	if !explicit {
		for _, suf := range captionSuffixes {
			if strings.HasSuffix(l, suf) && len(l) > len(suf) {
				c, explicit = c[:len(c)-len(suf)], true
				break
			}
		}
	}
	return strings.TrimSpace(c), explicit
}
