package analyze

import (
	"errors"
	"io/fs"
	"net/url"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/internal/docparse"
	"github.com/docspec/docspec/generator/model"
)

// A row may type its field with a link to a table on another page of the
// docs: `<a href="creating-a-cluster.md#table669019286188">metadata</a>
// object`, `Array of <a href="创建弹性伸缩组-0.md#table3899">networks</a>
// objects`, a description saying "see <a href="data-structures.md#t69">Table
// 3</a>", or a scalar type cell whose description links to the table of the
// field's own struct ("func_vpc | *String | 请参考<a href="other.md#t6">表6</a>",
// and on that page "func_vpc参数说明"; settleScalar). Pages are analyzed one
// at a time, so such a field is first a placeholder, a free-form object,
// with an External saying where its table is. Once every page is analyzed,
// ResolveExternal reads the linked tables in the context of their own page
// (their nested tables, anchors and captions, and the links they hold to
// further pages) and fills the placeholders in, before Merge: a page that
// links another depends on the linked table, and on nothing else of that
// page.

// External is a field whose struct a table on another page documents.
type External struct {
	// Page is the linked page, slash-separated and relative to the docs root
	// (as PageResult.Path); "" when the link leaves the docs root.
	Page string
	// Anchor is the link's anchor; "" when the link names the page only
	// (the link's text then names the table's caption).
	Anchor string
	Href   string // the link as written
	Text   string // the link's text
	Object string // the struct name the type cell gives; "" for a generic object
	Field  string // the field's name; "" for a body
	// Number is the table's number on that page, when the description
	// gives it after the link ("中的表6").
	Number string
	// Implied: the type cell gave no object (a bare "Array"); the link
	// may name where a value comes from (a query of the ids) rather than
	// a struct.
	Implied bool
	// Request: the body is the request's (else a response's).
	Request bool
	// Scalar is the schema the field's type cell gives (with the facets of
	// its description) when only its description links to the table, and
	// ScalarType that type: the field keeps it, quietly, unless the table's
	// caption names the field (settleScalar).
	Scalar     *model.Schema
	ScalarType *typeExpr
	// Keys: the members a response body's first example gives, which tell
	// the linked page's response table from its request table should the
	// link name the wrong one (responseSlip).
	Keys []string
	Pos  diag.Pos
	// Schema is the field's placeholder: a free-form object, filled in with
	// the linked table's struct when it is read.
	Schema *model.Schema

	queued  bool // on ResolveExternal's list
	settled bool // resolved, or reported as unresolved
	// unresolved: reported; the placeholder stays a free-form object that
	// the page's examples may give members to.
	unresolved bool
	// kept: the field kept the scalar its type cell gives (settleScalar).
	kept bool
}

// external makes the placeholder of a field whose struct is documented on
// the page ref.elsewhere links to.
func (c *pageCtx) external(ref rowRef, te *typeExpr, pos diag.Pos, field string) *model.Schema {
	s := &model.Schema{Type: "object", Description: te.Object}
	file, anchor, _ := strings.Cut(ref.elsewhere, "#")
	if u, err := url.PathUnescape(file); err == nil {
		file = u
	}
	x := &External{Anchor: anchor, Href: ref.elsewhere, Text: ref.linkText, Object: te.Object, Field: field, Pos: pos, Schema: s,
		Number: ref.elsewhereTable, Implied: te.implied}
	if p := path.Join(path.Dir(c.page.Path), file); !path.IsAbs(file) && p != ".." && !strings.HasPrefix(p, "../") {
		x.Page = p
	}
	c.externals = append(c.externals, x)
	return s
}

// what names the reference in a report: the field, or the body a
// response section links to.
func (e *External) what() string {
	switch {
	case e.Field == "" && e.Request:
		return "the request body"
	case e.Field == "":
		return "the response body"
	}
	return strconv.Quote(e.Field)
}

// Loader reads the page at a path relative to the docs root (as
// PageResult.Path). An error wrapping fs.ErrNotExist means that the docs
// have no such page.
type Loader func(path string) (*docparse.Page, error)

// Resolution is what ResolveExternal did.
type Resolution struct {
	// Diags are the references that could not be read (at the linking row)
	// and the problems of the tables read (on their page).
	Diags diag.List
	// Rows are the rows of the tables read on pages that document no
	// operation, by fate; an operation page's rows are counted by its own
	// analysis (PageResult.Rows), once.
	Rows model.TableRows
	// Resolved and Unresolved count the results' external references (not
	// those of the tables read) by outcome; Pages counts the pages read.
	Resolved, Unresolved, Pages int
}

// ResolveExternal reads the tables that the results' external references
// link to and fills their placeholders in, following the links those
// tables hold in turn (each page is read once, each table once: a cycle of
// links is a cycle of schemas). A reference that cannot be read stays a
// free-form object, reported at its row. Only linked pages are read.
func ResolveExternal(results []*PageResult, load Loader) Resolution {
	rs := append([]*PageResult(nil), results...)
	sort.Slice(rs, func(i, j int) bool { return rs[i].Path < rs[j].Path })
	x := &xrefs{load: load, pages: map[string]*refPage{}}
	for _, r := range rs {
		for _, e := range r.External {
			if !e.settled {
				e.queued = true
				x.queue = append(x.queue, e)
			}
		}
	}
	first := len(x.queue)
	var out Resolution
	for i := 0; i < len(x.queue); i++ {
		ok := x.settle(x.queue[i])
		switch {
		case i >= first:
		case ok:
			out.Resolved++
		default:
			out.Unresolved++
		}
	}
	out.Diags = x.diags
	paths := make([]string, 0, len(x.pages))
	for p, rp := range x.pages {
		if rp.c != nil {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	out.Pages = len(paths)
	for _, p := range paths {
		rp := x.pages[p]
		out.Diags.Append(rp.c.diags[rp.mark:])
		if !rp.op {
			out.Rows.Add(rp.countRows(&out.Diags))
		}
	}
	// The examples were checked against the placeholders: check them again
	// against what the linked tables say.
	for _, r := range rs {
		if r.Operation != nil && slices.ContainsFunc(r.External, func(e *External) bool { return !e.kept }) {
			out.Diags.Append(recheckLinkedExamples(r))
		}
	}
	out.Diags.Sort()
	return out
}

// recheckLinkedExamples checks once more the examples of a page whose fields
// were typed from other pages, after letting them correct those tables'
// types as the page's own (recheckLinked); an example that now
// disagrees with its body is moved among the invalid ones, with a
// diagnostic at its first line. Examples that disagreed before keep their
// problems.
func recheckLinkedExamples(r *PageResult) diag.List {
	c := &pageCtx{page: &docparse.Page{Path: r.Path}, externals: r.External}
	c.recheckLinked(r.Operation)
	return c.diags
}

// xrefs is the state of ResolveExternal.
type xrefs struct {
	load  Loader
	pages map[string]*refPage // by path, read or not
	queue []*External
	diags diag.List
}

// refPage is a linked page, analyzed as on its own, whose tables are read
// on demand.
type refPage struct {
	err error
	c   *pageCtx
	op  bool // the page documents an operation
	// own: the tables the page's own analysis read; they keep the names it
	// gave them.
	own map[*docparse.Table]bool
	// mark: c's diagnostics before it are the page's own analysis's (already
	// reported with the page, or quiet on a page without an operation).
	mark int
	// copies: a table read for several links that name it differently.
	copies map[namedTable]*model.Schema
	// ph: the placeholders of c's externals; indexed: how many are in ph.
	ph      map[*model.Schema]*External
	indexed int
	walked  map[*model.Schema]bool
}

type namedTable struct {
	t    *docparse.Table
	name string
}

// settle reads e's table and fills its placeholder in, or reports why it
// cannot; it reports whether e was resolved.
func (x *xrefs) settle(e *External) bool {
	e.settled = true
	if e.Scalar != nil {
		return x.settleScalar(e)
	}
	fail := func(code diag.Code, format string, args ...any) bool {
		e.unresolved = true
		x.diags.Report(e.Pos, code, "%s: "+format+": typed as a free-form object", append([]any{e.what()}, args...)...)
		return false
	}
	if e.Page == "" {
		return fail(diag.UnresolvedType, "its table is on a page outside the docs folders (%s)", e.Href)
	}
	if !strings.EqualFold(path.Ext(e.Page), ".md") {
		return fail(diag.UnresolvedType, "its table is documented by %s, which is not a page of the docs", e.Href)
	}
	rp := x.page(e.Page)
	switch {
	case errors.Is(rp.err, fs.ErrNotExist):
		return fail(diag.UnresolvedType, "its table is on another page (%s), which is not in the docs folders", e.Href)
	case rp.err != nil:
		return fail(diag.UnresolvedType, "its table is on another page (%s), which cannot be read", e.Href)
	}
	t := rp.table(e)
	if t == nil && e.Anchor != "" {
		// "[表162](数据结构-0.md#table65611161418)", an anchor the page lost:
		// the table its text numbers
		if m := tableNumber.FindStringSubmatch(docparse.Unescape(e.Text)); m != nil {
			if u := rp.c.idx.numbered[m[1]]; u != nil && rp.c.idx.params[u] {
				x.diags.Report(e.Pos, diag.MissingAnchor, "%s: links to %s, but no table on that page has the anchor %q: typed from its table %s, which the link's text names (%s)",
					e.what(), e.Href, e.Anchor, m[1], tableLabel(u))
				t = u
			}
		}
	}
	switch {
	case t == nil && e.Anchor != "":
		return fail(diag.MissingAnchor, "links to %s, but no table on that page has the anchor %q", e.Href, e.Anchor)
	case t == nil:
		return fail(diag.UnresolvedType, "links to %s, but no table on that page is captioned %q", e.Href, e.caption())
	case !rp.c.idx.params[t]:
		return fail(diag.UnresolvedType, "links to %s, table %q, which has no parameter-name column", e.Href, tableLabel(t))
	}
	if u := rp.responseSlip(t, e); u != nil {
		x.diags.Report(e.Pos, diag.AmbiguousRef, "%s: links to %s, the request's body on that page (table %q, line %d); the example's members are those of its response's body (table %q, line %d): typed from it",
			e.what(), e.Href, tableLabel(t), t.Pos.Line, tableLabel(u), u.Pos.Line)
		t = u
	}
	s := rp.schema(t, e)
	desc, name := e.Schema.Description, e.Schema.Name
	*e.Schema = *s
	if s.Name == "" && s.Description == "" {
		e.Schema.Description = desc // an array table's items: the field's description stays
	}
	if s.Name == "" && s.Type == "object" {
		e.Schema.Name = name // a body: named after its operation
	}
	x.follow(rp, s)
	return true
}

// settleScalar settles a field that its type cell gives a scalar and its
// description a link to another page's table: typed from the table when
// the table's caption names the field (the table of its fields), else the
// scalar it was written as, without a word (the link may be to a table of
// values, or a page that is not there).
func (x *xrefs) settleScalar(e *External) bool {
	keep := func() bool {
		e.kept = true
		desc, nullable := e.Schema.Description, e.Schema.Nullable // what the page said of the field
		*e.Schema = *e.Scalar
		if e.Schema.Description == "" {
			e.Schema.Description = desc
		}
		e.Schema.Nullable = e.Schema.Nullable || nullable
		return true
	}
	if e.Page == "" || !strings.EqualFold(path.Ext(e.Page), ".md") {
		return keep()
	}
	rp := x.page(e.Page)
	if rp.err != nil {
		return keep()
	}
	t := rp.c.tableAt(e.Anchor)
	if t == nil || !rp.c.idx.params[t] || !rp.c.idx.captionNames(t, e.Field) {
		return keep()
	}
	x.diags.Report(e.Pos, diag.TypeOverridden, "%s: the type cell says %s, but the description links to the table of its fields on %s, %s: typed from the table",
		e.what(), describeType(e.ScalarType), e.Page, tableLabel(t))
	s := rp.schema(t, e)
	*e.Schema = *s
	x.follow(rp, s)
	return true
}

// page reads and analyzes a linked page, once.
func (x *xrefs) page(p string) *refPage {
	if rp := x.pages[p]; rp != nil {
		return rp
	}
	rp := &refPage{}
	x.pages[p] = rp
	pg, err := x.load(p)
	if err != nil || pg == nil {
		rp.err = err
		if err == nil {
			rp.err = fs.ErrNotExist
		}
		return rp
	}
	c := newPageCtx(pg)
	c.run()
	rp.c, rp.op = c, c.op != nil
	rp.own = make(map[*docparse.Table]bool, len(c.schemas))
	for t := range c.schemas {
		rp.own[t] = true
	}
	rp.mark = len(c.diags)
	if c.op == nil {
		// A page without an operation (a page of data structures) is
		// indexed here; its structs are named after their own anchor or
		// caption, else after the field alone (structName with no
		// operation id).
		c.op = &model.Operation{}
		c.indexTables()
	}
	rp.copies = map[namedTable]*model.Schema{}
	rp.ph = map[*model.Schema]*External{}
	rp.walked = map[*model.Schema]bool{}
	return rp
}

// caption is the caption a link without an anchor names.
func (e *External) caption() string {
	if t := strings.TrimSpace(e.Text); t != "" {
		return t
	}
	return e.Object
}

// table is the table a link names: by its anchor, else by the caption its
// text (or the type's struct name) gives. A section may stand for its table:
// pages of data structures give each struct a section ("## publicip字段数据结构说明
// <a name="section1846944811410"></a>"), and links name its anchor or title.
func (rp *refPage) table(e *External) *docparse.Table {
	c := rp.c
	if e.Anchor != "" {
		if t := c.tableAt(e.Anchor); t != nil {
			return t
		}
		return rp.sectionTable(func(h *docparse.Block) bool { return h.Anchor == e.Anchor })
	}
	if e.Number != "" {
		if t := c.idx.numbered[e.Number]; t != nil && c.idx.params[t] {
			return t
		}
	}
	for _, n := range []string{strings.TrimSpace(e.Text), e.Object} {
		if n != "" {
			if t := c.captionTable(nil, n); t != nil {
				return t
			}
		}
	}
	if title := headingKey(e.Text); title != "" {
		if t := rp.sectionTable(func(h *docparse.Block) bool { return headingKey(h.Text) == title }); t != nil {
			return t
		}
		// A body's link that names by its title a page of structures (no
		// operation): the page's first parameter table ("Responses
		// (Task)": the body of every task). A field's link names a table.
		if e.Field == "" && !rp.op && c.title != nil && headingKey(c.title.Text) == title {
			for _, b := range c.page.Blocks {
				if b.Kind == docparse.TableBlock && c.idx.params[b.Table] {
					return b.Table
				}
			}
		}
		// An object field's link that names by its title the page of an
		// operation: the struct of that page's field of the same name, else
		// the object the operation answers with ("详情格式可参见查询密钥信息
		// 接口的响应": its response's one object member, or its body).
		if e.Field != "" && !e.Implied && rp.op && c.title != nil && headingKey(c.title.Text) == title {
			if t := rp.fieldTable(lastField(e.Field)); t != nil {
				return t
			}
			return rp.answerTable()
		}
	}
	return nil
}

// responseSlip is, for a response's body whose link names the request's
// body table of an operation's page ("Response parameters: see [Table
// 2](deleting-a-secret.md#t2)", the DeleteOptions of that page), the
// table of that page's successful response when the response's example
// has more of its members than of the named table's; nil otherwise (a
// create that answers with what it was sent links the request's table
// rightly).
func (rp *refPage) responseSlip(t *docparse.Table, e *External) *docparse.Table {
	c := rp.c
	if e.Field != "" || e.Request || len(e.Keys) == 0 || !rp.op || c.op == nil || c.op.RequestBody == nil || c.schemas[t] != c.op.RequestBody.Schema {
		return nil
	}
	for _, r := range c.op.Responses {
		if !strings.HasPrefix(r.Status, "2") || r.Body == nil || r.Body.Schema == nil {
			continue
		}
		if u := c.bodyTable(r.Body.Schema); u != nil && c.rowsNamed(u, e.Keys) > c.rowsNamed(t, e.Keys) {
			return u
		}
	}
	return nil
}

// bodyTable is the parameter table the page read as body s; nil when none is.
func (c *pageCtx) bodyTable(s *model.Schema) *docparse.Table {
	for _, u := range c.idx.tables {
		if c.schemas[u] == s && c.idx.params[u] {
			return u
		}
	}
	return nil
}

// answerTable is the table of the object the page's operation answers
// with: the table of its first successful response's body, or of the one
// object member of that body when the body only wraps it ({"key_info":
// {…}}, maybe beside an "error" object); nil when no such table is read.
func (rp *refPage) answerTable() *docparse.Table {
	c := rp.c
	if c.op == nil {
		return nil
	}
	r := c.successResponse()
	if r == nil {
		return nil
	}
	u := c.bodyTable(r.Body.Schema)
	if u == nil {
		return nil
	}
	var member *docparse.Table
	for i := range u.Rows {
		k := rowKey{u, i}
		if t := c.idx.refs[k].target; t != nil && t != u && !hasAny(strings.ToLower(c.rowName(k)), failureWords) {
			if member != nil {
				return u
			}
			member = t
		}
	}
	if member != nil && len(u.Rows) <= 2 {
		return member
	}
	return u
}

// fieldTable is the table of the struct of the page's first field named
// name; nil when no such field has one.
func (rp *refPage) fieldTable(name string) *docparse.Table {
	c := rp.c
	for _, t := range c.idx.tables {
		for i := range t.Rows {
			k := rowKey{t, i}
			if r := c.idx.refs[k]; r.target != nil && r.target != t && cleanName(c.rowName(k)) == name {
				return r.target
			}
		}
	}
	return nil
}

// sectionTable is the first parameter table of the first section (not the
// page's title) whose heading is, by match, the one a link names.
func (rp *refPage) sectionTable(match func(h *docparse.Block) bool) *docparse.Table {
	blocks := rp.c.page.Blocks
	for i := range blocks {
		h := &blocks[i]
		if h.Kind != docparse.Heading || h.Level < 2 || !match(h) {
			continue
		}
		for _, b := range blocks[i+1:] {
			if b.Kind == docparse.Heading && b.Level <= h.Level {
				return nil
			}
			if b.Kind == docparse.TableBlock && rp.c.idx.params[b.Table] {
				return b.Table
			}
		}
		return nil
	}
	return nil
}

// headingKey is a heading's (or a link's) text as compared: without bold
// marks, unescaped, white space collapsed, in lower case.
func headingKey(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(docparse.Unescape(strings.ReplaceAll(s, "**", ""))), " "))
}

// schema reads table t for e: a table the page's own analysis read keeps
// the name the page gave it; another is named as the page would name it
// for e's field (structName: the anchor, the type's struct name, the
// caption, the link's text, else the page's operation and the field).
func (rp *refPage) schema(t *docparse.Table, e *External) *model.Schema {
	c := rp.c
	if rp.own[t] {
		return c.schemas[t]
	}
	name := c.structName(t, &typeExpr{Type: "object", Object: e.Object}, rowRef{linkText: e.Text}, e.Field)
	s := c.tableSchema(t, name)
	if s.Name == "" || s.Name == name {
		return s
	}
	// read for another link under another name: the same struct, named as
	// this link's page would name it (so that a page's names do not depend
	// on which other pages link the table)
	k := namedTable{t, name}
	if cp := rp.copies[k]; cp != nil {
		return cp
	}
	cp := *s
	cp.Name = name
	rp.copies[k] = &cp
	return &cp
}

// follow queues the external references of rp that s reaches: the links
// the tables read hold to further pages.
func (x *xrefs) follow(rp *refPage, s *model.Schema) {
	for _, e := range rp.c.externals[rp.indexed:] {
		rp.ph[e.Schema] = e
	}
	rp.indexed = len(rp.c.externals)
	var walk func(s *model.Schema)
	walk = func(s *model.Schema) {
		if s == nil || rp.walked[s] {
			return
		}
		rp.walked[s] = true
		if e := rp.ph[s]; e != nil {
			if !e.queued {
				e.queued = true
				x.queue = append(x.queue, e)
			}
			return
		}
		walk(s.Items)
		walk(s.AdditionalProperties)
		for _, f := range s.Fields {
			walk(f.Schema)
		}
	}
	walk(s)
}

// countRows counts the rows of the tables read on a page without an
// operation, and reports those that no reader took.
func (rp *refPage) countRows(diags *diag.List) model.TableRows {
	c := rp.c
	var n model.TableRows
	for _, t := range c.idx.tables {
		read := false
		for i := range t.Rows {
			read = read || c.fates[rowKey{t, i}] != unread
		}
		if !read {
			continue
		}
		for i := range t.Rows {
			n.Read++
			switch c.fates[rowKey{t, i}] {
			case used:
				n.Used++
			default:
				n.Reported++
				if c.fates[rowKey{t, i}] == unread {
					diags.Report(t.Rows[i].Pos, diag.RowNotRead, "table %q: row %s is not read", tableLabel(t), rowText(t.Rows[i]))
				}
			}
		}
	}
	return n
}

// pendingExternals reports the external references of r that were never
// read (ResolveExternal was not run): they stay free-form objects.
func (r *PageResult) pendingExternals() diag.List {
	var l diag.List
	for _, e := range r.External {
		if !e.settled {
			l.Report(e.Pos, diag.UnresolvedType, "%s: its table is on another page (%s), which was not read: typed as a free-form object", e.what(), e.Href)
		}
	}
	return l
}
