package analyze

import (
	"sort"
	"strings"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/internal/docparse"
	"github.com/docspec/docspec/generator/model"
)

// The request and the response of a request-syntax page (uri_syntax.go):
// its sections are named by what they document ("请求消息参数" / "Request
// Parameters": query parameters; "请求消息头" / "Request Headers": headers;
// "请求消息元素" / "Request Elements": the body's elements), the syntax
// blocks write the rest out, and the examples show real messages.

// readSyntaxRequest reads the path, query and header parameters and the
// request body.
func (c *pageCtx) readSyntaxRequest(secs []*sectionBlocks) {
	sx := c.syntax
	inPath := placeholderSet(sx.path)
	flags := map[string]bool{}
	for _, q := range sx.query {
		if !q.valued {
			flags[q.name] = true
		}
	}
	if sx.objectWord != "" {
		c.addOpParam(&model.Param{Name: objectKeyParam, In: "path", Required: true, Schema: &model.Schema{Type: "string"}, Pos: sx.block.startPos,
			Description: "The object's name (key), written " + sx.objectWord + " in the request syntax. It may contain \"/\": a client escapes it as %2F."})
	}
	var elements []*docparse.Table
	for _, s := range secs {
		if s.kind != secRequest {
			continue
		}
		part := messagePartOf(s.title)
		for _, b := range s.blocks {
			if b.Kind != docparse.TableBlock {
				continue
			}
			switch part {
			case partParams:
				for _, r := range c.elementRows(b.Table) {
					switch {
					case flags[r.Name]:
						// a sub-resource: part of the path key
					case inPath[r.Name]:
						c.addSyntaxParam("path", r)
					default:
						c.addSyntaxParam("query", r)
					}
				}
			case partHeaders:
				for _, r := range c.elementRows(b.Table) {
					c.addSyntaxParam("header", r)
				}
			case partElements:
				elements = append(elements, b.Table)
			}
		}
	}
	// what the request line and the syntax's headers show and no table documents
	marks := syntaxMarks(sx.key)
	for _, q := range sx.query {
		if q.valued && c.param("query", q.name) == nil {
			c.addOpParam(&model.Param{Name: q.name, In: "query", Required: marks[q.name], Schema: &model.Schema{Type: "string"},
				Pos: sx.block.startPos, Description: "Shown in the request syntax."})
		}
	}
	for _, h := range sx.block.headers {
		l := strings.ToLower(h.name)
		if commonHeaders[l] || c.headerParam(h.name) != nil {
			continue
		}
		c.addOpParam(&model.Param{Name: h.name, In: "header", Required: marks[l], Schema: &model.Schema{Type: "string"},
			Pos: h.pos, Description: "Shown in the request syntax."})
	}
	for _, p := range c.op.Params {
		if p.In == "header" && marks[strings.ToLower(p.Name)] {
			p.Required = true // it selects the operation
		}
	}
	samples := c.syntaxSamples(secs, secReqExample)
	c.op.RequestBody = c.syntaxBody(sx.block, elements, samples, "RequestBody", true)
}

// syntaxMarks are the names after "#" in a path key, lower-cased too.
func syntaxMarks(key string) map[string]bool {
	out := map[string]bool{}
	if _, frag, ok := strings.Cut(key, "#"); ok {
		for _, n := range strings.Split(frag, "&") {
			out[n] = true
			out[strings.ToLower(n)] = true
		}
	}
	return out
}

// headerParam finds a header parameter whatever its case.
func (c *pageCtx) headerParam(name string) *model.Param {
	for _, p := range c.op.Params {
		if p.In == "header" && strings.EqualFold(p.Name, name) {
			return p
		}
	}
	return nil
}

// addSyntaxParam adds a parameter documented by a table row.
func (c *pageCtx) addSyntaxParam(in string, r elementRow) {
	if in == "header" {
		l := strings.ToLower(r.Name)
		if transportHeaders[l] {
			return
		}
		if strings.HasSuffix(r.Name, "-") || strings.ContainsAny(r.Name, "*{}") {
			c.diags.Report(r.Pos, diag.HeaderFamily, "header %q names a family of headers: not a parameter", r.Name)
			c.drop(r.key.t, r.key.i)
			return
		}
		if p := c.headerParam(r.Name); p != nil {
			c.diags.Report(r.Pos, diag.DuplicateParam, "header %q is documented twice (first at line %d): the first is kept", r.Name, p.Pos.Line)
			c.drop(r.key.t, r.key.i)
			return
		}
	}
	sch := r.Schema
	if sch != nil && sch.Type == "object" {
		sch = &model.Schema{Type: "string"} // a container word in a parameter table: the value is text
	}
	c.addParam(in, row{key: r.key, Name: r.Name, Required: r.Required, Schema: sch, Desc: r.Desc, Pos: r.Pos})
}

// sameRequest reports whether an example's request is the page's
// operation: the same method and sub-resources (a page may show a request
// to another operation it depends on).
func (c *pageCtx) sameRequest(smp syntaxBlock) bool {
	m := requestLine.FindStringSubmatch(smp.start)
	if m == nil || !strings.EqualFold(m[1], c.syntax.method) {
		return false
	}
	_, q, _ := syntaxTarget(docparse.Unescape(m[2]))
	flags := func(qs []syntaxQuery) string {
		var out []string
		for _, x := range qs {
			if !x.valued {
				out = append(out, x.name)
			}
		}
		sort.Strings(out)
		return strings.Join(out, "&")
	}
	return flags(q) == flags(c.syntax.query)
}

// successSample reports whether a response example is a success (or
// shows no status line).
func successSample(smp syntaxBlock) bool {
	return !statusLine.MatchString(smp.start) || statusOfLine(smp.start) != ""
}

// syntaxSamples are the code blocks of the request (or response) examples.
func (c *pageCtx) syntaxSamples(secs []*sectionBlocks, kind section) []syntaxBlock {
	var out []syntaxBlock
	for _, s := range secs {
		if s.kind != kind {
			continue
		}
		for i := range s.blocks {
			if s.blocks[i].Kind == docparse.Code {
				out = append(out, parseSyntaxBlock(&s.blocks[i]))
			}
		}
	}
	return out
}

// syntaxBodyKind says what a syntax block's body is: XML written out, JSON,
// a placeholder, or nothing.
func syntaxBodyKind(blk syntaxBlock) bodyKind {
	kind := bodyNone
	for _, l := range strings.Split(blk.body, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		words := strings.ToLower(strings.Trim(l, "<> "))
		if k, ok := bodyPlaceholders[words]; ok {
			if k != bodyNone && kind == bodyNone {
				kind = k
			}
			continue
		}
		switch {
		case l[0] == '{' || l[0] == '[':
			if kind == bodyNone {
				kind = bodyJSON
			}
		case xmlTag.MatchString(l) && !strings.HasPrefix(l, "--"):
			if m := xmlTag.FindStringSubmatch(l); m != nil && (strings.TrimSpace(m[3]) == "" || strings.Contains(m[3], "=")) {
				if kind == bodyNone || kind == bodyElements {
					kind = bodyXML
				}
			}
		case strings.Contains(strings.ToLower(l), "json"):
			if kind == bodyNone {
				kind = bodyJSON
			}
		}
	}
	if ct, ok := blk.header("Content-Type"); ok && strings.TrimSpace(blk.body) != "" { // a GET's Content-Type is no body
		media, _, _ := strings.Cut(strings.ToLower(ct), ";")
		if k, ok := mediaTypeKinds[strings.TrimSpace(media)]; ok && (kind == bodyNone || kind == bodyElements || k == bodyForm) {
			kind = k
		}
	}
	return kind
}

// syntaxBody builds a request or response body from the syntax block, the
// element tables and the examples.
func (c *pageCtx) syntaxBody(blk syntaxBlock, tables []*docparse.Table, samples []syntaxBlock, suffix string, request bool) *model.Body {
	kind := syntaxBodyKind(blk)
	pos := blk.bodyPos
	if pos.Line == 0 && len(tables) > 0 {
		pos = tables[0].Pos
	}
	if pos.Line == 0 {
		pos = blk.startPos
	}
	typed := false
	for _, t := range tables {
		typed = typed || mapColumns(t.Header).has(colType)
	}
	if kind == bodyNone || kind == bodyElements {
		switch {
		case len(tables) == 0 && kind == bodyNone:
			return nil
		case typed:
			kind = bodyJSON
		default:
			kind = bodyXML
		}
	}
	switch kind {
	case bodyBinary:
		return &model.Body{MediaType: "application/octet-stream", Schema: &model.Schema{Type: "string", Format: "binary"}, Pos: pos}
	case bodyForm:
		return &model.Body{MediaType: "multipart/form-data", Schema: c.formSchema(tables), Pos: pos}
	case bodyJSON:
		if typed {
			return c.typedBody(tables, suffix)
		}
		// without tables, a JSON body is free-form: its examples are
		// instances (a policy's condition keys), not its fields
		if len(tables) == 0 {
			return &model.Body{Schema: &model.Schema{Type: "object"}, Pos: pos}
		}
		eb := &elementBody{top: &sampleNode{}, json: true, pos: pos, suffix: suffix}
		readJSONSample(eb.top, firstJSON(blk.body))
		for _, smp := range samples {
			if request && c.sameRequest(smp) || !request && successSample(smp) {
				readJSONSample(eb.top, firstJSON(smp.body))
			}
		}
		rowsOf := map[*docparse.Table][]elementRow{}
		for _, t := range tables {
			rowsOf[t] = c.elementRows(t)
		}
		eb.rows = tableRows(tables, rowsOf)
		s, _ := c.elementSchema(eb)
		return &model.Body{Schema: s, Pos: pos}
	}
	// XML
	eb := &elementBody{top: &sampleNode{}, pos: pos}
	readXMLSample(eb.top, blk.body)
	rowsOf := map[*docparse.Table][]elementRow{} // read once: reading reports
	for _, t := range tables {
		rowsOf[t] = c.elementRows(t)
	}
	eb.rows = tableRows(c.rootTables(tables, rowsOf, eb.top), rowsOf)
	// the examples: their elements under the same root only (the first
	// example's root when nothing else names one)
	root := c.sampleRoot(eb)
	for _, smp := range samples {
		if request && !c.sameRequest(smp) || !request && !successSample(smp) {
			continue
		}
		one := &sampleNode{}
		if !readXMLSample(one, smp.body) {
			continue
		}
		if root == "" {
			root = one.children[0].name
		}
		if one.find(root) != nil {
			readXMLSample(eb.top, smp.body)
		}
	}
	if root != "" {
		// a sample may hold other roots: only the chosen one is the body
		kept := eb.top.find(root)
		if kept != nil {
			eb.top.children = []*sampleNode{kept}
		}
	}
	s, ok := c.elementSchema(eb)
	if !ok {
		c.diags.Report(pos, diag.XMLUnstructured, "XML body: neither the syntax, an example nor the element table gives its elements' nesting: typed as a string")
		return &model.Body{MediaType: "application/xml", Schema: &model.Schema{Type: "string"}, Pos: pos}
	}
	return &model.Body{MediaType: "application/xml", Schema: s, Pos: pos}
}

// formSchema is a form's fields: one per row ("Cache-Control,Content-Type"
// names several); the file field is binary.
func (c *pageCtx) formSchema(tables []*docparse.Table) *model.Schema {
	s := &model.Schema{Type: "object"}
	seen := map[string]bool{}
	for _, t := range tables {
		for _, r := range c.elementRows(t) {
			for _, name := range strings.Split(r.Name, ",") {
				if name == "" || seen[name] {
					continue
				}
				if strings.HasSuffix(name, "-") || strings.ContainsAny(name, "*{}") {
					c.diags.Report(r.Pos, diag.HeaderFamily, "form field %q names a family of fields: not a field of the form", name)
					continue
				}
				seen[name] = true
				fs := cloneScalar(r.Schema)
				if fs.Type == "object" || fs.Type == "array" {
					fs = &model.Schema{Type: "string", Description: r.Desc}
				}
				if strings.EqualFold(name, "file") {
					fs = &model.Schema{Type: "string", Format: "binary", Description: r.Desc}
				}
				s.Fields = append(s.Fields, &model.Field{Name: name, Required: r.Required, Schema: fs, Pos: r.Pos})
			}
		}
	}
	return s
}

// tableRows reads the element tables of a body. A table whose caption
// names an element of another table ("rules参数说明") documents that
// element's children.
func tableRows(tables []*docparse.Table, rowsOf map[*docparse.Table][]elementRow) []elementRow {
	var rows []elementRow
	for _, t := range tables {
		rows = append(rows, rowsOf[t]...)
	}
	for _, t := range tables {
		parent := captionName(t.Caption)
		if parent == "" {
			continue
		}
		isContainer := false
		for _, r := range rows {
			isContainer = isContainer || (r.table != t && r.Name == parent && r.isObject())
		}
		if !isContainer {
			continue
		}
		for i := range rows {
			if rows[i].table == t && rows[i].Parents == nil && !rows[i].Root {
				rows[i].Parents = [][]string{{parent}}
			}
		}
	}
	return rows
}

// sampleRoot is the root element name the body will have, before the
// examples are read ("" when nothing says).
func (c *pageCtx) sampleRoot(eb *elementBody) string {
	if len(eb.top.children) > 0 {
		return eb.top.children[0].name
	}
	for _, r := range eb.rows {
		if r.Root || (r.Parents == nil && len(r.Children) > 0) {
			return r.Name
		}
	}
	for _, r := range eb.rows {
		for _, p := range r.Parents {
			if len(p) > 1 {
				return p[0]
			}
		}
	}
	if len(eb.rows) > 0 && eb.rows[0].Parents == nil && eb.rows[0].isObject() {
		return eb.rows[0].Name
	}
	return ""
}

// rootTables keeps the element tables of the body's root: a section may
// document a second root (the versions listing of a listing page), which
// belongs to an operation the page writes out second.
func (c *pageCtx) rootTables(tables []*docparse.Table, rowsOf map[*docparse.Table][]elementRow, top *sampleNode) []*docparse.Table {
	if len(tables) < 2 {
		return tables
	}
	rootOf := func(t *docparse.Table) string {
		for _, r := range rowsOf[t] {
			if r.Root {
				return r.Name
			}
			for _, p := range r.Parents {
				if len(p) > 1 {
					return p[0]
				}
			}
		}
		return ""
	}
	want := ""
	if len(top.children) > 0 {
		want = top.children[0].name
	}
	var out []*docparse.Table
	for _, t := range tables {
		r := rootOf(t)
		if want == "" {
			want = r
		}
		if r != "" && want != "" && r != want {
			c.diags.Report(t.Pos, diag.ExtraBodyTable, "table %q documents another root element (%s, not %s): ignored", tableLabel(t), r, want)
			continue
		}
		out = append(out, t)
	}
	return out
}

// typedBody is a JSON body documented by tables with a type column: the
// first is the body, the others the objects its rows refer to.
func (c *pageCtx) typedBody(tables []*docparse.Table, suffix string) *model.Body {
	var root *docparse.Table
	for _, t := range tables {
		if !c.idx.targets[t] && root == nil {
			root = t
		}
	}
	if root == nil {
		root = tables[0]
	}
	s := c.tableSchema(root, c.rootName(root, suffix))
	for _, t := range tables {
		if t != root && !c.idx.targets[t] && mapColumns(t.Header).has(colName) && mapColumns(t.Header).has(colType) {
			c.diags.Report(t.Pos, diag.UnusedTable, "table %q is not linked from any field: ignored", tableLabel(t))
		}
	}
	return &model.Body{Schema: s, Pos: root.Pos}
}

// jsonBody reports whether the operation has a JSON body, whose examples
// the page's JSON examples are (XML and binary bodies have none).
func (c *pageCtx) jsonBody() bool {
	is := func(b *model.Body) bool { return b != nil && (b.MediaType == "" || b.MediaType == "application/json") }
	if is(c.op.RequestBody) {
		return true
	}
	for _, r := range c.op.Responses {
		if is(r.Body) {
			return true
		}
	}
	return false
}

// firstJSON parses the JSON document of a body text, if it is one.
func firstJSON(body string) *jv {
	t := strings.TrimSpace(body)
	if t == "" || (t[0] != '{' && t[0] != '[') {
		return nil
	}
	v, err := parseJSON(t, 1, "")
	if err != nil {
		return nil
	}
	return v
}

// readSyntaxResponse reads the success response: its status, headers and body.
func (c *pageCtx) readSyntaxResponse(secs []*sectionBlocks, statusDesc map[string]string) {
	var blk syntaxBlock
	for _, s := range secs {
		if s.kind != secRespSyntax {
			continue
		}
		for i := range s.blocks {
			if s.blocks[i].Kind == docparse.Code {
				blk = parseSyntaxBlock(&s.blocks[i])
				break
			}
		}
		break
	}
	samples := c.syntaxSamples(secs, secRespExample)
	code := successStatus(blk, statusDesc, samples)
	desc := statusDesc[code]
	if desc == "" {
		desc = defaultDescription(code)
	}
	pos := blk.startPos
	if pos.Line == 0 {
		pos = c.op.Pos
	}
	resp := &model.Response{Status: code, Description: desc, Pos: pos}
	c.op.Responses = append(c.op.Responses, resp)
	var elements []*docparse.Table
	seen := map[string]bool{}
	for _, s := range secs {
		if s.kind != secResponse {
			continue
		}
		part := messagePartOf(s.title)
		for _, b := range s.blocks {
			if b.Kind != docparse.TableBlock {
				continue
			}
			switch part {
			case partHeaders:
				for _, r := range c.elementRows(b.Table) {
					if seen[strings.ToLower(r.Name)] || strings.HasSuffix(r.Name, "-") || strings.ContainsAny(r.Name, "*{}") {
						continue
					}
					seen[strings.ToLower(r.Name)] = true
					sch := r.Schema
					if sch == nil || sch.Type == "object" || sch.Type == "array" {
						sch = &model.Schema{Type: "string"}
					}
					sch.Description = ""
					resp.Headers = append(resp.Headers, &model.Param{Name: r.Name, In: "header", Description: r.Desc, Schema: sch, Pos: r.Pos})
				}
			case partElements:
				elements = append(elements, b.Table)
			}
		}
	}
	for _, h := range blk.headers {
		l := strings.ToLower(h.name)
		if commonHeaders[l] || seen[l] {
			continue
		}
		seen[l] = true
		resp.Headers = append(resp.Headers, &model.Param{Name: h.name, In: "header", Description: "Shown in the response syntax.",
			Schema: &model.Schema{Type: "string"}, Pos: h.pos})
	}
	resp.Body = c.syntaxBody(blk, elements, samples, responseSuffix(code), false)
	// the other documented statuses
	var codes []string
	for k := range statusDesc {
		if k != code {
			codes = append(codes, k)
		}
	}
	sort.Strings(codes)
	for _, k := range codes {
		d := statusDesc[k]
		if d == "" {
			d = defaultDescription(k)
		}
		c.op.Responses = append(c.op.Responses, &model.Response{Status: k, Description: d, Pos: c.op.Pos})
	}
}

// successStatus is the status of the success response: the response
// syntax's, else the first success status of the status table, else the
// first example's, else 200.
func successStatus(blk syntaxBlock, statusDesc map[string]string, samples []syntaxBlock) string {
	if code := statusOfLine(blk.start); code != "" {
		return code
	}
	var codes []string
	for k := range statusDesc {
		if strings.HasPrefix(k, "2") {
			codes = append(codes, k)
		}
	}
	if len(codes) > 0 {
		sort.Strings(codes)
		return codes[0]
	}
	for _, s := range samples {
		if code := statusOfLine(s.start); code != "" {
			return code
		}
	}
	return "200"
}

// statusOfLine is the success status of a status line ("HTTP/1.1 204 No
// Content"), "" for another line or a placeholder ("status_code").
func statusOfLine(l string) string {
	m := statusLine.FindStringSubmatch(l)
	if m == nil {
		return ""
	}
	if code := statusCode(m[1]); strings.HasPrefix(code, "2") {
		return code
	}
	return ""
}
