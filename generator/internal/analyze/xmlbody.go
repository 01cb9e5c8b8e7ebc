package analyze

import (
	"regexp"
	"strings"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/internal/docparse"
	"github.com/docspec/docspec/generator/model"
)

// XML bodies of request-syntax pages. The element tables give each
// element's type and description, but their nesting only sometimes (a
// "父节点：" / "Ancestor:" fact, in dotted paths or lists), and never whether
// an element repeats. The samples give both: the XML the syntax block writes
// out and the XML of the examples. The body's schema is the samples' tree,
// merged over every sample, typed by the tables; table rows the samples do
// not show are grafted under the parent they name.
//
// In the schema an element is a property of the same name, so that the
// elements need no xml names: only the root element, which the body's
// schema stands for, carries one (xml.name). An element seen more than once
// under one parent (or followed by "...") is an array of unwrapped
// elements, OpenAPI's default. A container element is a named schema (its
// element name), so that its Go type is named too.

// sampleNode is an element of the samples, merged over every instance.
type sampleNode struct {
	name     string
	parent   *sampleNode
	children []*sampleNode // in the order first seen
	repeated bool          // more than once in one parent instance
	text     bool          // held text
}

// child finds or adds a child; names that differ only in case are one
// element (docs are not consistent, and Go names would collide).
func (n *sampleNode) child(name string) *sampleNode {
	if ch := n.findFold(name); ch != nil {
		return ch
	}
	ch := &sampleNode{name: name, parent: n}
	n.children = append(n.children, ch)
	return ch
}

func (n *sampleNode) find(name string) *sampleNode {
	for _, ch := range n.children {
		if ch.name == name {
			return ch
		}
	}
	return nil
}

// findFold finds a child whatever the case of its name.
func (n *sampleNode) findFold(name string) *sampleNode {
	for _, ch := range n.children {
		if strings.EqualFold(ch.name, name) {
			return ch
		}
	}
	return nil
}

// walk calls fn on n and every node below it, in document order.
func (n *sampleNode) walk(fn func(*sampleNode)) {
	fn(n)
	for _, ch := range n.children {
		ch.walk(fn)
	}
}

var (
	xmlTag     = regexp.MustCompile(`<(/?)([A-Za-z_][A-Za-z0-9_.:-]*)((?:\s[^<>]*?)?)\s*(/?)>`)
	xmlComment = regexp.MustCompile(`(?s)<!--.*?-->`)
)

// readXMLSample merges the elements of an XML text under top (the text's
// root elements become top's children) and reports whether it found one.
// It is tolerant: a closing tag without its opening tag is ignored, an
// unclosed element ends with its parent, and a placeholder ("<Object
// Content>", "<Response Body>": words without "=") is no element.
func readXMLSample(top *sampleNode, text string) bool {
	text = xmlComment.ReplaceAllString(text, "")
	type frame struct {
		node *sampleNode
		seen map[string]int
		last *sampleNode // the child closed last
	}
	stack := []*frame{{node: top, seen: map[string]int{}}}
	found := false
	prevEnd := 0
	for _, m := range xmlTag.FindAllStringSubmatchIndex(text, -1) {
		between := text[prevEnd:m[0]]
		prevEnd = m[1]
		cur := stack[len(stack)-1]
		if cur.last != nil && (strings.Contains(between, "...") || strings.Contains(between, "…")) {
			cur.last.repeated = true // "<Grant>…</Grant> ..." : more of them
		}
		if strings.TrimSpace(between) != "" && len(stack) > 1 {
			cur.node.text = true
		}
		closing := m[3] > m[2]
		name := text[m[4]:m[5]]
		if i := strings.LastIndexByte(name, ':'); i >= 0 {
			name = name[i+1:]
		}
		attrs := strings.TrimSpace(text[m[6]:m[7]])
		selfClosing := m[9] > m[8]
		if attrs != "" && !strings.Contains(attrs, "=") {
			continue // a placeholder
		}
		if closing {
			for d := len(stack) - 1; d >= 1; d-- {
				if stack[d].node.name == name {
					stack[d-1].last = stack[d].node
					stack = stack[:d]
					break
				}
			}
			continue
		}
		found = true
		n := cur.node.child(name)
		cur.seen[name]++
		if cur.seen[name] > 1 {
			n.repeated = true
		}
		if selfClosing {
			cur.last = n
			continue
		}
		stack = append(stack, &frame{node: n, seen: map[string]int{}})
	}
	return found
}

// readJSONSample merges a JSON value's members under n: an array member
// is repeated, its objects merged.
func readJSONSample(n *sampleNode, v *jv) {
	if v == nil || v.kind != 'o' {
		return
	}
	for i, k := range v.keys {
		ch := n.child(k)
		val := v.vals[i]
		switch val.kind {
		case 'o':
			readJSONSample(ch, val)
		case 'a':
			ch.repeated = true
			for _, e := range val.vals {
				if e.kind == 'o' {
					readJSONSample(ch, e)
				} else {
					ch.text = true
				}
			}
		default:
			ch.text = true
		}
	}
}

// elementBody is what a body's schema is built from.
type elementBody struct {
	top    *sampleNode // the samples' roots are its children (JSON: the document is top)
	rows   []elementRow
	json   bool
	pos    diag.Pos // where an unstructured body is reported
	suffix string   // the name suffix of a JSON body's schema
}

// elementSchema builds the body's schema; ok is false when neither the
// samples nor the tables give its structure.
func (c *pageCtx) elementSchema(eb *elementBody) (*model.Schema, bool) {
	b := &elementBuilder{c: c, eb: eb, used: make([]bool, len(eb.rows)), byName: map[string][]int{}}
	for i, r := range eb.rows {
		k := strings.ToLower(r.Name) // a table may write an element's name in another case
		b.byName[k] = append(b.byName[k], i)
	}
	root := eb.top
	if !eb.json {
		root = b.chooseRoot()
		if root == nil {
			return nil, false
		}
	}
	if !eb.json && !b.nested(root) {
		return nil, false
	}
	b.graft(root)
	if len(root.children) == 0 && !eb.json {
		r := b.rowOf(root)
		if r.isObjectRow() || (r == nil && !root.text) {
			return nil, false
		}
		// a root element holding text: "<Location>cn-north-4</Location>"
		s := cloneScalar(nil)
		if r != nil {
			s = cloneScalar(r.Schema)
		}
		s.XMLName = root.name
		return s, true
	}
	var s *model.Schema
	if eb.json {
		s = b.object(root, c.op.ID+eb.suffix)
	} else {
		s = b.object(root, root.name)
		s.XMLName = root.name
	}
	return s, true
}

type elementBuilder struct {
	c      *pageCtx
	eb     *elementBody
	used   []bool
	byName map[string][]int // rows by lower-case name
}

// chooseRoot picks the root element: the samples' first root, else the
// tables' root row (or the parent every row names).
func (b *elementBuilder) chooseRoot() *sampleNode {
	top := b.eb.top
	rootRow := ""
	for _, r := range b.eb.rows {
		if r.Root || (r.Parents == nil && len(r.Children) > 0) {
			rootRow = r.Name
			break
		}
	}
	if len(top.children) > 0 {
		if rootRow != "" {
			if n := top.find(rootRow); n != nil {
				return n
			}
		}
		return top.children[0]
	}
	if rootRow == "" {
		// every row names its parent: the root is the outermost of them
		for _, r := range b.eb.rows {
			for _, p := range r.Parents {
				if len(p) > 0 && len(b.byName[strings.ToLower(p[0])]) == 0 && rootRow == "" {
					rootRow = p[0]
				}
			}
		}
	}
	if rootRow == "" && len(b.eb.rows) > 0 && b.eb.rows[0].isObject() {
		rootRow = b.eb.rows[0].Name // the first row is the container of the others
	}
	if rootRow == "" {
		return nil
	}
	return top.child(rootRow)
}

// nested reports whether the body's nesting is known: a sample shows it,
// a row names its parent or children, or no row but the root is a
// container (a flat body).
func (b *elementBuilder) nested(root *sampleNode) bool {
	if len(root.children) > 0 {
		return true
	}
	for _, r := range b.eb.rows {
		if r.Parents != nil || len(r.Children) > 0 {
			return true
		}
	}
	for _, r := range b.eb.rows {
		if r.isObject() && !strings.EqualFold(r.Name, root.name) {
			return false
		}
	}
	return true
}

// graft places every row under root: a row the samples show types its
// element; a row they do not show goes under the parents it names; a table
// that names no parents at all describes a flat body (every row under the
// root). A row that cannot be placed is reported.
func (b *elementBuilder) graft(root *sampleNode) {
	rows := b.eb.rows
	nesting := len(root.children) > 0
	for _, r := range rows {
		nesting = nesting || r.Parents != nil || len(r.Children) > 0
	}
	// a container naming its children makes it their parent
	childOf := map[string][]string{}
	for _, r := range rows {
		for _, ch := range r.Children {
			childOf[ch] = append(childOf[ch], r.Name)
		}
	}
	placed := make([]bool, len(rows))
	for pass := 0; pass <= len(rows); pass++ {
		changed := false
		for i := range rows {
			if placed[i] {
				continue
			}
			r := &rows[i]
			if !b.eb.json && r.Name == root.name && (r.Root || r.Parents == nil) {
				placed[i] = true
				continue
			}
			if b.shown(root, i) {
				placed[i] = true
				continue
			}
			parents := r.Parents
			if parents == nil {
				for _, p := range childOf[r.Name] {
					parents = append(parents, []string{p})
				}
			}
			if parents == nil {
				// a value that names no parent and no sample shows: the
				// root's (the only element known to exist); a container is
				// placed only when nothing gives any nesting (a flat table)
				if !r.isObject() || !nesting {
					if root.findFold(r.Name) == nil {
						root.child(r.Name)
					}
					placed[i], changed = true, true
				}
				continue
			}
			for _, p := range parents {
				for _, n := range b.nodesAt(root, p) {
					if n.findFold(r.Name) == nil {
						n.child(r.Name)
					}
					placed[i], changed = true, true
				}
			}
		}
		if !changed {
			break
		}
	}
	for i, r := range rows {
		if !placed[i] && !r.Root {
			where := "names no parent element"
			if r.Parents != nil || len(childOf[r.Name]) > 0 {
				where = "names a parent element the body does not have"
			}
			b.c.diags.Report(r.Pos, diag.XMLUnplaced, "table %q, element %q is in no sample of the body and %s: left out", tableLabel(r.table), r.Name, where)
			b.c.drop(r.key.t, r.key.i)
		}
	}
}

// shown reports whether row i's element is in the tree below root where
// the row says it is (or anywhere, when the row does not say, or is the
// only row of its name).
func (b *elementBuilder) shown(root *sampleNode, i int) bool {
	r := &b.eb.rows[i]
	hit := false
	root.walk(func(n *sampleNode) {
		if n == root || !strings.EqualFold(n.name, r.Name) || hit {
			return
		}
		if r.Parents == nil || len(b.byName[strings.ToLower(r.Name)]) == 1 {
			hit = true
			return
		}
		for _, p := range r.Parents {
			if pathMatches(n.parent, p) {
				hit = true
			}
		}
	})
	return hit
}

// nodesAt finds the nodes below (or at) root that a parent path names.
func (b *elementBuilder) nodesAt(root *sampleNode, p []string) []*sampleNode {
	var out []*sampleNode
	root.walk(func(n *sampleNode) {
		if pathMatches(n, p) && (n != b.eb.top) {
			out = append(out, n)
		}
	})
	return out
}

// pathMatches reports whether n is the last element of path p, its parent
// the one before, and so on.
func pathMatches(n *sampleNode, p []string) bool {
	for i := len(p) - 1; i >= 0; i-- {
		if n == nil || n.name != p[i] {
			return false
		}
		n = n.parent
	}
	return true
}

// rowOf finds the table row documenting node n: one whose parents match
// n's, else one that names none, else the only row of that name.
func (b *elementBuilder) rowOf(n *sampleNode) *elementRow {
	idx := b.byName[strings.ToLower(n.name)]
	if len(idx) == 0 {
		return nil
	}
	pick := -1
	for _, i := range idx {
		r := &b.eb.rows[i]
		if n.parent == b.eb.top && r.Root {
			pick = i
			break
		}
		for _, p := range r.Parents {
			if pick < 0 && pathMatches(n.parent, p) {
				pick = i
			}
		}
	}
	if pick < 0 {
		for _, i := range idx {
			if b.eb.rows[i].Parents == nil && pick < 0 {
				pick = i
			}
		}
	}
	if pick < 0 {
		pick = idx[0]
	}
	b.used[pick] = true
	return &b.eb.rows[pick]
}

func (r *elementRow) isObjectRow() bool { return r != nil && r.isObject() }

// object is the schema of an element with children.
func (b *elementBuilder) object(n *sampleNode, name string) *model.Schema {
	s := &model.Schema{Name: name, Type: "object"}
	if r := b.rowOf(n); r != nil {
		s.Description, s.Pos, s.Origin = r.Desc, r.Pos, tableLabel(r.table)
	} else {
		s.Pos = b.eb.pos
	}
	for _, ch := range n.children {
		r := b.rowOf(ch)
		var cs *model.Schema
		switch {
		case len(ch.children) > 0:
			cname := ch.name
			if b.eb.json {
				cname = b.c.op.ID + exportName(ch.name)
			}
			cs = b.object(ch, cname)
		case r != nil && r.Schema != nil:
			cs = cloneScalar(r.Schema)
		default:
			cs = &model.Schema{Type: "string"}
		}
		if (ch.repeated || b.repeats(n, ch, r)) && cs.Type != "array" {
			cs = &model.Schema{Type: "array", Items: cs, Description: cs.Description}
			if cs.Items.Name == "" {
				cs.Items.Description = ""
			}
		}
		f := &model.Field{Name: ch.name, Schema: cs, Pos: s.Pos}
		if r != nil {
			f.Pos = r.Pos
			f.Required = b.required(r, n)
		}
		s.Fields = append(s.Fields, f)
	}
	return s
}

// repeats reports whether the tables say that element ch (documented by
// row r) may occur several times in its parent n: r's description says so of
// its own element, or n's row says so of ch.
func (b *elementBuilder) repeats(n, ch *sampleNode, r *elementRow) bool {
	says := func(desc, self string, children *sampleNode) string {
		for _, m := range repeatPhrase.FindAllStringSubmatchIndex(desc, -1) {
			if names := nameList(desc[m[3]:]); len(names) > 0 && children != nil && children.findFold(names[0]) != nil {
				return names[0]
			}
			return self
		}
		return ""
	}
	if r != nil && says(r.Desc, ch.name, ch) == ch.name {
		return true
	}
	if pr := b.peekRow(n); pr != nil {
		if says(pr.Desc, n.name, n) == ch.name {
			return true
		}
		for _, m := range pr.Many {
			if m == ch.name {
				return true
			}
		}
	}
	return false
}

// peekRow is rowOf without marking the row used.
func (b *elementBuilder) peekRow(n *sampleNode) *elementRow {
	if n == b.eb.top {
		return nil
	}
	used := append([]bool(nil), b.used...)
	r := b.rowOf(n)
	b.used = used
	return r
}

// cloneScalar copies a row's schema for one use (a row may type the
// element under several parents).
func cloneScalar(s *model.Schema) *model.Schema {
	if s == nil {
		return &model.Schema{Type: "string"}
	}
	c := *s
	if s.Items != nil {
		it := *s.Items
		c.Items = &it
	}
	return &c
}

// required: a row required by its table is required, unless the body is
// described by several tables (alternative forms of one body) and another
// of them documents the parent without this element.
func (b *elementBuilder) required(r *elementRow, parent *sampleNode) bool {
	if !r.Required {
		return false
	}
	for _, other := range b.tables() {
		if other == r.table {
			continue
		}
		mentions, has := false, false
		for _, o := range b.eb.rows {
			if o.table != other {
				continue
			}
			if o.Name == parent.name {
				mentions = true
			}
			for _, p := range o.Parents {
				if len(p) > 0 && p[len(p)-1] == parent.name {
					mentions = true
					if o.Name == r.Name {
						has = true
					}
				}
			}
		}
		if mentions && !has {
			return false
		}
	}
	return true
}

// tables are the tables the rows come from, in order.
func (b *elementBuilder) tables() []*docparse.Table {
	var out []*docparse.Table
	for _, r := range b.eb.rows {
		if len(out) == 0 || out[len(out)-1] != r.table {
			out = append(out, r.table)
		}
	}
	return out
}
