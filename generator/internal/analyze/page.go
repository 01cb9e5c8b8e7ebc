package analyze

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/internal/docparse"
	"github.com/docspec/docspec/generator/model"
)

// PageResult is what one page contributes to the API.
type PageResult struct {
	Path      string
	Operation *model.Operation // nil: the page documents no operation
	Diags     diag.List
	Rows      model.TableRows // the rows of an operation page's tables, by fate
	Naming    *Naming         // how the operation was named (nil without one)
	// External are the fields typed by a table on another page: each is a
	// free-form object until ResolveExternal reads that table.
	External []*External
	// Versions are the operation in other versions of the API that the
	// page documents too: the same operation at another path.
	Versions []Version
	uriQuery []queryItem // the query string of the URI line, as written
	// CommonHeaders are the headers a page of common request headers gives
	// every operation (common.go).
	CommonHeaders []*model.Param
}

// withVersionOf is the operation's path (its placeholders made unique) in
// the version of other, a path of the page's endpoint in another version.
func withVersionOf(opPath, epPath, other string) string {
	segs, es, os := strings.Split(opPath, "/"), strings.Split(epPath, "/"), strings.Split(other, "/")
	for i := range segs {
		if i < len(es) && i < len(os) && es[i] != os[i] {
			segs[i] = os[i]
		}
	}
	return strings.Join(segs, "/")
}

// Version is a page's operation in another version of the API.
type Version struct {
	Path   string
	Naming *Naming
}

// pageCtx is the state of analyzing one page.
type pageCtx struct {
	page    *docparse.Page
	title   *docparse.Block // the "# Title" heading; nil when the page has none
	secs    []*sectionBlocks
	op      *model.Operation
	ep      endpoint // the operation's method and path
	diags   diag.List
	idx     tableIndex
	schemas map[*docparse.Table]*model.Schema // the schema read from each table
	params  map[paramKey]*model.Param
	depth   int            // object tables being read, nested
	syntax  *requestSyntax // the request as a request-syntax page writes it out (uri_syntax.go)

	fates    map[rowKey]fate         // what became of each table row
	paramRow map[*model.Param]rowKey // the row each parameter was read from
	// paramTables: the tables read as path, query or header parameters
	paramTables map[*docparse.Table]bool
	// uriBody: rows of a POST, PUT or PATCH's URI table that are neither
	// path nor query parameters (uriRowsIn); uriRowsBody places them.
	uriBody []row
	// exampleQuery: the query names of the request example's URL
	// ("GET https://{endpoint}/v2/zones?type=private&limit=10").
	exampleQuery map[string]bool
	rows         model.TableRows
	naming       Naming // how the operation was named

	externals []*External // fields typed by a table on another page (xref.go)
	// spare: body tables after a section's first that no row links to,
	// kept until the examples are read: one may document a member that
	// only an example gives (spareTable); the others are reported then.
	spare []spareTable
	// inferred are the schemas typed from an example (exampleshape.go): a
	// later example of the same place widens them.
	inferred map[*model.Schema]bool
	// fieldExamples: the examples of one field that its description gives
	// (`"catalog": [{"type": "identity", …}]`), read after the page's own
	// (shapeFromFieldExamples).
	fieldExamples []fieldExample
	// byName: the fields typed by a table of another section that only
	// their name gives (rowRef.byName).
	byName map[*model.Field]bool
	// openFilters: the query parameters written as a list whose items
	// their row does not type (filterItems).
	openFilters []*model.Param
	// closedByGuess are the examples read with a bracket closed where the
	// docs left it open: what is inside what is a guess there, so they
	// neither move table rows nor add members (shapeFromExample).
	closedByGuess map[*jv]bool
	// bodyBlocks are the lines of the JSON blocks that no label introduces
	// and that are read as examples by their members (bodyExamples).
	bodyBlocks map[int]bool
	shaped     bool           // an example changed a schema (exampleshape.go)
	common     []*model.Param // a page of common request headers' (common.go)
	session    *Session       // what the pages of the build share; nil for none
}

// facetsOf reads the facets of a field's description cell (readFacets),
// once per session for each text and field: the value is shared, and
// nothing changes it.
func (c *pageCtx) facetsOf(cell docparse.Cell, field string) facets {
	if c.session == nil {
		return readFacets(cell, field)
	}
	var k strings.Builder
	k.WriteString(field)
	for _, p := range cell.Paras {
		switch {
		case p.Cont:
			k.WriteString("\x00c")
		case p.Item:
			k.WriteString("\x00i")
		default:
			k.WriteString("\x00p")
		}
		k.WriteString(p.Text)
		for _, st := range p.Strong {
			k.WriteString("\x01")
			k.WriteString(st)
		}
	}
	key := k.String()
	if f, ok := c.session.facets.Load(key); ok {
		return f.(facets)
	}
	f, _ := c.session.facets.LoadOrStore(key, readFacets(cell, field))
	return f.(facets)
}

// AnalyzePage reads one page's operation, alone (a nil Session).
func AnalyzePage(page *docparse.Page) *PageResult { return (*Session)(nil).AnalyzePage(page) }

// A Session reads the pages of one build: what many pages write alike (the
// description of a field, facets and all, repeated on the pages of a
// folder) it reads once. A nil Session reads every page afresh. Its methods
// may be called from several goroutines.
type Session struct {
	facets sync.Map // facetsOf's key (the field and the cell's paragraphs) → facets
}

// AnalyzePage reads one page's operation in the session.
func (s *Session) AnalyzePage(page *docparse.Page) *PageResult {
	res := &PageResult{Path: page.Path}
	res.Diags.Append(page.Diags)
	c := newPageCtx(page)
	c.session = s
	c.run()
	res.Operation = c.op
	res.Rows = c.rows
	res.uriQuery = c.ep.Query
	res.External = c.externals
	res.CommonHeaders = c.common
	if c.op != nil {
		n := c.naming // a copy: a pointer into c would keep the whole page alive
		res.Naming = &n
		for _, v := range c.ep.Versions {
			path := withVersionOf(c.op.Path, c.ep.Path, v)
			res.Versions = append(res.Versions, Version{Path: path, Naming: c.versionNaming(path)})
		}
	}
	if c.op == nil {
		// Overviews, error-code lists, tutorials: skipped quietly; only
		// problems that may hide an operation (an unreadable page) are kept.
		res.Diags = nil
		for _, d := range page.Diags {
			if d.Severity == diag.Error || d.Cost() >= diag.Page {
				res.Diags = append(res.Diags, d)
			}
		}
	}
	res.Diags.Append(c.diags)
	return res
}

func newPageCtx(page *docparse.Page) *pageCtx {
	return &pageCtx{page: page, schemas: map[*docparse.Table]*model.Schema{}, params: map[paramKey]*model.Param{},
		fates: map[rowKey]fate{}, paramRow: map[*model.Param]rowKey{}, paramTables: map[*docparse.Table]bool{}}
}

func (c *pageCtx) run() {
	title, secs := sections(c.page)
	c.title, c.secs = title, secs
	for i := range c.page.Blocks {
		if t := c.page.Blocks[i].Table; t != nil {
			c.idx.tables = append(c.idx.tables, t)
		}
	}
	ep, ok := c.findEndpoint(secs)
	if !ok {
		c.common = c.commonHeaders()
		c.reportNoURI(secs)
		return
	}
	op := &model.Operation{Method: ep.Method, PathPos: ep.Pos}
	c.op = op
	if title != nil {
		op.Summary = title.Text
		op.Pos = title.Pos
	} else {
		op.Pos = diag.Pos{File: c.page.Path, Line: 1}
	}
	c.ep = ep
	op.Path = c.uniquePlaceholders(ep.Path, ep.Pos)
	op.ID = c.operationID()
	op.Deprecated = deprecatedTitle(op.Summary)
	c.indexTables()
	for _, s := range of(secs, secSummary) {
		op.Description = joinText(s.blocks)
	}
	statusDesc := c.readStatus(secs)
	if c.syntax != nil {
		c.readSyntaxRequest(secs)
	} else {
		c.readParams(secs)
	}
	for _, q := range ep.Query {
		c.addURIQuery(q, ep.Pos)
	}
	c.checkPathParams()
	if c.syntax != nil {
		c.readSyntaxResponse(secs, statusDesc)
	} else {
		c.readResponses(secs, statusDesc)
		c.requestTyped()
		c.filterItems()
	}
	examplesRead := c.syntax == nil || c.jsonBody()
	if examplesRead {
		c.readExamples(secs)
		c.bodyExamples(secs)
		c.shapeFromFieldExamples()
		c.recheckShapedExamples()
	}
	c.unlabelledExamples(secs, examplesRead)
	c.reportSpare()
	sort.SliceStable(op.Responses, func(i, j int) bool { return op.Responses[i].Status < op.Responses[j].Status })
	c.refineName()
	c.rows = c.settle(secs)
}

// uniquePlaceholders renames the second and later uses of a placeholder
// name in a path ("/v2/{project_id}/os-quota-sets/{project_id}": the quota
// set of another project): OpenAPI names each path parameter once.
func (c *pageCtx) uniquePlaceholders(path string, pos diag.Pos) string {
	seen := map[string]int{}
	return placeholder.ReplaceAllStringFunc(path, func(m string) string {
		name := m[1 : len(m)-1]
		seen[name]++
		if seen[name] == 1 {
			return m
		}
		nn := fmt.Sprintf("%s_%d", name, seen[name])
		c.diags.Report(pos, diag.PathRenamed, "placeholder {%s} appears more than once in the path: its next use is named {%s}", name, nn)
		return "{" + nn + "}"
	})
}

// reportNoURI reports a page that has a URI section and tables but no
// method and path, unless a reader already said why.
func (c *pageCtx) reportNoURI(secs []*sectionBlocks) {
	if len(c.idx.tables) == 0 || c.pageLost() {
		return
	}
	for _, s := range of(secs, secURI) {
		if strings.EqualFold(s.title, "uri") {
			c.diags.Report(s.pos, diag.NoURI, "URI section has no \"METHOD /path\" line")
			return
		}
	}
}

// pageLost reports whether a diagnostic already says the page is left out.
func (c *pageCtx) pageLost() bool {
	for _, d := range c.diags {
		if d.Cost() >= diag.Page {
			return true
		}
	}
	return false
}
