package analyze

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/internal/docparse"
	"github.com/docspec/docspec/generator/model"
)

// row is one parameter-table row, read through the column map.
type row struct {
	Name     string
	Required bool
	HasReq   bool
	Schema   *model.Schema
	Desc     string
	In       string
	Pos      diag.Pos
}

// readParams reads the path, query, header and request body tables.
func (c *pageCtx) readParams(secs []*sectionBlocks) {
	for _, s := range secs {
		if s.kind != secURI && s.kind != secRequest {
			continue
		}
		for _, b := range s.blocks {
			if b.Kind != docparse.TableBlock || c.targets[b.Table] {
				continue
			}
			t := b.Table
			role := captionRole(t.Caption)
			if role == roleUnknown {
				if s.kind == secURI {
					role = rolePath
				} else if t.Anchor == "HeaderParameter" {
					role = roleHeader
				} else {
					role = roleBody
				}
			}
			if s.kind == secURI && role != rolePath && role != roleQuery {
				continue // method/URI tables, examples
			}
			switch role {
			case rolePath, roleQuery, roleHeader:
				in := map[tableRole]string{rolePath: "path", roleQuery: "query", roleHeader: "header"}[role]
				for _, r := range c.readRows(t, true) {
					if r.In != "" {
						in = r.In
					}
					c.addParam(in, r)
				}
			case roleBody:
				if c.op.RequestBody != nil {
					c.diags.Report(t.Pos, diag.ExtraBodyTable, "second request body table (the first is at line %d): ignored", c.op.RequestBody.Pos.Line)
					continue
				}
				sch := c.tableSchema(t, c.rootName(t, "RequestBody"))
				c.op.RequestBody = &model.Body{Schema: sch, Pos: t.Pos}
			case roleRespBody, roleRespHeader:
				c.diags.Report(t.Pos, diag.MisplacedTable, "response table %q in the request section: ignored", t.Caption)
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
		return
	}
	sch := r.Schema
	if sch == nil {
		sch = &model.Schema{Type: "string"}
	}
	if sch.Name == "" {
		sch.Description = "" // the parameter carries it
	}
	if sch.Type == "array" && (sch.Items == nil || sch.Items.Type == "") {
		// a path, query or header value list: its items are strings
		sch.Items = &model.Schema{Type: "string"}
	}
	if in == "path" {
		r.Required = true
	}
	c.op.Params = append(c.op.Params, &model.Param{Name: r.Name, In: in, Description: r.Desc, Required: r.Required, Schema: sch, Pos: r.Pos})
}

// param finds the operation's parameter by location and name through an
// index kept in step with c.op.Params (a linear scan per row is quadratic).
func (c *pageCtx) param(in, name string) *model.Param {
	if c.paramIndex == nil || c.paramIndexed > len(c.op.Params) {
		c.paramIndex, c.paramIndexed = map[[2]string]*model.Param{}, 0
	}
	for _, p := range c.op.Params[c.paramIndexed:] {
		if k := [2]string{p.In, p.Name}; c.paramIndex[k] == nil {
			c.paramIndex[k] = p
		}
	}
	c.paramIndexed = len(c.op.Params)
	return c.paramIndex[[2]string{in, name}]
}

// addURIQuery adds a query parameter named in the URI line when no table documents it.
func (c *pageCtx) addURIQuery(q queryItem, pos diag.Pos) {
	if c.param("query", q.Name) != nil {
		return
	}
	c.op.Params = append(c.op.Params, &model.Param{Name: q.Name, In: "query", Schema: &model.Schema{Type: "string"}, Pos: pos,
		Description: "Named in the URI line."})
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
	for _, name := range placeholderNames(c.op.Path) {
		inPath[name] = true
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
			continue
		}
		kept = append(kept, p)
	}
	c.op.Params = kept
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
	firstOK := ""
	for code := range statusDesc {
		if strings.HasPrefix(code, "2") && (firstOK == "" || code < firstOK) {
			firstOK = code
		}
	}
	if firstOK == "" {
		firstOK = "200"
	}
	for _, s := range secs {
		if s.kind != secResponse {
			continue
		}
		status := ""
		for _, b := range s.blocks {
			switch b.Kind {
			case docparse.Text:
				if code := statusOf(b.Text); code != "" {
					status = code
					get(status, b.Pos)
				}
			case docparse.TableBlock:
				t := b.Table
				if c.targets[t] {
					continue
				}
				code := status
				if code == "" {
					code = firstOK
				}
				resp := get(code, t.Pos)
				role := captionRole(t.Caption)
				if role == roleRespHeader || role == roleHeader {
					for _, r := range c.readRows(t, true) {
						resp.Headers = append(resp.Headers, &model.Param{Name: r.Name, In: "header", Description: r.Desc, Schema: orString(r.Schema), Pos: r.Pos})
					}
					continue
				}
				if resp.Body != nil && resp.Body.Schema != nil {
					if n := anchorName(t.Anchor); n != "" || captionRole(t.Caption) == roleUnknown {
						c.diags.Report(t.Pos, diag.UnusedTable, "table %q is not linked from any field: ignored", tableLabel(t))
					} else {
						c.diags.Report(t.Pos, diag.ExtraBodyTable, "second body table for status %s (the first is at line %d): ignored", code, resp.Body.Pos.Line)
					}
					continue
				}
				resp.Body = &model.Body{Schema: c.tableSchema(t, c.rootName(t, c.responseSuffix(t, code))), Pos: t.Pos}
			}
		}
	}
	for code, desc := range statusDesc {
		if byStatus[code] == nil {
			r := get(code, c.op.Pos)
			if desc != "" {
				r.Description = desc
			}
		}
	}
	if len(c.op.Responses) == 0 {
		get(firstOK, c.op.Pos)
	}
}

func orString(s *model.Schema) *model.Schema {
	if s == nil {
		return &model.Schema{Type: "string"}
	}
	return s
}

// responseSuffix names an unnamed response body table: <Op>ResponseBody for
// success; an error wrapper of one struct X is XBody (shared by the statuses
// and operations that return it), other error bodies <Op>ErrorBody.
func (c *pageCtx) responseSuffix(t *docparse.Table, code string) string {
	if strings.HasPrefix(code, "2") {
		return "ResponseBody"
	}
	return "ErrorBody"
}

// rootName names a top-level body table: from its anchor or caption when
// they name a struct, else from the operation.
func (c *pageCtx) rootName(t *docparse.Table, suffix string) string {
	if n := anchorName(t.Anchor); n != "" {
		return n
	}
	if isTypeName(t.Caption) && captionRole(t.Caption) == roleUnknown {
		return t.Caption
	}
	if suffix == "ErrorBody" {
		if rows := t.Rows; len(rows) == 1 {
			for _, l := range rows[0].Cells {
				for _, link := range l.Links {
					if n := anchorName(strings.TrimPrefix(link.Href, "#")); n != "" {
						return n + "Body"
					}
				}
			}
			for _, cell := range rows[0].Cells {
				if te, ok := parseType(cell.Line()); ok && te.Object != "" && len(c.captions[te.Object]) > 0 {
					return te.Object + "Body"
				}
			}
		}
	}
	return c.op.ID + suffix
}

// anchorName extracts the struct name of "response_X", "zh-cn_topic_1_request_X", "response_X_2".
func anchorName(a string) string {
	n, ok := anchorStructName(a)
	if !ok || !isTypeName(n) {
		return ""
	}
	return n
}

// tableSchema builds the object schema of a table, once per table.
func (c *pageCtx) tableSchema(t *docparse.Table, name string) *model.Schema {
	if s := c.schemas[t]; s != nil {
		return s
	}
	s := &model.Schema{Name: name, Type: "object", Pos: t.Pos, Origin: t.Caption}
	c.schemas[t] = s
	prev := c.current
	c.current = t
	defer func() { c.current = prev }()
	c.depth++
	defer func() { c.depth-- }()
	if c.depth > maxDepth {
		c.diags.Report(t.Pos, diag.NestingTooDeep, "object tables nest more than %d levels deep", maxDepth)
		return s
	}
	rows := c.readRows(t, false)
	s.Fields = make([]*model.Field, 0, len(rows))
	var seen map[string]*model.Field // by name: a linear scan is quadratic in the rows
	if len(rows) > smallTable {
		seen = make(map[string]*model.Field, len(rows))
	}
	for _, r := range rows {
		if f := fieldNamed(s.Fields, seen, r.Name); f != nil {
			c.diags.Report(r.Pos, diag.DuplicateParam, "property %q is documented twice in table %q (first at line %d): the first is kept", r.Name, tableLabel(t), f.Pos.Line)
			continue
		}
		sch := r.Schema
		if sch == nil {
			sch = &model.Schema{} // the type cell was reported: any value
		}
		s.Fields = append(s.Fields, &model.Field{Name: r.Name, Required: r.Required, Schema: sch, Pos: r.Pos})
		if seen != nil {
			seen[r.Name] = s.Fields[len(s.Fields)-1]
		}
	}
	if len(s.Fields) == 0 {
		s.Fields = nil
	}
	return s
}

// smallTable is the number of rows up to which tableSchema finds duplicate
// names by a scan, with no map.
const smallTable = 16

// fieldNamed is the field called name: through seen when there is one, else
// by a scan of fields.
func fieldNamed(fields []*model.Field, seen map[string]*model.Field, name string) *model.Field {
	if seen != nil {
		return seen[name]
	}
	for _, f := range fields {
		if f.Name == name {
			return f
		}
	}
	return nil
}

func tableLabel(t *docparse.Table) string {
	if t.Caption != "" {
		return t.Caption
	}
	if t.Anchor != "" {
		return t.Anchor
	}
	return "table"
}

var nameCleaner = strings.NewReplacer(" ", "", "\u00a0", "", "\u200b", "")

// cleanName drops the spaces, no-break spaces and zero-width spaces of a
// parameter name (most names have none: no Replacer pass).
func cleanName(s string) string {
	plain := true // ASCII without spaces: nothing to drop
	for i := 0; i < len(s) && plain; i++ {
		plain = s[i] != ' ' && s[i] < utf8.RuneSelf
	}
	if plain || strings.IndexByte(s, ' ') < 0 && !strings.Contains(s, "\u00a0") && !strings.Contains(s, "\u200b") {
		return s
	}
	return nameCleaner.Replace(s)
}

// readRows reads a parameter table's rows through its header.
func (c *pageCtx) readRows(t *docparse.Table, param bool) []row {
	cols := mapColumns(t.Header)
	if !cols.has(colName) {
		if len(t.Rows) > 0 || len(t.Header) > 0 {
			header := make([]string, len(t.Header))
			for i, h := range t.Header {
				header[i] = h.Line()
			}
			c.diags.Report(t.Pos, diag.UnknownColumns, "table %q: no parameter-name column among the header cells %q", tableLabel(t), header)
		}
		return nil
	}
	out := make([]row, 0, len(t.Rows))
	for ri := range t.Rows {
		r := &t.Rows[ri]
		cell := func(col column) (docparse.Cell, bool) {
			i, ok := cols.col(col)
			if !ok || i >= len(r.Cells) {
				return docparse.Cell{}, false
			}
			return r.Cells[i], true
		}
		nameCell, _ := cell(colName)
		name := cleanName(nameCell.Line())
		if name == "" || name == "-" {
			continue
		}
		x := row{Name: name, Pos: r.Pos}
		if rc, ok := cell(colRequired); ok {
			x.HasReq = true
			x.Required = isRequired(rc.Line())
		}
		var f facets
		if dc, ok := cell(colDesc); ok {
			f = readFacets(dc)
		}
		if dc, ok := cell(colDefault); ok {
			if v := cleanValue(dc.Line()); v != "" && v != "-" && !f.HasDefault {
				f.Default, f.HasDefault = v, true
			}
		}
		if ic, ok := cell(colIn); ok {
			switch strings.ToLower(ic.Line()) {
			case "path", "query", "header":
				x.In = strings.ToLower(ic.Line())
			}
		}
		x.Desc = f.Desc
		if tc, ok := cell(colType); ok {
			x.Schema = c.typeSchema(t, tc, x.Name, f)
		} else if cols.has(colType) {
			c.diags.Report(r.Pos, diag.EmptyType, "table %q, %q: row has no type cell: typed as any value", tableLabel(t), x.Name)
		} else {
			x.Schema = applyFacets(&model.Schema{Type: "string"}, f, c, r.Pos)
		}
		if x.Schema != nil && x.Schema.Name == "" {
			x.Schema.Description = x.Desc
		}
		out = append(out, x)
	}
	return out
}

func isRequired(s string) bool {
	l := toLower(strings.TrimSpace(s))
	for _, p := range []string{"是", "必选", "yes", "mandatory", "required", "true", "y"} {
		if strings.HasPrefix(l, p) {
			return l != "yes/no"
		}
	}
	return false
}

// typeSchema turns a type cell into a schema, resolving object links.
func (c *pageCtx) typeSchema(t *docparse.Table, cell docparse.Cell, field string, f facets) *model.Schema {
	text := cell.Line()
	if strings.TrimSpace(text) == "" || text == "-" {
		c.diags.Report(cell.Pos, diag.EmptyType, "table %q, %q: empty type cell: typed as any value", tableLabel(t), field)
		return nil
	}
	te, ok := parseType(text)
	if !ok {
		// "Object. For details, see Table 3." / "Array，详见表4": the type word before the prose.
		if head := typeHead(text); head != text {
			te, ok = parseType(head)
		}
	}
	if !ok && isTypeName(normType(text)) && c.captionTable(t, normType(text)) != nil {
		// a bare struct name that a caption on the page documents ("tag")
		te, ok = &typeExpr{Type: "object", Object: normType(text)}, true
	}
	if !ok {
		c.diags.Report(cell.Pos, diag.UnknownType, "table %q, %q: unknown type %q: typed as any value", tableLabel(t), field, text)
		return nil
	}
	var link *docparse.Link
	for i := range cell.Links {
		if strings.HasPrefix(cell.Links[i].Href, "#") {
			link = &cell.Links[i]
			break
		}
	}
	if link == nil && isGenericObject(te) {
		// "see Table N" in the type or description cell names the struct's table.
		if n := tableRef(text + " " + f.Desc); n != "" {
			if target := c.tableNumbered(n); target != nil && target != t {
				link = &docparse.Link{Href: "#" + c.anchorFor(target), Text: field}
			}
		}
	}
	s := c.exprSchema(te, link, cell.Pos, field)
	if s == nil {
		return nil
	}
	return applyFacets(s, f, c, cell.Pos)
}

var typeProse = regexp.MustCompile(`[.。,，;；(（]`)

// typeHead is the type word before prose in a type cell.
func typeHead(s string) string {
	if loc := typeProse.FindStringIndex(s); loc != nil && loc[0] > 0 {
		return strings.TrimSpace(s[:loc[0]])
	}
	return s
}

// tableRef finds "see Table N" / "详见表N" and returns N.
func tableRef(s string) string {
	if !strings.Contains(s, "表") && !containsFoldASCII(s, "able") {
		return ""
	}
	return seeTableRef(s)
}

func isGenericObject(te *typeExpr) bool {
	for te != nil && te.Type == "array" {
		if te.Items == nil {
			return true
		}
		te = te.Items
	}
	return te != nil && te.Type == "object" && te.Object == "" && te.Values == nil
}

// tableNumbered finds the table captioned "表 N" / "Table N".
func (c *pageCtx) tableNumbered(n string) *docparse.Table {
	for _, t := range c.tables {
		if t.Number == n {
			return t
		}
	}
	return nil
}

// anchorFor returns a table's anchor, registering a synthetic one when it has none.
func (c *pageCtx) anchorFor(t *docparse.Table) string {
	if t.Anchor != "" && c.anchors[t.Anchor] == t {
		return t.Anchor
	}
	a := fmt.Sprintf("table-%d", t.Pos.Line)
	c.anchors[a] = t
	return a
}

func (c *pageCtx) exprSchema(te *typeExpr, link *docparse.Link, pos diag.Pos, field string) *model.Schema {
	if te == nil {
		return &model.Schema{}
	}
	switch {
	case te.Type == "array":
		items := te.Items
		if items == nil && link != nil {
			items = &typeExpr{Type: "object"}
		}
		return &model.Schema{Type: "array", Items: c.exprSchema(items, link, pos, field)}
	case te.Values != nil:
		return &model.Schema{Type: "object", AdditionalProperties: c.exprSchema(te.Values, link, pos, field)}
	case te.Type == "object" && (te.Object != "" || link != nil):
		var target *docparse.Table
		if link != nil {
			anchor := strings.TrimPrefix(link.Href, "#")
			target = c.anchors[anchor]
			if target == nil {
				c.diags.Report(pos, diag.MissingAnchor, "%q links to #%s, but no table on the page has that anchor: typed as a free-form object", field, anchor)
				return &model.Schema{Type: "object"}
			}
		} else if target = c.captionTable(c.current, te.Object); target == nil {
			c.diags.Report(pos, diag.UnresolvedType, "%q: no table documents %q: typed as a free-form object", field, te.Object)
			return &model.Schema{Type: "object", Description: te.Object}
		}
		name := anchorName(target.Anchor)
		if name == "" {
			name = te.Object
		}
		if name == "" {
			name = captionName(target.Caption)
		}
		if name == "" && link != nil && isTypeName(link.Text) {
			name = link.Text
		}
		if name == "" {
			name = c.op.ID + exportName(field)
		}
		return c.tableSchema(target, name)
	case te.Type == "object":
		return &model.Schema{Type: "object"}
	}
	return &model.Schema{Type: te.Type, Format: te.Format}
}

func exportName(s string) string {
	var b strings.Builder
	for _, w := range alnumWords(s) {
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	return b.String()
}

// captionName is the struct a caption names: "BackupDetail", "version对象",
// "cluster field description" → "cluster"; "" for role captions.
func captionName(caption string) string {
	for _, suf := range []string{"对象", " 对象", " object", "对象说明", " object description", "字段说明", " field description", " field"} {
		caption = strings.TrimSuffix(caption, suf)
	}
	caption = strings.TrimSpace(caption)
	if isTypeName(caption) && captionRole(caption) == roleUnknown {
		return caption
	}
	return ""
}

// applyFacets sets enum, default and limits on a scalar (or array item) schema.
func applyFacets(s *model.Schema, f facets, c *pageCtx, pos diag.Pos) *model.Schema {
	if s.Name != "" {
		return s // a named object: facets of the field do not change the struct
	}
	target := s
	if s.Type == "array" && s.Items != nil && s.Items.Name == "" && s.Items.Type != "object" && s.Items.Type != "array" {
		target = s.Items
	}
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
		target.MinLength, target.MaxLength = f.MinLen, f.MaxLen
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
