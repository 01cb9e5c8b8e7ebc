package analyze

import (
	"fmt"
	"maps"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/internal/docparse"
	"github.com/docspec/docspec/generator/model"
)

// row is one parameter-table row, read through the column map.
type row struct {
	key      rowKey
	Name     string
	Required bool
	Schema   *model.Schema
	Desc     string
	In       string
	Pos      diag.Pos
}

// readParams reads the path, query, header and request body tables.
func (c *pageCtx) readParams(secs []*sectionBlocks) {
	c.exampleQuery = exampleQueryNames(secs)
	for _, s := range secs {
		if s.kind != secURI && s.kind != secRequest {
			continue
		}
		for _, b := range s.blocks {
			if b.Kind != docparse.TableBlock || c.idx.targets[b.Table] {
				continue
			}
			t := b.Table
			if s.kind == secURI {
				if mc, uc := methodTableColumns(t); mc >= 0 && uc >= 0 {
					continue // a method and URI table: read with the URI
				}
			}
			role, mixed := c.roleIn(t, s), false
			if s.kind == secURI {
				role, mixed = c.uriTableRole(t)
			} else if role == rolePath {
				// "可以把name、status作为uri参数，过滤查询结果。" before a
				// table of the request section: the URI's, row by row
				mixed = true
			}
			if role == roleUnknown {
				switch {
				case t.Anchor == "HeaderParameter":
					role = roleHeader
				default:
					role = roleBody
				}
			}
			if s.kind == secRequest && role == roleBody && c.headerRows(t) {
				role = roleHeader // "Request parameters": Content-Type, X-Auth-Token
			}
			if s.kind == secURI && role == roleBody {
				role = roleQuery // "请求参数" in the URI section: the URI's own parameters
			}
			if s.kind == secURI && role != rolePath && role != roleQuery {
				continue // method/URI tables (read with the URI), examples
			}
			switch role {
			case rolePath, roleQuery, roleHeader:
				c.paramTables[t] = true
				if mixed {
					c.uriRowsIn(c.readRows(t))
					continue
				}
				in := map[tableRole]string{rolePath: "path", roleQuery: "query", roleHeader: "header"}[role]
				rows := c.readRows(t)
				if role == roleQuery {
					c.queryValueRows(rows)
				}
				for _, r := range rows {
					if r.In != "" {
						in = r.In
					}
					c.addParam(in, r)
				}
			case roleBody:
				if s.kind == secRequest && c.queryTable(t) {
					c.requestRowsIn(c.readRows(t))
					continue
				}
				if c.op.RequestBody == nil && locatesRows(t) {
					c.placedRows(t)
					continue
				}
				if c.op.RequestBody != nil && c.joinVariant(c.op.RequestBody, t) {
					continue
				}
				if c.op.RequestBody != nil && c.joinStructVariant(t) {
					continue
				}
				if c.op.RequestBody != nil {
					c.spare = append(c.spare, spareTable{t, diag.ExtraBodyTable, fmt.Sprintf("second request body table (the first is at line %d)", c.op.RequestBody.Pos.Line)})
					continue
				}
				sch := c.tableSchema(t, c.rootName(t, "RequestBody"))
				c.op.RequestBody = &model.Body{Schema: sch, Pos: t.Pos}
			case roleRespBody, roleRespHeader:
				c.diags.Report(t.Pos, diag.MisplacedTable, "response table %q in the request section: ignored", t.Caption)
				c.dropTable(t)
			}
		}
	}
	if c.op.RequestBody == nil && (methodHasBody[c.op.Method] || maySendBody(c.op.Method) && jsonInRequest(secs)) {
		c.linkedRequestBody(secs)
	}
	c.uriRowsBody(secs)
}

// locatesRows reports whether a table says where its rows go, in a
// location column ("Parameter | In | Type | Mandatory | Description") or in
// its required cells ("No (query parameter)"), and places a row in the
// path, the query or the headers.
func locatesRows(t *docparse.Table) bool {
	cols := mapColumns(t.Header)
	for i := range t.Rows {
		if ic, ok := cellAt(&t.Rows[i], cols, colIn); ok && rowLocation(ic.Line()) != "" {
			return true
		}
		if rc, ok := cellAt(&t.Rows[i], cols, colRequired); ok && requiredCellLocation(rc.Line()) != "" {
			return true
		}
	}
	return false
}

// requiredCellLocation is the location a required cell gives its row in
// parentheses ("No (query parameter)", "Yes (path parameter)"); "" for
// none.
func requiredCellLocation(cell string) string {
	if !strings.ContainsAny(cell, "(（") {
		return "" // most cells, cheaply
	}
	m := locationRemark.FindStringSubmatch(cell)
	if m == nil {
		return ""
	}
	return rowLocation(m[1])
}

// locationRemark: "(query parameter)", "（header参数）".
var locationRemark = regexp.MustCompile(`(?i)[(（]\s*(path|query|header)\s*(?:parameter|参数)?\s*[)）]`)

// rowLocation is the parameter location a location cell names ("path",
// "Query", "header"); "" for the body or anything else.
func rowLocation(cell string) string {
	switch in := strings.ToLower(strings.TrimSpace(cell)); in {
	case "path", "query", "header":
		return in
	}
	return ""
}

// placedRows reads a request table that places its rows (locatesRows): the
// rows in the path, the query or the headers are parameters, the others the
// body's fields.
func (c *pageCtx) placedRows(t *docparse.Table) {
	c.paramTables[t] = true
	var body []row
	for _, r := range c.readRows(t) {
		if r.In != "" {
			c.addParam(r.In, r)
		} else {
			body = append(body, r)
		}
	}
	if len(body) == 0 {
		return
	}
	s := &model.Schema{Name: c.rootName(t, "RequestBody"), Type: "object", Pos: t.Pos, Origin: t.Caption, Fields: c.fieldsOf(body)}
	c.schemas[t] = s
	c.op.RequestBody = &model.Body{Schema: s, Pos: t.Pos}
}

// headerRows reports whether every row of a request table that its caption
// does not call the body names an HTTP header ("Content-Type",
// "X-Auth-Token"): a table of the request's headers under a caption that
// names no role ("Request parameters").
func (c *pageCtx) headerRows(t *docparse.Table) bool {
	if len(t.Rows) == 0 || hasAny(strings.ToLower(c.caption(t)), bodyCaptionWords) {
		return false
	}
	for i := range t.Rows {
		if !headerName.MatchString(cleanName(c.rowName(rowKey{t, i}))) {
			return false
		}
	}
	return true
}

// joinVariant reads a second body table that repeats the first's rows as
// another variant of the body (the request when the image is made from a
// backup, after the one made from a server): the body takes the members of
// both, required only where both tables require them. It reports false,
// reading nothing, for a table that is no such variant.
func (c *pageCtx) joinVariant(body *model.Body, t *docparse.Table) bool {
	s := body.Schema
	if s == nil || s.Type != "object" || len(s.Fields) == 0 || s.AdditionalProperties != nil {
		return false
	}
	var first *docparse.Table
	for _, u := range c.idx.tables {
		if u.Pos == body.Pos && c.schemas[u] == s {
			first = u
			break
		}
	}
	if first == nil || !c.repeats(t, first) {
		return false
	}
	c.joinRows(s, t)
	c.diags.Report(t.Pos, diag.BodyVariant, "table %q documents another variant of the body (the first table is at line %d): its members are joined, required only where both tables require them", tableLabel(t), body.Pos.Line)
	return true
}

// joinRows gives the object s the members of table t, another variant of
// it: required only where both require them.
func (c *pageCtx) joinRows(s *model.Schema, t *docparse.Table) {
	variant := &model.Schema{Fields: c.fieldsOf(c.readRows(t))}
	for _, f := range s.Fields {
		if g := fieldOf(variant, f.Name); g == nil || !g.Required {
			f.Required = false
		}
	}
	for _, g := range variant.Fields {
		if fieldOf(s, g.Name) == nil {
			g.Required = false
			s.Fields = append(s.Fields, g)
		}
	}
}

// joinStructVariant reads a table that no row links to, captioned with the
// same name as a struct's table read before it and repeating its rows, as
// another variant of that struct ("instance字段数据结构说明（创建单实例和HA
// 实例）", then "instance字段数据结构说明（创建只读副本）"): the struct
// takes the members of both, required only where both require them.
func (c *pageCtx) joinStructVariant(t *docparse.Table) bool {
	name := refKey(c.idx.captionOf(t))
	if name == "" {
		return false
	}
	for _, u := range c.idx.tables {
		if u == t {
			break
		}
		s := c.schemas[u]
		if s == nil || c.idx.leads[u] || s.Type != "object" || len(s.Fields) == 0 || s.AdditionalProperties != nil ||
			refKey(c.idx.captionOf(u)) != name || !c.repeats(t, u) {
			continue
		}
		c.joinRows(s, t)
		c.diags.Report(t.Pos, diag.BodyVariant, "table %q documents another variant of the struct of table %q (line %d): its members are joined, required only where both tables require them", tableLabel(t), tableLabel(u), u.Pos.Line)
		return true
	}
	return false
}

// maySendBody reports whether a method's request may carry a body: those of
// methodHasBody, and a DELETE when its page shows one (Kubernetes'
// DeleteOptions).
func maySendBody(method string) bool { return methodHasBody[method] || method == "DELETE" }

// jsonInRequest reports whether a request section, or a request example's,
// holds a JSON block.
func jsonInRequest(secs []*sectionBlocks) bool {
	for _, s := range append(of(secs, secRequest), of(secs, secReqExample)...) {
		if slices.ContainsFunc(s.blocks, holdsJSON) {
			return true
		}
	}
	return false
}

// linkedRequestBody reads a request body that no table of the request
// section documents, but that the section's prose links to by a table's
// number ("For the description about request parameters, see [Table
// 2](creating-a-configmap.md#d0e42951)": the body of the replacing PUT is
// the creating POST's): the first such link's table, on the page or on
// another, unless the page read that table as the request's parameters.
func (c *pageCtx) linkedRequestBody(secs []*sectionBlocks) {
	for _, s := range of(secs, secRequest) {
		for _, b := range s.blocks {
			if b.Kind != docparse.Text || !strings.Contains(b.Text, "](") {
				continue
			}
			for _, m := range markdownLink.FindAllStringSubmatch(b.Text, -1) {
				file, anchor, _ := strings.Cut(m[2], "#")
				if anchor == "" || !tableNumber.MatchString(docparse.Unescape(m[1])) {
					continue
				}
				if file == "" && c.paramTables[c.tableAt(anchor)] {
					continue // "Table 2 describes the request header parameters."
				}
				if sch := c.linkedSchema(docparse.Link{Text: docparse.Unescape(m[1]), Href: m[2]}, b.Pos, "RequestBody", true); sch != nil {
					c.op.RequestBody = &model.Body{Schema: sch, Pos: b.Pos}
					return
				}
			}
		}
	}
}

func (c *pageCtx) addParam(in string, r row) {
	if in == "header" && strings.EqualFold(r.Name, "X-Auth-Token") {
		c.op.Security = &model.Security{Header: "X-Auth-Token", Required: r.Required, Pos: r.Pos}
		return
	}
	if in == "header" && strings.EqualFold(r.Name, "Content-Type") {
		return // the body's media type says it
	}
	if p := c.param(in, r.Name); p != nil {
		c.diags.Report(r.Pos, diag.DuplicateParam, "%s parameter %q is documented twice (first at line %d): the first is kept", in, r.Name, p.Pos.Line)
		c.drop(r.key.t, r.key.i)
		return
	}
	sch := r.Schema
	if sch == nil {
		sch = &model.Schema{Type: "string"}
	}
	if sch.Name == "" {
		sch.Description = "" // the parameter carries it
	}
	openItems := sch.Type == "array" && (sch.Items == nil || sch.Items.Type == "")
	if openItems {
		// a path, query or header value list: its items are strings, unless
		// the response says otherwise (filterItems)
		sch.Items = &model.Schema{Type: "string"}
	}
	if in == "path" {
		r.Required = true
	}
	p := &model.Param{Name: r.Name, In: in, Description: r.Desc, Required: r.Required, Schema: sch, Pos: r.Pos}
	c.addOpParam(p)
	c.paramRow[p] = r.key
	if openItems && in == "query" {
		c.openFilters = append(c.openFilters, p)
	}
}

// param finds the operation's parameter by location and name.
func (c *pageCtx) param(in, name string) *model.Param {
	return c.params[paramKey{in, name}]
}

type paramKey struct{ in, name string }

// addOpParam adds a parameter to the operation.
func (c *pageCtx) addOpParam(p *model.Param) {
	c.op.Params = append(c.op.Params, p)
	if k := (paramKey{p.In, p.Name}); c.params[k] == nil {
		c.params[k] = p
	}
}

// addURIQuery adds a query parameter named in the URI line when no table documents it.
func (c *pageCtx) addURIQuery(q queryItem, pos diag.Pos) {
	if c.param("query", q.Name) != nil {
		return
	}
	c.addOpParam(&model.Param{Name: q.Name, In: "query", Schema: &model.Schema{Type: "string"}, Pos: pos,
		Description: "Named in the URI line."})
}

// pairMisspelt gives a path parameter row that the path does not name the
// placeholder it misspells: the one whose words are the row's, singular or
// plural, in snake or camel case ("flavors_id" for {flavor_id}, "vertexId"
// for {vertex_id}), or, when one row and one placeholder are left, that
// placeholder if both end in the same word ("port_mirror_filter_rule_id"
// for {traffic_mirror_filter_rule_id}).
func (c *pageCtx) pairMisspelt(documented map[string]bool) {
	var open []string // placeholders without a row
	for _, n := range placeholderNames(c.op.Path) {
		if !documented[n] {
			open = append(open, n)
		}
	}
	var stray []*model.Param // rows the path does not name
	for _, p := range c.op.Params {
		if p.In == "path" && !slices.Contains(placeholderNames(c.op.Path), p.Name) {
			stray = append(stray, p)
		}
	}
	if len(open) == 0 || len(stray) == 0 {
		return
	}
	pair := func(p *model.Param, name, why string) {
		c.diags.Report(p.Pos, diag.MisspeltPathParam, "path parameter %q is not in the path %s: read as {%s}, %s", p.Name, c.op.Path, name, why)
		delete(c.params, paramKey{"path", p.Name})
		p.Name = name
		c.params[paramKey{"path", name}] = p
		documented[name] = true
		open = slices.DeleteFunc(open, func(n string) bool { return n == name })
		stray = slices.DeleteFunc(stray, func(q *model.Param) bool { return q == p })
	}
	for _, p := range slices.Clone(stray) {
		for _, n := range open {
			if slices.Equal(placeholderWords(p.Name), placeholderWords(n)) {
				pair(p, n, "the same words")
				break
			}
		}
	}
	if len(open) == 1 && len(stray) == 1 {
		a, b := placeholderWords(stray[0].Name), placeholderWords(open[0])
		if len(a) > 1 && len(b) > 1 && a[len(a)-1] == b[len(b)-1] {
			pair(stray[0], open[0], "the only placeholder without a row")
		}
	}
}

// placeholderWords are a parameter name's words, lower case and singular.
func placeholderWords(name string) []string {
	var out []string
	for _, w := range camelWords(exportName(name)) {
		out = append(out, singular(strings.ToLower(w)))
	}
	return out
}

// checkPathParams makes the path placeholders and the path parameters agree.
func (c *pageCtx) checkPathParams() {
	inPath := map[string]bool{}
	documented := map[string]bool{}
	for _, p := range c.op.Params {
		if p.In == "path" {
			documented[p.Name] = true
		}
	}
	c.pairMisspelt(documented)
	for _, name := range placeholderNames(c.op.Path) {
		inPath[name] = true
		if q := c.param("query", name); !documented[name] && q != nil {
			// the only row for {group_id} is in a query table ("Query
			// parameter description"): the caption is the slip
			q.In, q.Required = "path", true
			delete(c.params, paramKey{"query", name})
			c.params[paramKey{"path", name}] = q
			documented[name] = true
		}
		if !documented[name] {
			documented[name] = true
			c.diags.Report(c.op.PathPos, diag.UndocumentedPathParam, "path parameter {%s} has no table row: added as a required string", name)
			c.op.Params = append(c.op.Params, &model.Param{Name: name, In: "path", Required: true, Schema: &model.Schema{Type: "string"}, Pos: c.op.PathPos})
		}
	}
	kept := c.op.Params[:0]
	for _, p := range c.op.Params {
		if p.In == "path" && !inPath[p.Name] {
			c.diags.Report(p.Pos, diag.UnknownPathParam, "path parameter %q does not appear in the path %s: ignored", p.Name, c.op.Path)
			if k, ok := c.paramRow[p]; ok {
				c.drop(k.t, k.i)
			}
			continue
		}
		kept = append(kept, p)
	}
	c.op.Params = kept
}

// firstStatus is the page's first success status ("200" when it documents
// none), or its first error status ("default" when it documents none).
func firstStatus(statusDesc map[string]string, success bool) string {
	first := ""
	for code := range statusDesc {
		if strings.HasPrefix(code, "2") == success && code != "default" && (first == "" || code < first) {
			first = code
		}
	}
	switch {
	case first != "":
		return first
	case success:
		return "200"
	}
	return "default"
}

// readResponses reads the per-status response tables.
func (c *pageCtx) readResponses(secs []*sectionBlocks, statusDesc map[string]string) {
	byStatus := map[string]*model.Response{}
	get := func(code string, pos diag.Pos) *model.Response {
		if r := byStatus[code]; r != nil {
			return r
		}
		desc := statusDesc[code]
		if desc == "" {
			desc = defaultDescription(code)
		}
		r := &model.Response{Status: code, Description: desc, Pos: pos}
		byStatus[code] = r
		c.op.Responses = append(c.op.Responses, r)
		return r
	}
	firstOK := firstStatus(statusDesc, true)
	// prose links to the table that documents a body ("For the description
	// about response parameters, see Table 2"), by status
	type bodyLink struct {
		code string
		link docparse.Link
		pos  diag.Pos
	}
	var links []bodyLink
	for _, s := range of(secs, secResponse) {
		status := ""
		for _, b := range s.blocks {
			switch b.Kind {
			case docparse.Text:
				if code := statusOf(b.Text); code != "" {
					status = code
					get(status, b.Pos)
					continue
				}
				if failed, ok := responsePart(bulletLabel(b.Text)); ok {
					// "-   正常响应要素" / "-   异常响应要素": the tables after
					// it document the success's body, or the failure's (of
					// the page's first error status, or of any other)
					status = ""
					if failed {
						status = firstStatus(statusDesc, false)
					}
					continue
				}
				if !strings.Contains(b.Text, "](") {
					continue
				}
				code := status
				if code == "" {
					code = firstOK
				}
				for _, ix := range markdownLink.FindAllStringSubmatchIndex(b.Text, -1) {
					text, href := b.Text[ix[2]:ix[3]], b.Text[ix[4]:ix[5]]
					if file, anchor, _ := strings.Cut(href, "#"); anchor != "" || namesResponsePage(text, file) {
						code := code
						if failureClause(b.Text[:ix[0]]) {
							// "正确响应示例如下，错误响应示例请参见表5": the failure's
							code = firstStatus(statusDesc, false)
						}
						links = append(links, bodyLink{code, docparse.Link{Text: docparse.Unescape(text), Href: href}, b.Pos})
					}
				}
			case docparse.TableBlock:
				t := b.Table
				if c.idx.targets[t] {
					continue
				}
				code := status
				if failed, ok := responsePart(c.caption(t)); ok && failed {
					code = firstStatus(statusDesc, false) // "异常响应要素说明"
				}
				if code == "" {
					code = firstOK
				}
				resp := get(code, t.Pos)
				role := c.roleIn(t, s)
				if role == roleRespHeader || role == roleHeader {
					for _, r := range c.readRows(t) {
						resp.Headers = append(resp.Headers, &model.Param{Name: r.Name, In: "header", Description: r.Desc, Schema: orString(r.Schema), Pos: r.Pos})
					}
					continue
				}
				if resp.Body != nil && resp.Body.Schema != nil && c.joinVariant(resp.Body, t) {
					continue
				}
				if resp.Body != nil && resp.Body.Schema != nil && c.joinStructVariant(t) {
					continue
				}
				if resp.Body != nil && resp.Body.Schema != nil {
					if ref, ok := c.idx.scalarRefs[t]; ok {
						c.spare = append(c.spare, spareTable{t, diag.UnusedTable, fmt.Sprintf("table %q documents what the field %q (line %d) holds, not a field of its own: the field keeps its type", tableLabel(t), ref.field, ref.line)})
					} else if n := anchorName(t.Anchor); n != "" || role == roleUnknown {
						c.spare = append(c.spare, spareTable{t, diag.UnusedTable, fmt.Sprintf("table %q is not linked from any field", tableLabel(t))})
					} else {
						c.spare = append(c.spare, spareTable{t, diag.ExtraBodyTable, fmt.Sprintf("second body table for status %s (the first is at line %d)", code, resp.Body.Pos.Line)})
					}
					continue
				}
				resp.Body = &model.Body{Schema: c.tableSchema(t, c.rootName(t, responseSuffix(code))), Pos: t.Pos}
			}
		}
	}
	for _, l := range links {
		if !strings.HasPrefix(l.code, "2") {
			continue
		}
		if r := get(l.code, l.pos); r.Body == nil || r.Body.Schema == nil {
			c.linkedBody(r, l.link, l.pos)
		}
	}
	// The statuses no section documents, in order: an example of a
	// failed request goes to the first error status.
	for _, code := range slices.Sorted(maps.Keys(statusDesc)) {
		if byStatus[code] == nil {
			r := get(code, c.op.Pos)
			if desc := statusDesc[code]; desc != "" {
				r.Description = desc
			}
		}
	}
	if len(c.op.Responses) == 0 {
		get(firstOK, c.op.Pos)
	}
}

// linkedBody reads a success response whose section has no table of its
// own but links to the table that documents the body: a parameter table of
// the page (often the request's: the response is the object created), or a
// table on another page (read once every page is, xref.go), which a link
// that says response may name by the page alone ("See [Responses
// (Task)](responses-(task).md)": the first parameter table of that page of
// structures).
func (c *pageCtx) linkedBody(r *model.Response, l docparse.Link, pos diag.Pos) {
	if s := c.linkedSchema(l, pos, responseSuffix(r.Status), false); s != nil {
		r.Body = &model.Body{Schema: s, Pos: pos}
	}
}

// linkedSchema is the schema of the table a link names: a parameter table
// of the page, or a placeholder for a table of another page (xref.go),
// named <OperationId><suffix> unless the table names its struct; nil when
// the link names no such table. request says whose body it is.
func (c *pageCtx) linkedSchema(l docparse.Link, pos diag.Pos, suffix string, request bool) *model.Schema {
	file, anchor, _ := strings.Cut(l.Href, "#")
	if file != "" && path.Base(file) != path.Base(c.page.Path) {
		if strings.Contains(file, "://") {
			return nil
		}
		s := c.external(rowRef{elsewhere: l.Href, linkText: l.Text}, &typeExpr{Type: "object"}, pos, "")
		s.Name = c.derived(suffix)
		c.externals[len(c.externals)-1].Request = request
		return s
	}
	t := c.tableAt(anchor)
	if t == nil || !c.idx.params[t] {
		return nil
	}
	return c.tableSchema(t, c.rootName(t, suffix))
}

// tableRole is what a table documents, from its caption, or from the line
// that introduces a table without one ("-   Request header parameter
// description", "-   Response body parameter description").
func (c *pageCtx) tableRole(t *docparse.Table) tableRole {
	return captionRole(c.caption(t))
}

// roleIn is a table's role (tableRole), or, when its caption says none,
// the one the heading of its section says of parameters ("## Request
// Headers", "## Request Query Parameters", "## Response Headers"); a
// heading that names a body or the message says nothing of its tables.
func (c *pageCtx) roleIn(t *docparse.Table, s *sectionBlocks) tableRole {
	role := c.tableRole(t)
	if h := captionRole(s.title); role == roleUnknown && headingRoles[h] {
		return h
	}
	return role
}

// headingRoles: the roles a section's heading gives its tables.
var headingRoles = map[tableRole]bool{roleHeader: true, roleQuery: true, rolePath: true, roleRespHeader: true}

// caption is a table's caption, or else the line that introduces it.
func (c *pageCtx) caption(t *docparse.Table) string {
	if t.Caption == "" {
		return c.idx.intro[t]
	}
	return t.Caption
}

func orString(s *model.Schema) *model.Schema {
	if s == nil {
		return &model.Schema{Type: "string"}
	}
	return s
}

// tableSchema builds the object schema of a table, once per table.
func (c *pageCtx) tableSchema(t *docparse.Table, name string) *model.Schema {
	if s := c.schemas[t]; s != nil {
		return s
	}
	if arrayTable(t) {
		// "|[数组元素]|Array of X objects|…|": the table documents an array
		s := &model.Schema{Type: "array", Pos: t.Pos}
		c.schemas[t] = s
		if rows := c.readRows(t); len(rows) == 1 && rows[0].Schema != nil {
			if unnamedCycle(rows[0].Schema, s) {
				c.diags.Report(rows[0].Pos, diag.NestingTooDeep, "table %q: its one row gives the array as made of the array itself, which has no name: its items are free-form", tableLabel(t))
				s.Items = &model.Schema{}
				return s
			}
			*s = *rows[0].Schema
			if nameless(t) && s.Type == "object" && hasAny(strings.ToLower(rows[0].Desc), listWords) {
				// "字典数据类型" described as "…列表": a list of them
				item := *s
				*s = model.Schema{Type: "array", Items: &item, Pos: t.Pos, Description: rows[0].Desc}
				if item.Name == "" {
					item.Description = ""
				}
			}
		}
		return s
	}
	if n, ok := keyRowTable(t); ok {
		return c.keyRowSchema(t, n)
	}
	s := &model.Schema{Name: name, Type: "object", Pos: t.Pos, Origin: t.Caption}
	c.schemas[t] = s
	c.depth++
	defer func() { c.depth-- }()
	if c.depth > maxDepth {
		c.diags.Report(t.Pos, diag.NestingTooDeep, "object tables nest more than %d levels deep: the deeper tables are free-form objects", maxDepth)
		return s
	}
	s.Fields = c.fieldsOf(c.readRows(t))
	return s
}

// fieldsOf makes rows an object's fields; of two rows with one name the
// first is kept and the other reported.
func (c *pageCtx) fieldsOf(rows []row) []*model.Field {
	var fields []*model.Field
	seen := make(map[string]*model.Field, len(rows))
	for _, r := range rows {
		if f := seen[r.Name]; f != nil {
			c.diags.Report(r.Pos, diag.DuplicateParam, "property %q is documented twice in table %q (first at line %d): the first is kept", r.Name, tableLabel(r.key.t), f.Pos.Line)
			c.drop(r.key.t, r.key.i)
			continue
		}
		sch := r.Schema
		if sch == nil {
			sch = &model.Schema{Description: r.Desc} // the type cell was reported: any value
		}
		f := &model.Field{Name: r.Name, Required: r.Required, Schema: sch, Pos: r.Pos}
		if sch.Name != "" {
			f.Description = r.Desc
		}
		if c.idx.refs[r.key].byName {
			if c.byName == nil {
				c.byName = map[*model.Field]bool{}
			}
			c.byName[f] = true
		}
		fields = append(fields, f)
		seen[r.Name] = f
	}
	return fields
}

// keyRowSchema reads a table whose only row names the keys of a map: a map
// of the row's type, or the row's type when that is a map itself
// ("{自定义key} | Map<String,String>").
func (c *pageCtx) keyRowSchema(t *docparse.Table, name string) *model.Schema {
	s := &model.Schema{Type: "object", Pos: t.Pos}
	c.schemas[t] = s
	rows := c.readRows(t)
	if len(rows) != 1 {
		return s
	}
	v := rows[0].Schema
	if v == nil {
		v = &model.Schema{} // the type cell was reported: any value
	}
	if unnamedCycle(v, s) {
		// a map of maps of itself, with no name to refer to it by: the
		// values are any value (a recursive type needs a named schema)
		c.diags.Report(rows[0].Pos, diag.NestingTooDeep, "table %q: the row %q gives the map's values as the map itself, which has no name: its values are free-form", tableLabel(t), name)
		v = &model.Schema{}
	}
	if v.Name == "" && v.Type == "object" && v.AdditionalProperties != nil && len(v.Fields) == 0 {
		*s = *v
	} else {
		s.AdditionalProperties = v
	}
	c.diags.Report(rows[0].Pos, diag.KeyRow, "table %q: the row %q names the keys of a map, not a member: read as a map of %s", tableLabel(t), name, describeOne(s.AdditionalProperties))
	return s
}

// unnamedCycle reports whether s can be reached from v through schemas
// without a name: a cycle no $ref can write.
func unnamedCycle(v, s *model.Schema) bool {
	seen := map[*model.Schema]bool{}
	var reach func(x *model.Schema) bool
	reach = func(x *model.Schema) bool {
		if x == nil || seen[x] {
			return false
		}
		if x == s {
			return true
		}
		seen[x] = true
		if x.Name != "" {
			return false
		}
		if reach(x.Items) || reach(x.AdditionalProperties) {
			return true
		}
		for _, f := range x.Fields {
			if reach(f.Schema) {
				return true
			}
		}
		return false
	}
	return reach(v)
}

// keyRowTable reports whether a table's only row names the keys of a map
// rather than a member, and gives the name as written: a phrase ("User-defined
// field key and value pair", "Name of the network where the ECS accesses",
// "VPC ID"), Chinese words ("用户自定义字段键值对"), a placeholder in braces or
// brackets that says key ("{自定义key}", "<key>", "[自定义key]"), or a key word
// ("key_val", "key-value"). No member of a JSON object is named so; a
// bracketed word that does not say key marks an array's elements
// (arrayTable).
func keyRowTable(t *docparse.Table) (string, bool) {
	if len(t.Rows) != 1 {
		return "", false
	}
	nc, ok := cellAt(&t.Rows[0], mapColumns(t.Header), colName)
	if !ok {
		return "", false
	}
	name := strings.Join(strings.Fields(nc.Line()), " ")
	return name, keyRowName(name)
}

// keyRowName reports whether a row's name, as written, names a map's keys
// (keyRowTable).
func keyRowName(name string) bool {
	clean := cleanName(name)
	lower := strings.ToLower(clean)
	saysKey := strings.Contains(lower, "key") || strings.Contains(clean, "键")
	switch {
	case clean == "" || arrayWords[clean]:
		return false
	case keyWords[lower]:
		return true
	case strings.HasPrefix(clean, "{") && strings.HasSuffix(clean, "}"), strings.HasPrefix(clean, "<") && strings.HasSuffix(clean, ">"):
		return true
	case arrayMarker.MatchString(clean):
		return saysKey
	case strings.ContainsFunc(clean, isHan):
		return true
	}
	return phraseName.MatchString(name)
}

// arrayTable reports whether a table's only row stands for what the table
// documents: the elements of an array ("[数组元素]", "*[数组]*", "[Array]"),
// or, without a name ("-"), a type of its own ("- | 字典数据类型 | API与签名
// 密钥的绑定关系列表").
func arrayTable(t *docparse.Table) bool {
	if len(t.Rows) != 1 {
		return false
	}
	cols := mapColumns(t.Header)
	name, ok := cellAt(&t.Rows[0], cols, colName)
	if ok && cleanName(name.Line()) == "-" {
		typ, ok := cellAt(&t.Rows[0], cols, colType)
		return ok && strings.Trim(typ.Line(), " -") != ""
	}
	n := cleanName(name.Line())
	return ok && (arrayMarker.MatchString(n) && !keyRowName(n) || arrayWords[n])
}

// nameless reports whether a table's only row has no name ("-").
func nameless(t *docparse.Table) bool {
	if len(t.Rows) != 1 {
		return false
	}
	name, ok := cellAt(&t.Rows[0], mapColumns(t.Header), colName)
	return ok && cleanName(name.Line()) == "-"
}

// maxDepth bounds the nesting of object tables (links between tables).
const maxDepth = 64

func tableLabel(t *docparse.Table) string {
	if t.Caption != "" {
		return t.Caption
	}
	if t.Anchor != "" {
		return t.Anchor
	}
	return "table"
}

// cleanName drops the spaces, no-break spaces and zero-width spaces of a
// parameter name ("scaling_ configuration _id"), and a remark in parentheses
// after it (nameRemark).
func cleanName(s string) string {
	if name, remark := nameRemark(s); remark != "" {
		s = name
	}
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\u00a0' || r == '\u200b' {
			return -1
		}
		return r
	}, s)
}

// nameRemark splits a remark in parentheses off the name it follows: the
// version or edition a field comes with ("labelDetails（2.2.14）",
// "label（一千亿边（公测版））", "name (Deprecated)"). The remark goes to the
// field's description; a cell that does not start with a field's name keeps
// its parentheses, and remark is "".
func nameRemark(s string) (name, remark string) {
	i := strings.IndexAny(s, "(（")
	if i <= 0 || !(strings.HasSuffix(s, ")") || strings.HasSuffix(s, "）")) {
		return s, ""
	}
	name = strings.TrimRight(s[:i], " \u00a0\u200b")
	if !remarkedName.MatchString(name) {
		return s, ""
	}
	return name, strings.TrimSpace(s[i:])
}

// remarkedName: a name a remark in parentheses may follow.
var remarkedName = regexp.MustCompile(`^[A-Za-z_$@][A-Za-z0-9_.:$@-]*$`)

// readRows reads a parameter table's rows through its header.
func (c *pageCtx) readRows(t *docparse.Table) []row {
	cols := mapColumns(t.Header)
	if !cols.has(colName) {
		if len(t.Rows) > 0 || len(t.Header) > 0 {
			header := make([]string, len(t.Header))
			for i, h := range t.Header {
				header[i] = h.Line()
			}
			c.diags.Report(t.Pos, diag.UnknownColumns, "table %q: no parameter-name column among the header cells %q: table ignored", tableLabel(t), header)
			c.dropTable(t)
		}
		return nil
	}
	out := make([]row, 0, len(t.Rows))
	for ri := range t.Rows {
		r := &t.Rows[ri]
		nameCell, _ := cellAt(r, cols, colName)
		name := cleanName(nameCell.Line())
		if emptyRow(*r) {
			c.use(t, ri) // a row saying "none"
			continue
		}
		if name == "" || name == "-" && !arrayTable(t) {
			continue // reported when the page is settled
		}
		c.use(t, ri)
		x := row{key: rowKey{t, ri}, Name: name, Pos: r.Pos}
		if rc, ok := cellAt(r, cols, colRequired); ok {
			x.Required = isRequired(rc.Line())
			x.In = requiredCellLocation(rc.Line()) // "No (query parameter)"
		} else if oc, ok := cellAt(r, cols, colOptional); ok {
			x.Required = isNo(oc.Line()) // "是否可选：否"
		}
		var f facets
		dc, hasDesc := cellAt(r, cols, colDesc)
		own := ""
		if len(cols.extra) > 0 {
			own = dc.Line()
		}
		for _, i := range cols.extra {
			// a range column ("取值范围": "1~100", "allow、deny"), an
			// example's, one of no known role ("约束"): its text is the
			// description's, under its header (not the description's own
			// cell spanning two columns)
			if i < len(r.Cells) && (!hasDesc || r.Cells[i].Line() != own) {
				if d, ok := withColumnCell(dc, r.Cells[i], t.Header[i].Line()); ok {
					dc, hasDesc = d, true
				}
			}
		}
		if hasDesc {
			f = c.facetsOf(dc, name)
		}
		if dc, ok := cellAt(r, cols, colDefault); ok {
			if v := cleanValue(dc.Line()); !noDefault[strings.ToUpper(v)] && !f.HasDefault {
				f.Default, f.HasDefault = v, true
			}
		}
		if ic, ok := cellAt(r, cols, colIn); ok {
			x.In = rowLocation(ic.Line())
		}
		x.Desc = docparse.EscapeText(f.Desc) // a description is CommonMark
		if _, remark := nameRemark(nameCell.Line()); remark != "" {
			x.Desc = strings.TrimSpace(x.Desc + "\n" + docparse.EscapeText(remark))
		}
		if tc, ok := cellAt(r, cols, colType); ok {
			x.Schema = c.typeSchema(t, ri, tc, x.Name, f)
		} else if cols.has(colType) {
			c.diags.Report(r.Pos, diag.EmptyType, "table %q, %q: row has no type cell: typed as any value", tableLabel(t), x.Name)
		} else {
			x.Schema = c.applyFacets(&model.Schema{Type: "string"}, f, r.Pos)
		}
		if x.Schema != nil {
			typ := x.Schema.Type
			if typ == "array" && x.Schema.Items != nil {
				typ = x.Schema.Items.Type
			}
			if left := f.unapplied(typ); len(left) > 0 && x.Schema.Name == "" {
				x.Desc = strings.TrimSpace(x.Desc + "\n" + docparse.EscapeText(strings.Join(left, "\n")))
			}
		}
		if vt := c.idx.refs[x.key].values; vt != nil && x.Schema != nil {
			x.Desc = c.applyValues(x.Schema, vt, x.Desc)
		}
		if x.Schema != nil && x.Schema.Name == "" {
			x.Schema.Description = x.Desc
		}
		if hasDesc && x.Schema != nil {
			if v := fieldExampleIn(dc, name, c.page.Path); v != nil {
				c.fieldExamples = append(c.fieldExamples, fieldExample{name, x.Schema, v})
			}
		}
		out = append(out, x)
	}
	return out
}

func isRequired(s string) bool {
	l := strings.ToLower(strings.TrimSpace(s))
	if l == "yes/no" {
		return false
	}
	for _, p := range requiredWords {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// typeSchema turns row ri's type cell into a schema, following the row's
// reference to the table of an object type.
func (c *pageCtx) typeSchema(t *docparse.Table, ri int, cell docparse.Cell, field string, f facets) *model.Schema {
	text := cell.Line()
	if strings.TrimSpace(text) == "" || text == "-" {
		c.diags.Report(cell.Pos, diag.EmptyType, "table %q, %q: empty type cell: typed as any value", tableLabel(t), field)
		return nil
	}
	ref := c.idx.refs[rowKey{t, ri}]
	ref.variants = c.variants(t, ref)
	for _, p := range ref.problems {
		if p.code == diag.AmbiguousRef && len(ref.variants) > 1 {
			labels := make([]string, len(ref.variants))
			for i, u := range ref.variants {
				labels[i] = tableLabel(u)
			}
			p.msg = "it holds one of several structures (" + strings.Join(labels, ", ") + "): typed with the fields of them all, none required"
		}
		c.diags.Report(cell.Pos, p.code, "table %q, %q: %s", tableLabel(t), field, p.msg)
	}
	te, ok := ref.typ, ref.typOK
	if !ok {
		if ref.misplaced != "" {
			c.diags.Report(cell.Pos, diag.UnknownType, "table %q, %q: the type cell holds %s (%q), not a type: the row's cells look shifted; typed as any value", tableLabel(t), field, ref.misplaced, text)
		} else {
			c.diags.Report(cell.Pos, diag.UnknownType, "table %q, %q: unknown type %q: typed as any value", tableLabel(t), field, text)
		}
		return nil
	}
	if ref.scalar != nil {
		// typed from another page's table if it is the field's, else as
		// the type cell says (settleScalar)
		scalar := c.applyFacets(c.exprSchema(t, ref.scalar, rowRef{}, cell.Pos, field), f, cell.Pos)
		n := len(c.externals)
		s := c.exprSchema(t, te, ref, cell.Pos, field)
		if len(c.externals) == n {
			return scalar
		}
		x := c.externals[n]
		x.Scalar, x.ScalarType = scalar, ref.scalar
		if scalar.Type == "array" && scalar.Items != nil {
			x.Scalar = scalar.Items // the placeholder is the list's item
		}
		return s
	}
	s := c.exprSchema(t, te, ref, cell.Pos, field)
	return c.applyFacets(s, f, cell.Pos)
}

func (c *pageCtx) exprSchema(from *docparse.Table, te *typeExpr, ref rowRef, pos diag.Pos, field string) *model.Schema {
	if te == nil {
		return &model.Schema{}
	}
	linked := ref.target != nil || ref.broken != "" || ref.elsewhere != ""
	switch {
	case te.Type == "array":
		items := te.Items
		if items == nil && linked {
			items = &typeExpr{Type: "object", implied: true}
		}
		return &model.Schema{Type: "array", Items: c.exprSchema(from, items, ref, pos, field)}
	case te.Values != nil:
		return &model.Schema{Type: "object", AdditionalProperties: c.exprSchema(from, te.Values, ref, pos, field)}
	case te.Type == "object" && (te.Object != "" || linked):
		if ref.broken != "" {
			c.diags.Report(pos, diag.MissingAnchor, "%q links to #%s, but no table on the page has that anchor: typed as a free-form object", field, ref.broken)
			return &model.Schema{Type: "object"}
		}
		target := ref.target
		if target == nil && ref.elsewhere != "" {
			return c.external(ref, te, pos, field) // read once every page is (xref.go)
		}
		if target == nil {
			if w, ok := wellKnownType(te.Object); ok {
				return &model.Schema{Type: w.Type, Format: w.Format}
			}
			c.diags.Report(pos, diag.UnresolvedType, "%q: no table documents %q: typed as a free-form object", field, te.Object)
			return &model.Schema{Type: "object", Description: te.Object}
		}
		if len(ref.variants) > 1 {
			return c.unionSchema(from, ref.variants, te, ref, pos, field)
		}
		name := field
		if _, ok := keyRowTable(from); ok {
			// the row names a map's keys ("Name of the network where the
			// ECS accesses"): its struct is one of the map's values, named
			// after the map (addresses → Address)
			ref.linkText, name = "", "Value"
			if p := c.idx.paths[from]; p != "" {
				name = singular(lastField(p))
			}
		}
		s := c.tableSchema(target, c.structName(target, te, ref, name))
		if ref.keysOf != nil && s.Type == "object" && s.AdditionalProperties == nil {
			s.AdditionalProperties = &model.Schema{Type: ref.keysOf.Type, Format: ref.keysOf.Format}
		}
		return s
	case te.Type == "object":
		return &model.Schema{Type: "object"}
	}
	return &model.Schema{Type: te.Type, Format: te.Format, MaxLength: clonePtr(te.MaxLen)}
}

// variants are the tables of the structures a field may hold ("详见表
// 后端httpEndpoints参数说明、表后端functionEndpoints参数说明", "real-time config结构"
// and "batch config结构" for "config"): its target and the others its
// reference names, but none that documents a field of another (a nested
// struct, "see Table 3 and Table 4" where table 4 is a field's of table 3).
// Nil for a field with one structure.
func (c *pageCtx) variants(from *docparse.Table, ref rowRef) []*docparse.Table {
	if ref.target == nil || len(ref.others) == 0 {
		return nil
	}
	cands := []*docparse.Table{ref.target}
	for _, u := range ref.others {
		if u != from && !slices.Contains(cands, u) {
			cands = append(cands, u)
		}
	}
	var alts []*docparse.Table
	for _, u := range cands {
		nested := false
		for _, v := range cands {
			nested = nested || v != u && c.refersTo(v, u)
		}
		if !nested {
			alts = append(alts, u)
		}
	}
	if len(alts) < 2 {
		return nil
	}
	return alts
}

// refersTo reports whether a row of table t refers to table u.
func (c *pageCtx) refersTo(t, u *docparse.Table) bool {
	for i := range t.Rows {
		if r := c.idx.refs[rowKey{t, i}]; r.target == u || slices.Contains(r.others, u) {
			return true
		}
	}
	return false
}

// unionSchema is the struct of a field that holds one of several
// structures: the fields of each, in order, the first table's for a name
// several have (a name typed otherwise in another is reported); none
// required, as each is only in some of them. It is named as the field's
// own struct.
func (c *pageCtx) unionSchema(from *docparse.Table, alts []*docparse.Table, te *typeExpr, ref rowRef, pos diag.Pos, field string) *model.Schema {
	first := c.tableSchema(alts[0], c.structName(alts[0], te, ref, field))
	base := exportName(lastField(field))
	u := &model.Schema{Name: c.derived(base), Type: "object", Pos: first.Pos, Origin: first.Origin}
	if u.Name == first.Name {
		u.Name = c.derived(base + "Union")
	}
	seen := map[string]*model.Field{}
	for i, t := range alts {
		s := first
		if i > 0 {
			s = c.tableSchema(t, c.structName(t, nil, rowRef{}, field))
		}
		for _, f := range s.Fields {
			if prev := seen[f.Name]; prev != nil {
				if a, b := describeSchema(prev.Schema), describeSchema(f.Schema); a != b {
					c.diags.Report(pos, diag.AmbiguousRef, "table %q, %q: %q is %s in %s and %s in %s: typed as in the first", tableLabel(from), field, f.Name, a, tableLabel(alts[0]), b, tableLabel(t))
				}
				continue
			}
			g := *f
			g.Required = false
			seen[f.Name] = &g
			u.Fields = append(u.Fields, &g)
		}
	}
	return u
}

// describeSchema says what a schema is, for a diagnostic: "an object
// ShelfSpec", "a string", "an array".
func describeSchema(s *model.Schema) string {
	switch {
	case s == nil:
		return "any value"
	case s.Name != "":
		return "a " + s.Name
	case s.Type == "array" || s.Type == "integer" || s.Type == "object":
		return "an " + s.Type
	case s.Type == "":
		return "any value"
	}
	return "a " + s.Type
}

// applyFacets sets enum, default and limits on a scalar (or array item) schema.
func (c *pageCtx) applyFacets(s *model.Schema, f facets, pos diag.Pos) *model.Schema {
	if s.Name != "" {
		return s // a named object: facets of the field do not change the struct
	}
	target := s
	if s.Type == "array" && s.Items != nil && s.Items.Name == "" && s.Items.Type != "object" && s.Items.Type != "array" {
		target = s.Items
	}
	if target != s && target.Type == "" && len(target.Fields) == 0 && target.AdditionalProperties == nil {
		// a bare list ("Array") whose description lists its values ("The
		// value can be TCP, UDP or HTTP."): a list of them, typed as they
		// are written
		if e := f.forType("string").Enum; len(e) > 0 {
			target.Type = "string"
			if allParse(e, "integer") && !slices.ContainsFunc(e, func(v string) bool { return len(v) > 1 && v[0] == '0' }) {
				target.Type, target.Format = "integer", "int32" // "4、6", not "01、02"
			}
		}
	}
	f = f.forType(target.Type)
	if len(f.Enum) > 0 {
		if target.Type == "object" || target.Type == "array" {
			c.diags.Report(pos, diag.EnumIgnored, "enum values on a %s value: ignored", target.Type)
		} else {
			target.Enum = f.Enum
		}
	}
	switch target.Type {
	case "integer", "number":
		target.Minimum, target.Maximum = f.Min, f.Max
	case "string":
		if f.MinLen != nil || f.MaxLen != nil || target.MaxLength == nil {
			// the description's lengths, else the type's size ("String(64)")
			target.MinLength, target.MaxLength = f.MinLen, f.MaxLen
		}
	}
	if f.HasDefault && target.Type != "object" && target.Type != "array" {
		if why := defaultProblem(f.Default, target); why != "" {
			c.diags.Report(pos, diag.BadDefault, "default %q %s: default left out", f.Default, why)
		} else {
			target.Default, target.HasDefault = f.Default, true
		}
	}
	return s
}

// defaultProblem says why a documented default does not fit its own schema.
func defaultProblem(v string, s *model.Schema) string {
	if len(s.Enum) > 0 {
		found := false
		for _, e := range s.Enum {
			found = found || e == v
		}
		if !found {
			return "is not one of the enum values"
		}
	}
	switch s.Type {
	case "integer", "number":
		n, err := strconv.ParseFloat(v, 64)
		if err != nil || (s.Type == "integer" && strings.ContainsAny(v, ".eE")) {
			return "is not a valid " + s.Type
		}
		if s.Minimum != nil && n < *s.Minimum {
			return fmt.Sprintf("is below the minimum %v", *s.Minimum)
		}
		if s.Maximum != nil && n > *s.Maximum {
			return fmt.Sprintf("is above the maximum %v", *s.Maximum)
		}
	case "boolean":
		if _, err := strconv.ParseBool(v); err != nil {
			return "is not a boolean"
		}
	case "string":
		n := int64(utf8.RuneCountInString(v))
		if s.MaxLength != nil && n > *s.MaxLength {
			return "is longer than the maximum length"
		}
		if s.MinLength != nil && n < *s.MinLength {
			return "is shorter than the minimum length"
		}
	}
	return ""
}

// namesResponsePage reports whether a link names a whole page of the docs
// that documents a response: its text is the page's name (the file's, as
// the docs name files after titles) and says response ("[Responses
// (Task)](responses-(task).md)", "[响应（任务类）](响应（任务类）.md)"; not
// "[解析响应消息体中的流样例代码](解析响应消息体中的流.md)").
func namesResponsePage(text, file string) bool {
	if !strings.HasSuffix(strings.ToLower(file), ".md") || strings.Contains(file, "://") {
		return false
	}
	if u, err := url.PathUnescape(file); err == nil {
		file = u
	}
	key := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r == ' ' || r == '-' || r == '_' || r == '\\' {
				return -1
			}
			return unicode.ToLower(r)
		}, s)
	}
	text = docparse.Unescape(text)
	return key(text) == key(strings.TrimSuffix(path.Base(file), path.Ext(file))) && hasAny(strings.ToLower(text), responseWords)
}

// wellKnownType is the JSON type of a struct name that stands for a scalar
// (wellKnownTypes), when no table of the page documents it.
func wellKnownType(name string) (typeExpr, bool) {
	l := strings.ToLower(name)
	for _, w := range wellKnownTypes {
		if l == w.suffix || strings.HasSuffix(l, "."+w.suffix) {
			return w.typ, true
		}
	}
	return typeExpr{}, false
}

// unswapCells puts back a row's type and required cells written the wrong
// way round ("project_id | 是 | String" under "参数 | 参数类型 | 是否必选"):
// the type cell holds a required word and the required cell a type.
func (c *pageCtx) unswapCells(t *docparse.Table, cols columnMap) {
	ti, ok1 := cols.col(colType)
	ri, ok2 := cols.col(colRequired)
	if !ok1 || !ok2 {
		return
	}
	for k := range t.Rows {
		r := &t.Rows[k]
		if ti >= len(r.Cells) || ri >= len(r.Cells) {
			continue
		}
		typ, req := r.Cells[ti], r.Cells[ri]
		if l := strings.TrimSpace(typ.Line()); len(l) > 9 || !requiredValues[strings.ToLower(l)] || !readTypeCell(req.Line()).understood() {
			continue
		}
		r.Cells[ti], r.Cells[ri] = req, typ
		name, _ := cellAt(r, cols, colName)
		c.diags.Report(typ.Pos, diag.SwappedCells, "table %q, %q: the type cell holds %q and the required cell %q: read the other way round", tableLabel(t), name.Line(), typ.Line(), req.Line())
	}
}

// rejoinDescriptions mends the rows of a pipe table that have more cells
// than its header: a "|" that is not escaped in a description ("权限有效值：
// FULL_CONTROL | READ | WRITE") splits it, so the cells over are the
// description's, joined back with "|" (docparse reports the row's shape).
func rejoinDescriptions(t *docparse.Table, cols columnMap) {
	d, ok := cols.col(colDesc)
	if !ok {
		return
	}
	for ri := range t.Rows {
		r := &t.Rows[ri]
		extra := len(r.Cells) - len(t.Header)
		if extra <= 0 || d+extra >= len(r.Cells) {
			continue
		}
		merged := docparse.Cell{Pos: r.Cells[d].Pos}
		for _, c := range r.Cells[d : d+extra+1] {
			paras := c.Paras
			if n := len(merged.Paras); n > 0 && len(paras) > 0 {
				last := &merged.Paras[n-1]
				last.Text += "|" + paras[0].Text
				last.Strong = append(slices.Clip(last.Strong), paras[0].Strong...)
				paras = paras[1:]
			}
			merged.Paras = append(merged.Paras, paras...)
			merged.Links = append(merged.Links, c.Links...)
		}
		cells := append(slices.Clip(r.Cells[:d]), merged)
		r.Cells = append(cells, r.Cells[d+extra+1:]...)
	}
}

// withColumnCell is a description cell with the text of another column's
// cell after it, under the column's header ("取值范围：1~100", "Value range:
// 1-100", "约束：…"); ok is false when the cell says nothing ("-", "无").
func withColumnCell(desc, rng docparse.Cell, header string) (docparse.Cell, bool) {
	if len(rng.Paras) == 0 || noDefault[strings.ToUpper(cleanValue(rng.Line()))] {
		return desc, false
	}
	label := strings.TrimRight(strings.TrimSpace(header), ":：")
	switch {
	case label == "":
	case columnWords[normWord(label)] == colRange && label[0] < utf8.RuneSelf:
		label = "Value range: " // "Range", "Value Range"
	case label[0] < utf8.RuneSelf:
		label += ": "
	default:
		label += "："
	}
	out := docparse.Cell{Pos: desc.Pos, Links: desc.Links}
	if len(desc.Paras) == 0 {
		out.Pos = rng.Pos
	}
	out.Paras = append(out.Paras, desc.Paras...)
	for i, p := range rng.Paras {
		if i == 0 {
			p.Text = label + p.Text
		}
		out.Paras = append(out.Paras, p)
	}
	out.Links = append(out.Links, rng.Links...)
	return out, true
}

// isNo reports whether a cell answers no ("否", "No", "false").
func isNo(s string) bool {
	switch strings.ToLower(strings.TrimRight(strings.TrimSpace(s), "。.")) {
	case "否", "no", "false", "n":
		return true
	}
	return false
}
