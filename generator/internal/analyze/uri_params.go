package analyze

import (
	"slices"
	"strconv"
	"strings"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/internal/docparse"
	"github.com/docspec/docspec/generator/model"
)

// Legacy pages document the URI's parameters in one table under the URI
// section ("Parameter description", "URI参数说明") that mixes the path's
// placeholders with query parameters. Where each row goes is decided here.

// uriTableRole is the role of a table in a URI section: none for a method
// and URI table (it is no parameter table); query when its caption says so
// (uriQueryCaptions, or the caption roles); the caption's role when it has
// another ("路径参数": path, "请求参数": the body, not read here); otherwise,
// a caption that says nothing or only "URI parameters", or a request
// parameter caption when the method sends no body, the table is mixed and
// its rows are placed one by one (uriRowsIn).
func (c *pageCtx) uriTableRole(t *docparse.Table) (role tableRole, mixed bool) {
	if isMethodTable(t) {
		return roleUnknown, false
	}
	caption := c.caption(t)
	l := strings.ToLower(caption)
	for _, w := range uriQueryCaptions {
		if strings.Contains(l, w) {
			return roleQuery, false
		}
	}
	switch r := captionRole(caption); {
	case r == rolePath && strings.Contains(l, "uri"), r == roleUnknown:
		return rolePath, true // "URI参数说明", "Parameter description"
	case r == roleBody && !methodHasBody[c.op.Method]:
		return rolePath, true // "请求参数" of a GET: there is no body to be
	default:
		return r, false
	}
}

// uriRowsIn places the rows of a mixed URI table: a row is a path parameter
// when it is a placeholder of the path; otherwise it is a query parameter
// when
//
//   - the URI line's query string names it ("?limit={limit}", "[?limit]"), or
//     it is the placeholder of one query name's whole value
//     ("?action_id={actionId}": the row documents action_id), or
//   - the method sends no body (GET, DELETE, HEAD, OPTIONS) and the row is
//     optional: such a row filters or pages the result; or required, and the
//     request example's URL has it in its query string ("type | 是 |
//     String | 取值范围：private" and "GET …/v2/zones?type=private").
//
// A row of a POST, PUT or PATCH whose path has a row for every placeholder
// is a field of the body written in the URI table, or, when the request
// section documents the body, an optional row is a query parameter
// (uriRowsBody); so is a required row "body" of any method, which stands for
// the request body. Any other required row the URI line does not name (often a
// misspelt placeholder, "flavors_id" for {flavor_id}) stays a path row,
// reported as not in the path by checkPathParams; a row that is one of several placeholders in a
// query value ("filter=limit::{limit}|offset::{offset}") is reported here.
func (c *pageCtx) uriRowsIn(rows []row) {
	inPath := placeholderSet(c.op.Path)
	isRow := map[string]bool{}
	for _, r := range rows {
		isRow[r.Name] = true
	}
	everyPlaceholder := true
	for _, n := range placeholderNames(c.op.Path) {
		if !slices.ContainsFunc(rows, func(r row) bool { return strings.EqualFold(r.Name, n) }) {
			everyPlaceholder = false
		}
	}
	for _, r := range rows {
		if n := placeholderFold(c.op.Path, r.Name); n != "" && !isRow[n] {
			r.Name = n // "domain_Id" documents {domain_id}
		}
		if r.In != "" || inPath[r.Name] {
			c.addParam(orPath(r.In), r)
			continue
		}
		if hasQueryItem(c.ep.Query, r.Name) {
			c.addParam("query", r)
			continue
		}
		if q, whole := queryValueOf(c.ep.Query, r.Name); q != nil {
			if whole && !isRow[q.Name] {
				r.Name = q.Name
				c.addParam("query", r)
			} else {
				c.diags.Report(r.Pos, diag.UnknownPathParam, "%q is a part of the value of query parameter %q (%s=%s): not a parameter of its own, ignored", r.Name, q.Name, q.Name, q.Value)
			}
			continue
		}
		if !methodHasBody[c.op.Method] && (!r.Required || c.exampleQuery[r.Name]) {
			c.addParam("query", r)
			continue
		}
		if r.Name == "body" || methodHasBody[c.op.Method] && everyPlaceholder {
			c.uriBody = append(c.uriBody, r)
			continue
		}
		c.addParam("path", r)
	}
}

// uriRowsBody places the rows of the URI table that are neither path nor
// query parameters (c.uriBody): when no table of the request section gives
// the body, and its example (if it has one) is an object with a member of
// one of these names, they are its fields ("Request parameters: None" after
// a URI table that lists them); else they are reported as not in the path.
// A row "body" stands for the request body: the one the page documents, or
// one it does not, which is reported.
func (c *pageCtx) uriRowsBody(secs []*sectionBlocks) {
	var rows, bodyRows []row
	for _, r := range c.uriBody {
		if r.Name == "body" {
			bodyRows = append(bodyRows, r)
		} else {
			rows = append(rows, r)
		}
	}
	c.uriFieldRows(secs, rows)
	for _, r := range bodyRows {
		if c.op.RequestBody != nil {
			c.use(r.key.t, r.key.i) // the row stands for the body the page documents
			continue
		}
		// Kubernetes' DELETE: "body | Yes | -", and the request section "N/A"
		c.diags.Report(r.Pos, diag.UnknownPathParam, "row \"body\" of the URI table stands for a request body that the page does not document: ignored")
		c.drop(r.key.t, r.key.i)
	}
}

// uriFieldRows places the rows of uriRowsBody other than "body".
func (c *pageCtx) uriFieldRows(secs []*sectionBlocks, rows []row) {
	if len(rows) == 0 {
		return
	}
	keys, list, ok := requestExample(secs)
	if c.op.RequestBody != nil || ok && !slices.ContainsFunc(rows, func(r row) bool { return keys[r.Name] }) {
		// The body is documented elsewhere: what else the URI table lists
		// is the query string's ("pretty" beside a Kubernetes object), but
		// a required row the path lacks is more likely a misspelt
		// placeholder.
		for _, r := range rows {
			if !r.Required {
				c.addParam("query", r)
				continue
			}
			c.diags.Report(r.Pos, diag.UnknownPathParam, "path parameter %q does not appear in the path %s: ignored", r.Name, c.op.Path)
			c.drop(r.key.t, r.key.i)
		}
		return
	}
	s := &model.Schema{Type: "object", Pos: rows[0].Pos, Fields: c.fieldsOf(rows)}
	var names []string
	for _, f := range s.Fields {
		names = append(names, strconv.Quote(f.Name))
	}
	what := "the request body's fields"
	if list {
		// [{"server_id": …, "address": …}]: the rows are an element's
		s = &model.Schema{Type: "array", Items: s, Pos: s.Pos}
		what = "the fields of the request body's elements, as the example lists them"
	} else {
		s.Name = c.derived("RequestBody")
	}
	c.op.RequestBody = &model.Body{Schema: s, Pos: rows[0].Pos}
	rowsAre := "rows %s of the URI table are"
	if len(names) == 1 {
		rowsAre = "row %s of the URI table is"
	}
	c.diags.Report(rows[0].Pos, diag.URIBodyRows, rowsAre+" neither in the path %s nor in its query string, and the request section documents no body: read as %s", strings.Join(names, ", "), c.op.Path, what)
}

// placeholderFold is the placeholder of the path that name spells with
// other letter case or writes in its braces ("{account}"), or "".
func placeholderFold(path, name string) string {
	bare := strings.TrimSuffix(strings.TrimPrefix(name, "{"), "}")
	if len(bare) != len(name)-2 {
		bare = name // not a name in braces
	}
	for _, n := range placeholderNames(path) {
		if n != name && strings.EqualFold(n, bare) {
			return n
		}
	}
	return ""
}

func orPath(in string) string {
	if in == "" {
		return "path"
	}
	return in
}

// queryValueOf finds the query item whose value holds the placeholder
// {name}; whole is true when the value is only that placeholder.
func queryValueOf(query []queryItem, name string) (*queryItem, bool) {
	for i := range query {
		for _, n := range query[i].valueNames() {
			if n == name {
				return &query[i], query[i].Value == "{"+name+"}"
			}
		}
	}
	return nil, false
}

// methodHasBody: the methods whose requests carry a body; the others' table
// rows cannot be body fields.
var methodHasBody = map[string]bool{"POST": true, "PUT": true, "PATCH": true}

// queryTable reports whether a request section's table, which would be the
// body, documents parameters instead: the method sends no body (GET, HEAD),
// the table's caption (or the line introducing it) does not say "body"
// ("Request parameters", "请求参数", none), and no row refers to a table of
// an object's fields, so each row is a single value.
func (c *pageCtx) queryTable(t *docparse.Table) bool {
	if c.op.Method != "GET" && c.op.Method != "HEAD" {
		return false
	}
	caption := c.caption(t)
	l := strings.ToLower(caption)
	for _, w := range bodyCaptionWords {
		if strings.Contains(l, w) {
			return false
		}
	}
	for i := range t.Rows {
		if c.idx.refs[rowKey{t, i}].target != nil {
			return false
		}
	}
	return true
}

// queryValueRows names a query table's row after the query name whose whole
// value is the row's placeholder, when no row has that name and the query
// string does not name the row ("?label_details={labelDetails}" and a row
// labelDetails document the parameter label_details).
func (c *pageCtx) queryValueRows(rows []row) {
	isRow := map[string]bool{}
	for _, r := range rows {
		isRow[r.Name] = true
	}
	inPath := placeholderSet(c.op.Path)
	for i, r := range rows {
		if r.In != "" && r.In != "query" || inPath[r.Name] || hasQueryItem(c.ep.Query, r.Name) {
			continue
		}
		if q, whole := queryValueOf(c.ep.Query, r.Name); q != nil && whole && !isRow[q.Name] {
			rows[i].Name = q.Name
		}
	}
}

// requestRowsIn places the rows of a request section's parameter table
// (queryTable): a placeholder of the path is a path parameter, a name
// shaped like an HTTP header ("X-Auth-Token", "Content-Type") a header, any
// other name a query parameter, required when its row says so.
func (c *pageCtx) requestRowsIn(rows []row) {
	inPath := placeholderSet(c.op.Path)
	c.queryValueRows(rows)
	for _, r := range rows {
		name := strings.TrimSuffix(strings.TrimPrefix(r.Name, "{"), "}")
		switch {
		case r.In != "":
			c.addParam(r.In, r)
		case inPath[name]:
			r.Name = name
			c.addParam("path", r)
		case headerName.MatchString(r.Name):
			c.addParam("header", r)
		default:
			c.addParam("query", r)
		}
	}
}

// requestExample reads the first code block of the request section or a
// request example: the members of the object its JSON is or of the objects
// it lists (none when it is not JSON); ok is false when there is no block.
func requestExample(secs []*sectionBlocks) (keys map[string]bool, list, ok bool) {
	blocks := requestCode(secs)
	if len(blocks) == 0 {
		return nil, false, false
	}
	b := blocks[0]
	keys = map[string]bool{}
	start, off := jsonStart(b.Text)
	if start < 0 {
		return keys, false, true
	}
	src, _ := mendJSON(b.Text[off:])
	v, err := parseJSON(src, b.Pos.Line, b.Pos.File)
	if err == nil && v.kind == 'a' {
		v, list = v.vals[0], true
	}
	if err == nil && v.kind == 'o' {
		for _, k := range v.keys {
			keys[k] = true
		}
	}
	return keys, list, true
}

// requestCode are the code blocks of the request section and of request
// examples, in order.
func requestCode(secs []*sectionBlocks) []*docparse.Block {
	var out []*docparse.Block
	for _, s := range secs {
		if s.kind != secRequest && s.kind != secReqExample {
			continue
		}
		for i := range s.blocks {
			if s.blocks[i].Kind == docparse.Code {
				out = append(out, &s.blocks[i])
			}
		}
	}
	return out
}

// exampleQueryNames are the names in the query string of the URL a request
// example writes after its method ("GET https://{endpoint}/v2/zones?type=
// private&limit=10").
func exampleQueryNames(secs []*sectionBlocks) map[string]bool {
	names := map[string]bool{}
	for _, b := range requestCode(secs) {
		for _, line := range strings.Split(b.Text, "\n") {
			word, target, _ := strings.Cut(strings.TrimSpace(line), " ")
			f := strings.Fields(target)
			if _, known := methodWord(word); !known || len(f) == 0 {
				continue
			}
			_, query := cutQuery(f[0])
			for _, q := range parseQuery(query) {
				names[q.Name] = true
			}
		}
	}
	return names
}
