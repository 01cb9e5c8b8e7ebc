package analyze

import (
	"fmt"
	"slices"
	"strings"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/internal/docparse"
	"github.com/docspec/docspec/generator/model"
)

// shapeFromExample completes a body's schema where the tables leave its
// shape open and the page's own example shows it, before the example is
// checked against the schema:
//
//   - a flat table: an object row without a table of its own ("group",
//     "Object") followed by rows that the example shows inside that object,
//     not beside it. The rows become the object's properties (their types,
//     required flags and descriptions stay the table's);
//   - a table of the object inside a wrapper the table does not list
//     ({"mapping": {…}}, {"functions": [{…}], "next_marker": 45}): the body
//     becomes the wrapper holding the table's object;
//   - a free-form object or an array of untyped elements ("links", "Dict",
//     "Array") whose properties or elements only the example shows. They are
//     typed from the example's values; properties read from several examples
//     are joined;
//   - an object typed by a table that lacks members its example gives: they
//     are added, typed from the example, and reported (completeFromExample);
//   - a member the table types as one value (an object, a string, a number,
//     a boolean) that the example gives as an array of such values: a list
//     the table wrote as its element ("items | items object | A list of
//     details for all clusters"). It becomes an array of them, reported
//     (typesFromExample);
//   - an object the page gives no members of ("Object", "Array of objects"
//     without a table) whose example values are all strings, all numbers or
//     all booleans: it is typed as they are, reported (typesFromExample).
//
// Maps and objects typed by another page's table (filled in later) are left
// alone. Only a body's first example moves rows (a later one is often the
// error answer, or another variant): the others only add to what the first
// left open. An example read with a bracket closed by guess (mendJSON) moves
// no rows into its objects and adds no members to them: where the docs
// close them is what would say what is inside what.
func (c *pageCtx) shapeFromExample(what string, v *jv, s *model.Schema, first bool) {
	if v == nil || s == nil {
		return
	}
	if c.inferred == nil {
		c.inferred = map[*model.Schema]bool{}
	}
	guessed := c.closedByGuess[v]
	if first {
		c.wrapFromExample(v, s, what == requestExampleWhat)
		if !guessed {
			c.regroupFlat(v, s, 0)
		}
	}
	c.typesFromExample(what, v, s, nil, 0)
	c.fillOpen(v, s, nil, 0, "the example")
	if !guessed {
		c.completeFromExample(what, v, s, nil, 0)
	}
	c.nullsFromExample(what, v, s)
}

// nullsFromExample makes nullable the members an example gives null that
// the tables type (OpenAPI 3.0 takes null only where a schema says so): the
// docs show that null is one of their values. A member that is a named
// struct is nullable where it is a member (Field.Nullable): the struct
// stays what it is wherever else it is used. One note lists them per
// example.
func (c *pageCtx) nullsFromExample(what string, v *jv, s *model.Schema) {
	var paths []string
	line := 0
	var walk func(v *jv, s *model.Schema, at []string, depth int)
	walk = func(v *jv, s *model.Schema, at []string, depth int) {
		if v == nil || s == nil || depth > maxDepth {
			return
		}
		switch {
		case s.Type == "array" && v.kind == 'a':
			for _, e := range v.vals {
				walk(e, s.Items, append(at, "[]"), depth+1)
			}
		case s.Type == "object" && v.kind == 'o' && s.AdditionalProperties == nil:
			for _, f := range s.Fields {
				e := member(v, f.Name)
				switch {
				case e == nil || f.Schema == nil:
				case e.kind == 'z' && (f.Schema.Name == "" && !f.Schema.Nullable || f.Schema.Name != "" && !f.Nullable):
					if f.Schema.Name != "" {
						f.Nullable = true
					} else {
						f.Schema.Nullable = true
					}
					if line == 0 {
						line = e.line
					}
					paths = append(paths, pathText(append(at, f.Name)))
				default:
					walk(e, f.Schema, append(at, f.Name), depth+1)
				}
			}
		}
	}
	walk(v, s, nil, 0)
	if len(paths) == 0 {
		return
	}
	shown := paths
	if len(shown) > 5 {
		shown = append(shown[:5:5], fmt.Sprintf("%d more", len(paths)-5))
	}
	c.diags.Report(diag.Pos{File: c.page.Path, Line: line}, diag.ExampleNull,
		"%s: the example gives null to %s: read as nullable", what, strings.Join(shown, ", "))
}

// typesFromExample walks the example along the schema and corrects the
// type of each member the example contradicts:
//
//   - a member the table types as one value and the example gives as a
//     list of such values (namesList, listOf), or an open object the
//     example gives as a list (of objects, or of scalars: scalarList),
//     becomes an array of them. Its
//     schema becomes the array's elements (a table filled in later still
//     fills it); a struct stays what it is wherever else it is used;
//   - an open object (the page gives it no members) whose values there are
//     all strings, all numbers or all booleans is typed as they are: a
//     member's value, or an array's elements (scalarsOf). So are the
//     elements of a bare "Array" that a link in its description made
//     objects (impliedLink): the link says where the values come from.
func (c *pageCtx) typesFromExample(what string, v *jv, s *model.Schema, at []string, depth int) {
	if v == nil || s == nil || depth > maxDepth {
		return
	}
	switch {
	case s.Type == "array" && v.kind == 'a':
		if (c.open(s.Items) || c.impliedLink(s.Items) != nil) && c.scalarsOf(s.Items, append(at, "[]"), what, v.vals...) {
			return
		}
		for _, e := range v.vals {
			c.typesFromExample(what, e, s.Items, append(at, "[]"), depth+1)
		}
	case s.Type == "object" && v.kind == 'o' && s.AdditionalProperties == nil:
		for _, f := range s.Fields {
			e := member(v, f.Name)
			switch {
			case e == nil || f.Schema == nil:
				continue
			case e.kind == 'a' && c.open(f.Schema) && c.scalarList(what, f, e, at):
				continue
			case e.kind == 'a' && (namesList(f) || c.open(f.Schema)) && c.listOf(e, f.Schema):
				one := f.Schema
				listOfOne(f)
				c.shaped = true
				c.diags.Report(diag.Pos{File: c.page.Path, Line: e.line}, diag.ExampleType,
					"%s: the table types %s as one %s, the example gives a list of them: read as an array", what, pathText(append(at, f.Name)), describeOne(one))
			case c.open(f.Schema) && c.scalarsOf(f.Schema, append(at, f.Name), what, e):
				continue
			case e.kind == 'o' && keyValueMap(f, e):
				c.shaped = true
				c.diags.Report(diag.Pos{File: c.page.Path, Line: e.line}, diag.KeyRow,
					"%s: the table types %s by its key and value, the example gives the map: read as a map of %s", what, pathText(append(at, f.Name)), describeOne(f.Schema.AdditionalProperties))
			}
			c.typesFromExample(what, e, f.Schema, append(at, f.Name), depth+1)
		}
	}
}

// keyValueMap makes a map the field whose table has the rows key and value
// only ("key | String | 参数名称，例如max_connections" and "value") when its
// example gives an object with other members, the map itself
// ({"max_connections": "10"}): a map of the value row's type.
func keyValueMap(f *model.Field, e *jv) bool {
	s := f.Schema
	if s.Type != "object" || len(s.Fields) != 2 || s.AdditionalProperties != nil || len(e.keys) == 0 {
		return false
	}
	k, v := fieldOf(s, "key"), fieldOf(s, "value")
	if k == nil || v == nil || member(e, "key") != nil || member(e, "value") != nil {
		return false
	}
	f.Schema = &model.Schema{Type: "object", AdditionalProperties: v.Schema, Description: s.Description, Pos: s.Pos}
	ownDescription(f)
	return true
}

// ownDescription moves the description a field gives a named struct (where
// OpenAPI 3.0 keeps it beside the $ref) onto the field's schema, once that
// is an unnamed one of its own.
func ownDescription(f *model.Field) {
	if f.Description != "" && f.Schema.Name == "" {
		f.Schema.Description, f.Description = f.Description, ""
	}
}

// listOfOne makes a field the table types as one value an array of it.
func listOfOne(f *model.Field) {
	one := f.Schema
	f.Schema = &model.Schema{Type: "array", Items: one, Description: one.Description, Pos: one.Pos}
	if one.Name == "" {
		one.Description = "" // the array carries it
	}
	ownDescription(f)
	f.ListFromExample = true
}

// listBodyFromExample reads a body whose table documents one object and
// whose first example is a list of such objects ([{"name": …}, …] under a
// table of name, …) as an array of them, and reports it: the table
// documents the list's element.
func (c *pageCtx) listBodyFromExample(what string, v *jv, body *model.Body) {
	s := body.Schema
	if s == nil || s.Type != "object" || s.AdditionalProperties != nil || len(s.Fields) == 0 || v.kind != 'a' || len(v.vals) == 0 || !c.listOf(v, s) {
		return
	}
	one := describeOne(s)
	body.Schema = &model.Schema{Type: "array", Items: s, Pos: s.Pos}
	if c.naming.Derived[s.Name] && strings.HasSuffix(s.Name, "Body") {
		// ListReposResponseBody → ListReposResponseItem: the body is the list
		s.Name = strings.TrimSuffix(s.Name, "Body") + "Item"
		c.naming.Derived[s.Name] = true
	}
	c.shaped = true
	c.diags.Report(diag.Pos{File: c.page.Path, Line: v.line}, diag.ExampleType,
		"%s: the table documents one %s, the example gives a list of them: the body is read as an array", what, one)
}

// scalarsOf types the open object s as the values vals (at the path at)
// when they are all of one scalar kind, and reports it.
func (c *pageCtx) scalarsOf(s *model.Schema, at []string, what string, vals ...*jv) bool {
	typ, line := scalarType(vals...)
	if typ == "" {
		return false
	}
	s.Type = typ
	c.shaped = true
	gives := article(typ)
	if len(vals) > 1 {
		gives = typ + "s"
	}
	if x := c.impliedLink(s); x != nil {
		// the link says where the values come from, not what they are: no reference
		c.externals = slices.DeleteFunc(c.externals, func(e *External) bool { return e == x })
		c.diags.Report(diag.Pos{File: c.page.Path, Line: line}, diag.ExampleType,
			"%s: the table gives %s no element type, only a link to %s, the example gives %s: read as an array of %s", what, pathText(at[:len(at)-1]), x.Href, gives, typ+"s")
		return true
	}
	c.diags.Report(diag.Pos{File: c.page.Path, Line: line}, diag.ExampleType,
		"%s: the table types %s as an object and gives no members of it, the example gives %s: read as %s", what, pathText(at), gives, article(typ))
	return true
}

// scalarList makes an array of scalars the open object that an example
// gives as a list of strings, of numbers or of booleans (`san |
// 字典数据类型` given ["a.example.com"]), and reports it; false when the
// list is not such.
func (c *pageCtx) scalarList(what string, f *model.Field, e *jv, at []string) bool {
	typ, _ := scalarType(e.vals...)
	if typ == "" {
		return false
	}
	listOfOne(f)
	f.Schema.Items.Type = typ
	c.shaped = true
	c.diags.Report(diag.Pos{File: c.page.Path, Line: e.line}, diag.ExampleType,
		"%s: the table types %s as an object and gives no members of it, the example gives a list of %ss: read as an array of them", what, pathText(append(at, f.Name)), typ)
	return true
}

// scalarType is the type of values that are all strings, all numbers or
// all booleans (nulls aside): "string", "integer" ("number" when one has a
// fraction or an exponent), "boolean", and the line of the first; "" when
// they are not, or are all null.
func scalarType(vals ...*jv) (string, int) {
	var kind byte
	line := 0
	for _, e := range vals {
		switch {
		case e.kind == 'z':
			continue
		case e.kind != 's' && e.kind != 'n' && e.kind != 'b', kind != 0 && e.kind != kind:
			return "", 0
		}
		if kind == 0 {
			kind, line = e.kind, e.line
		}
	}
	if kind == 0 {
		return "", 0
	}
	typ := map[byte]string{'s': "string", 'n': "integer", 'b': "boolean"}[kind]
	for _, e := range vals {
		if e.kind == 'n' && strings.ContainsAny(e.num.String(), ".eE") {
			typ = "number"
		}
	}
	return typ, line
}

// namesList reports whether a member's name or description says it holds
// several values: a plural name ("items", "dataVolumes", "tag_names"), a
// name or description that says list or array ("log_file_list", "后端实例列
// 表", "A list of details"). A member named as one thing ("ipgroup") is one,
// whatever its example shows.
func namesList(f *model.Field) bool {
	ws := segWords(f.Name)
	if len(ws) > 0 && (isPlural(ws[len(ws)-1]) || ws[len(ws)-1] == "list") {
		return true
	}
	d := strings.ToLower(f.Schema.Description)
	return hasAny(d, listWords)
}

// listOf reports whether the array v lists values of the schema s, which
// is not an array: objects that share a member with s (or any object, when
// the page gives s no members), or values of s's scalar type (an empty
// list too: a list all the same).
func (c *pageCtx) listOf(v *jv, s *model.Schema) bool {
	kind := map[string]byte{"string": 's', "integer": 'n', "number": 'n', "boolean": 'b'}[s.Type]
	switch {
	case s.Type == "object" && s.AdditionalProperties == nil && !c.inferred[s]:
		objects, shared := 0, false
		for _, e := range v.vals {
			switch e.kind {
			case 'z':
			case 'o':
				objects++
				shared = shared || slices.ContainsFunc(e.keys, func(k string) bool { return fieldOf(s, k) != nil })
			default:
				return false
			}
		}
		return objects > 0 && (shared || len(s.Fields) == 0)
	case kind != 0:
		return !slices.ContainsFunc(v.vals, func(e *jv) bool { return e.kind != 'z' && e.kind != kind })
	}
	return false
}

// describeOne names what a schema types: "object", "Cluster object",
// "string".
func describeOne(s *model.Schema) string {
	if s.Name != "" {
		return s.Name + " object"
	}
	if s.Type == "" {
		return "any value"
	}
	return s.Type
}

// shapeNote reports a shape read from an example: the examples checked
// before it may disagree with the schema now (recheckShapedExamples).
func (c *pageCtx) shapeNote(line int, format string, args ...any) {
	c.shaped = true
	c.diags.Report(diag.Pos{File: c.page.Path, Line: line}, diag.ExampleShape, format, args...)
}

// recheckShapedExamples checks again, against the schemas as the examples
// left them, the examples found to agree before a later example changed a
// schema they share (a response linked to the request's table, a struct
// used twice); one that disagrees now is moved among the invalid ones.
func (c *pageCtx) recheckShapedExamples() {
	if c.shaped {
		c.recheckExamples(c.op)
	}
}

// recheckExamples checks again the examples of op's bodies that agreed with
// them; one that disagrees now gets its problems (and a diagnostic at its
// first line). Examples that disagreed before keep theirs.
func (c *pageCtx) recheckExamples(op *model.Operation) {
	for _, a := range c.agreeingExamples(op) {
		a.ex.Problems = c.checkExample(a.what, a.v, a.s)
	}
}

// recheckLinked corrects, once other pages' tables have filled
// the page's placeholders in, the members those tables type as one value
// and the page's examples give as a list of them ("items | items object |
// List of pods." on a page of data structures), and makes nullable those
// the examples give null: as shapeFromExample does for the page's own
// tables. The struct is the linked table's, so every operation that uses
// it gets the change. Members the tables lack are not added: the linked
// table may be another operation's body. A placeholder whose table could
// not be read stays an open object, which the examples give their members
// (fillOpen). Then the examples are checked again (recheckExamples),
// parsed once for both.
func (c *pageCtx) recheckLinked(op *model.Operation) {
	agreeing := c.agreeingExamples(op)
	c.inferred = map[*model.Schema]bool{}
	for _, a := range agreeing {
		c.typesFromExample(a.what, a.v, a.s, nil, 0)
		c.fillOpen(a.v, a.s, nil, 0, "the example")
		c.nullsFromExample(a.what, a.v, a.s)
		c.otherKeysIn(a.what, a.v, a.s, nil, 0)
	}
	for _, a := range agreeing {
		a.ex.Problems = c.checkExample(a.what, a.v, a.s)
	}
}

// agreeingExample is an example that agreed with its body when last
// checked, parsed.
type agreeingExample struct {
	what string // "request example", "response 200 example"
	ex   *model.Example
	v    *jv
	s    *model.Schema
}

// agreeingExamples lists the examples of op's bodies that agreed with them
// when last checked.
func (c *pageCtx) agreeingExamples(op *model.Operation) []agreeingExample {
	var out []agreeingExample
	each := func(what string, b *model.Body) {
		if b == nil || b.Schema == nil {
			return
		}
		for _, ex := range b.Examples {
			if len(ex.Problems) > 0 {
				continue
			}
			if v, err := parseJSON(ex.JSON, ex.Pos.Line, c.page.Path); err == nil {
				out = append(out, agreeingExample{what, ex, v, b.Schema})
			}
		}
	}
	each(requestExampleWhat, op.RequestBody)
	for _, r := range op.Responses {
		each("response "+r.Status+" example", r.Body)
	}
	return out
}

// wrapFromExample reads a table that documents the object inside a body's
// only wrapper ("mapping", "functions"): the example has none of the
// table's rows at its top level and one member whose object (or array of
// objects) has them: at least two, at least half of the table's rows and
// of the member's keys. The body becomes that member holding the table's
// object; the example's other members, which have none of the rows, are
// typed from their values.
func (c *pageCtx) wrapFromExample(v *jv, s *model.Schema, request bool) {
	if v.kind != 'o' || s.Type != "object" || len(s.Fields) == 0 {
		return
	}
	// a table of one row: only when the wrapper is all the example has
	// and holds that row alone ({"project": {"status": "suspended"}})
	one := len(s.Fields) == 1
	if one && len(v.keys) != 1 {
		return
	}
	wrapper := -1
	for i, k := range v.keys {
		if fieldOf(s, k) != nil || !fieldName(k) {
			return // the table documents the top level; the example is not a body
		}
		val := v.vals[i]
		if val.kind != 'o' && val.kind != 'a' {
			continue
		}
		keys := objectKeys(val)
		n := 0
		for _, k := range keys {
			if fieldOf(s, k) != nil {
				n++
			}
		}
		if n == 0 {
			continue
		}
		// The table may list the rows of deeper objects too ("auth" holding
		// "identity" holding "methods"): those count as the table's rows.
		deep := 0
		for _, f := range s.Fields {
			if hasKey(val, f.Name, 8) {
				deep++
			}
		}
		if one && (n != 1 || len(keys) != 1) {
			return
		}
		if wrapper >= 0 || deep < 2 && !one || 2*n < len(keys) || 2*deep < len(s.Fields) {
			return // rows in two members, or too few: not one wrapper
		}
		wrapper = i
	}
	if wrapper < 0 {
		return
	}
	inner := *s
	inner.Name = ""
	var field *model.Schema = &inner
	if v.vals[wrapper].kind == 'a' {
		field = &model.Schema{Type: "array", Items: &inner, Pos: s.Pos}
	}
	fields := make([]*model.Field, 0, len(v.keys))
	for i, k := range v.keys {
		if i == wrapper {
			// the wrapper is required when what it holds is, or when it is
			// all a request sends ({"agency": {…}}, every row optional; a
			// response's tables say nothing of what is required)
			required := request && len(v.keys) == 1 || slices.ContainsFunc(inner.Fields, func(f *model.Field) bool { return f.Required })
			fields = append(fields, &model.Field{Name: k, Required: required, Schema: field, Pos: s.Pos})
			continue
		}
		fields = append(fields, &model.Field{Name: k, Schema: c.inferSchema(v.vals[i], ""), Pos: diag.Pos{File: c.page.Path, Line: v.vals[i].line}})
	}
	s.Fields = fields
	what := "the table's object"
	if field.Type == "array" {
		what = "an array of the table's objects"
	}
	beside := ", beside the example's other members"
	if len(v.keys) == 1 {
		beside = ""
	}
	c.shapeNote(v.vals[wrapper].line,
		"the example has the table's rows inside %q: the body is read as %q, %s%s", v.keys[wrapper], v.keys[wrapper], what, beside)
}

// bodyFromExample types a body that no table documents from its first
// example, when that is an object or an array of objects: a success
// response's, or a request's (what names it: "response 200", "request").
// The body's struct is named after the operation (suffix).
func (c *pageCtx) bodyFromExample(v *jv, body *model.Body, suffix, what string) bool {
	if v.kind == 'o' && len(v.keys) == 0 || v.kind == 'a' && len(objectKeys(v)) == 0 || v.kind != 'o' && v.kind != 'a' {
		return false
	}
	if c.inferred == nil {
		c.inferred = map[*model.Schema]bool{}
	}
	s := c.inferSchema(v, "")
	if s.Type == "object" {
		s.Name = c.derived(suffix)
	}
	body.Schema = s
	shape := "an object of " + quoteList(v.keys)
	if s.Type == "array" {
		shape = "an array of " + describeInferred(s.Items)
	}
	c.shapeNote(v.line, "%s: no table documents the body: %s, read from the example", what, shape)
	return true
}

// open reports whether a schema is an object the page gives no properties.
func (c *pageCtx) open(s *model.Schema) bool {
	if s == nil || s.Name != "" || s.Type != "object" || len(s.Fields) > 0 || s.AdditionalProperties != nil {
		return false
	}
	return !c.fromOtherPage(s) // filled in with another page's table
}

// untyped reports whether a schema says nothing of its values (an array's
// elements of no type).
func untyped(s *model.Schema) bool {
	return s == nil || (s.Name == "" && s.Type == "" && len(s.Fields) == 0 && s.AdditionalProperties == nil && s.Items == nil)
}

// member returns the value of an object's key; nil when it has none.
func member(v *jv, key string) *jv {
	if v == nil || v.kind != 'o' {
		return nil
	}
	for i, k := range v.keys {
		if k == key {
			return v.vals[i]
		}
	}
	return nil
}

// objectKeys are the keys of an object value, or of the objects of an array
// value, in the order first seen.
func objectKeys(v *jv) []string {
	var keys []string
	add := func(o *jv) {
		for _, k := range o.keys {
			if !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	switch v.kind {
	case 'o':
		add(v)
	case 'a':
		for _, e := range v.vals {
			if e.kind == 'o' {
				add(e)
			}
		}
	}
	return keys
}

// regroupFlat moves the rows of a flat table into the object row that the
// example shows them in. A row moves when the example has it inside the
// object and not beside it; the object takes them when they are at least
// half of the keys the example gives it (an object of other keys that
// happens to share a name with a row is not a wrapper). The objects of the
// table's rows are regrouped in turn, as deep as the example goes.
func (c *pageCtx) regroupFlat(v *jv, s *model.Schema, depth int) {
	if v == nil || s == nil || depth > maxDepth {
		return
	}
	if s.Type == "array" && v.kind == 'a' {
		for _, e := range v.vals {
			c.regroupFlat(e, s.Items, depth+1)
		}
		return
	}
	if v.kind != 'o' || s.Type != "object" || s.AdditionalProperties != nil {
		return
	}
	c.regroupLevel(v, s)
	for _, f := range s.Fields {
		c.regroupFlat(member(v, f.Name), f.Schema, depth+1)
	}
}

// regroupLevel regroups the rows of one object (see regroupFlat). The
// object row may have no table of its own (its properties are the rows
// moved) or one (the rows moved are added to it: the table lists some of
// the object's properties, the flat rows after it the others); to the
// latter at least two rows move, not one that may only share a name. So
// do at least two to an object row typed by a table of another section
// that only its name gave: they are its members, in a struct of its own.
func (c *pageCtx) regroupLevel(v *jv, s *model.Schema) {
	if len(s.Fields) < 2 {
		return
	}
	for _, f := range s.Fields {
		if f.Schema == nil || f.Schema.Name != "" && f.Schema.Type != "object" {
			continue
		}
		ev := member(v, f.Name)
		if ev == nil || (ev.kind != 'o' && ev.kind != 'a') {
			continue
		}
		arr := f.Schema.Type == "array" || ev.kind == 'a' && untyped(f.Schema)
		if arr && ev.kind != 'a' {
			continue
		}
		target := f.Schema // the object that takes the rows; nil: a new one
		if arr {
			target = f.Schema.Items
		}
		// typed by a table of another section that only its name gave
		// (`role | JSON object` in a request, the response's table of its
		// own role): the rows the example puts inside it are its members,
		// and that section's struct stays that section's
		byName := c.byName[f]
		if untyped(target) || c.open(target) || byName {
			target = nil
		} else if target.Type != "object" || target.AdditionalProperties != nil || len(target.Fields) == 0 {
			continue
		}
		var moved []*model.Field
		unexplained := 0 // the example's keys the object's own table does not give
		for _, k := range objectKeys(ev) {
			if target != nil && fieldOf(target, k) != nil {
				continue
			}
			unexplained++
			if g := fieldOf(s, k); g != nil && g != f && member(v, k) == nil {
				moved = append(moved, g)
			}
		}
		if len(moved) == 0 || 2*len(moved) < unexplained || (target != nil || byName) && len(moved) < 2 {
			continue
		}
		wrapper := len(moved) < len(s.Fields)-1 && wrapperOnly(v, s, f, target, byName)
		if wrapper {
			// `group | Object` first, its members after it, and an example
			// that shows some of them in {"group": {…}} and nothing beside
			// it: the table is the wrapper's, the rows the example leaves
			// out are its members too
			moved = slices.DeleteFunc(slices.Clone(s.Fields), func(g *model.Field) bool { return g == f })
		}
		kept := s.Fields[:0:0]
		for _, g := range s.Fields {
			if !slices.Contains(moved, g) {
				kept = append(kept, g)
			}
		}
		s.Fields = kept
		why := ""
		if byName {
			other := f.Schema
			if arr {
				other = f.Schema.Items
			}
			why = fmt.Sprintf(", not the members of %s, which only its name gave", other.Name)
		}
		switch {
		case target != nil:
			target.Fields = append(target.Fields, moved...)
		case arr:
			f.Schema.Type = "array"
			obj := &model.Schema{Type: "object", Fields: moved, Pos: f.Pos}
			if f.Schema.Items != nil {
				obj.Description = f.Schema.Items.Description
			}
			f.Schema.Items = obj
		case byName:
			f.Schema = &model.Schema{Type: "object", Fields: moved, Description: f.Description, Pos: f.Pos}
			f.Description = ""
		default:
			f.Schema.Type, f.Schema.Fields = "object", moved
		}
		delete(c.byName, f)
		names := make([]string, len(moved))
		for i, g := range moved {
			names[i] = g.Name
		}
		if wrapper {
			c.shapeNote(ev.line, "the example has only %q, a wrapper of some of the rows after it: the table's rows (%s) are read as its properties", f.Name, quoteList(names))
			return
		}
		c.shapeNote(ev.line,
			"the example has %s inside %q%s: the table's rows are read as its properties", quoteList(names), f.Name, why)
		return // one wrapper per table: the rows left are the object's siblings
	}
}

// wrapperOnly reports whether the object row f is a flat table's wrapper:
// its first row, with no table of its own, in an example object that has
// no other key.
func wrapperOnly(v *jv, s *model.Schema, f *model.Field, target *model.Schema, byName bool) bool {
	return target == nil && !byName && s.Fields[0] == f && len(v.keys) == 1 && v.keys[0] == f.Name &&
		f.Schema.Type != "array"
}

// hasKey reports whether a value has the key at any depth (at most depth
// levels down).
func hasKey(v *jv, key string, depth int) bool {
	if depth < 0 {
		return false
	}
	for i, k := range v.keys {
		if k == key || hasKey(v.vals[i], key, depth-1) {
			return true
		}
	}
	if v.kind == 'a' {
		for _, e := range v.vals {
			if hasKey(e, key, depth-1) {
				return true
			}
		}
	}
	return false
}

func quoteList(names []string) string {
	const most = 4
	q := make([]string, 0, most+1)
	for i, n := range names {
		if i == most {
			q = append(q, "…")
			break
		}
		q = append(q, `"`+n+`"`)
	}
	return strings.Join(q, ", ")
}

// fillOpen walks the example along the schema and gives each open object
// the example's properties, each untyped array element the example's
// elements' type.
//
// at is the path to v, as segments (a key, or an index "[2]"), and src
// what v is ("the example"): written out only for a report.
func (c *pageCtx) fillOpen(v *jv, s *model.Schema, at []string, depth int, src string) {
	if v == nil || s == nil || depth > maxDepth {
		return
	}
	switch {
	case c.open(s) && v.kind == 'o' && len(v.keys) > 0 && !mapOf(s.Description, v.keys):
		*s = *c.inferSchema(v, s.Description)
		c.inferred[s] = true
		c.shapeNote(v.line,
			"%s: the table gives no properties of this object: %s, read from %s", pathText(at), quoteList(v.keys), src)
	case c.inferred[s]:
		c.joinInferred(v, s)
	case s.Type == "object" && v.kind == 'o':
		if s.AdditionalProperties != nil {
			for i, e := range v.vals {
				c.fillOpen(e, s.AdditionalProperties, append(at, v.keys[i]), depth+1, src)
			}
			return
		}
		for _, f := range s.Fields {
			e := member(v, f.Name)
			c.spareMember(f, e, append(at, f.Name))
			c.fillOpen(e, f.Schema, append(at, f.Name), depth+1, src)
		}
	case s.Type == "array" && v.kind == 'a':
		if untyped(s.Items) {
			var items *model.Schema
			for _, e := range v.vals {
				if e.kind == 'z' {
					continue
				}
				if items == nil {
					items = c.inferSchema(e, "")
				} else {
					c.joinInferred(e, items)
				}
			}
			if items != nil {
				if s.Items != nil {
					items.Description = s.Items.Description
				}
				s.Items = items
				c.shapeNote(v.line,
					"%s: the table gives no type of this array's elements: %s, read from %s", pathText(at), describeInferred(items), src)
			}
			return
		}
		for _, e := range v.vals {
			c.fillOpen(e, s.Items, append(at, "[]"), depth+1, src)
		}
	}
}

// pathText writes a path of fillOpen's segments out: "$.a[].b".
func pathText(at []string) string {
	var b strings.Builder
	b.WriteString("$")
	for _, k := range at {
		if k != "[]" {
			b.WriteByte('.')
		}
		b.WriteString(k)
	}
	return b.String()
}

// mapOf reports whether a description says its object is a map ("key为参数
// 名称，value为参数值", "key-value pairs", "字典"): the example's keys are
// then data, not properties, unless the description names them all ("键值
// 对，包含：reserved、limit和in_use").
func mapOf(desc string, keys []string) bool {
	if !saysMap(desc) {
		return false
	}
	for _, k := range keys {
		if !strings.Contains(desc, k) {
			return true
		}
	}
	return false
}

// saysMap reports whether a description speaks of keys and values ("key-value
// pairs", "键值对", "字典", "dictionary").
func saysMap(desc string) bool {
	l := strings.ToLower(desc)
	return strings.Contains(l, "key") && strings.Contains(l, "value") || strings.Contains(l, "键值") ||
		strings.Contains(l, "字典") || strings.Contains(l, "dictionary")
}

func describeInferred(s *model.Schema) string {
	if s.Type == "object" && len(s.Fields) > 0 {
		names := make([]string, len(s.Fields))
		for i, f := range s.Fields {
			names[i] = f.Name
		}
		return "objects of " + quoteList(names)
	}
	return s.Type
}

// inferSchema types a JSON value: objects by their keys, arrays by their
// elements; null says nothing (any value).
func (c *pageCtx) inferSchema(v *jv, desc string) *model.Schema {
	s := &model.Schema{Description: desc, Pos: diag.Pos{File: c.page.Path, Line: v.line}}
	c.inferred[s] = true
	switch v.kind {
	case 'o':
		s.Type = "object"
		for i, k := range v.keys {
			if fieldOf(s, k) == nil {
				s.Fields = append(s.Fields, &model.Field{Name: k, Schema: c.inferSchema(v.vals[i], ""), Pos: s.Pos})
			}
		}
	case 'a':
		s.Type = "array"
		s.Items = &model.Schema{}
		c.inferred[s.Items] = true
		for _, e := range v.vals {
			c.joinInferred(e, s.Items)
		}
	case 's':
		s.Type = "string"
	case 'n':
		s.Type = "integer"
		if strings.ContainsAny(v.num.String(), ".eE") {
			s.Type = "number"
		}
	case 'b':
		s.Type = "boolean"
	}
	return s
}

// joinInferred widens a schema read from one example value with another
// value of the same place: new properties are added, an untyped schema
// takes the value's type, integers seen with a fraction become numbers.
func (c *pageCtx) joinInferred(v *jv, s *model.Schema) {
	if v == nil || v.kind == 'z' {
		return
	}
	switch {
	case s.Type == "":
		*s = *c.inferSchema(v, s.Description)
		c.inferred[s] = true
	case s.Type == "object" && v.kind == 'o':
		for i, k := range v.keys {
			if f := fieldOf(s, k); f != nil {
				if c.inferred[f.Schema] {
					c.joinInferred(v.vals[i], f.Schema)
				}
				continue
			}
			s.Fields = append(s.Fields, &model.Field{Name: k, Schema: c.inferSchema(v.vals[i], ""), Pos: diag.Pos{File: c.page.Path, Line: v.vals[i].line}})
		}
	case s.Type == "array" && v.kind == 'a':
		if s.Items != nil && c.inferred[s.Items] {
			for _, e := range v.vals {
				c.joinInferred(e, s.Items)
			}
		}
	case s.Type == "integer" && v.kind == 'n' && strings.ContainsAny(v.num.String(), ".eE"):
		s.Type = "number"
	}
}

// fieldName reports whether an example's key reads as a property name
// ("volumeAttachment", "os-start", "ecs:performancetype"), not as a label
// the docs put around several examples ("application/json-1", "示例 1").
func fieldName(k string) bool {
	if k == "" {
		return false
	}
	for _, r := range k {
		if !(r == '_' || r == '-' || r == ':' || r == '.' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

func fieldOf(s *model.Schema, name string) *model.Field {
	for _, f := range s.Fields {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// completeFromExample adds to the objects typed by a table the members the
// example gives them and the table does not list ("is_inclu_special_throttle"
// in a response whose table stops short of it): the example shows what is
// sent or answered, so the member is read, typed from its value, not
// required, and reported where it stands (what names the example: "request
// example"). An object whose example shares no member with its table is not
// the table's object (an error answer, another variant, a map keyed by data)
// and is left alone, as are maps, objects another page's table types, keys
// that are not property names and keys that would give a Go field the
// table's members already give ("ID" beside "id").
func (c *pageCtx) completeFromExample(what string, v *jv, s *model.Schema, at []string, depth int) {
	if v == nil || s == nil || depth > maxDepth {
		return
	}
	switch {
	case s.Type == "array" && v.kind == 'a':
		for _, e := range v.vals {
			c.completeFromExample(what, e, s.Items, append(at, "[]"), depth+1)
		}
	case s.Type == "object" && v.kind == 'o' && s.AdditionalProperties == nil && len(s.Fields) > 0:
		if c.inferred[s] || c.fromOtherPage(s) {
			return
		}
		var added []string
		shared := false
		for _, k := range v.keys {
			if fieldOf(s, k) != nil {
				shared = true
			}
		}
		c.otherKeys(what, v, s, at)
		if !shared {
			return
		}
		for i, k := range v.keys {
			if f := fieldOf(s, k); f != nil {
				c.completeFromExample(what, v.vals[i], f.Schema, append(at, k), depth+1)
				continue
			}
			if !fieldName(k) || slices.ContainsFunc(s.Fields, func(f *model.Field) bool { return sameGoName(f.Name, k) }) {
				continue
			}
			if sch, t := c.spareSchema(v.vals[i], k); sch != nil {
				s.Fields = append(s.Fields, &model.Field{Name: k, Schema: sch, Pos: diag.Pos{File: c.page.Path, Line: v.vals[i].line}})
				c.shaped = true
				c.diags.Report(diag.Pos{File: c.page.Path, Line: v.vals[i].line}, diag.ExampleMember,
					"%s: %s gives %q, which %s does not list, with the members of table %q (line %d), which no row links to: added, typed from that table", what, pathText(at), k, tableOf(s), tableLabel(t), t.Pos.Line)
				continue
			}
			s.Fields = append(s.Fields, &model.Field{Name: k, Schema: c.inferSchema(v.vals[i], ""), Pos: diag.Pos{File: c.page.Path, Line: v.vals[i].line}, FromExample: true})
			added = append(added, k)
		}
		if len(added) > 0 {
			c.shaped = true
			c.diags.Report(diag.Pos{File: c.page.Path, Line: member(v, added[0]).line}, diag.ExampleMember,
				"%s: %s gives %s, which %s does not list: added, typed from the example", what, pathText(at), quoteList(added), tableOf(s))
		}
	}
}

// tableOf names the table that types an object: "the table Shelf", or "its
// table" when the table names no struct.
func tableOf(s *model.Schema) string {
	if s.Name == "" {
		return "its table"
	}
	return "the table " + s.Name
}

// impliedLink is the reference of a placeholder that only a link made an
// object, not yet read: the elements of a bare "Array" whose description
// links to another page, which may say where the values come from ("see
// Querying AZs") as well as what they are. nil for any other schema.
func (c *pageCtx) impliedLink(s *model.Schema) *External {
	if x := c.externalOf(s); x != nil && x.Implied && !x.settled {
		return x
	}
	return nil
}

// externalOf is the reference whose placeholder s is; nil when s is none.
func (c *pageCtx) externalOf(s *model.Schema) *External {
	for _, x := range c.externals {
		if x.Schema == s {
			return x
		}
	}
	return nil
}

// fromOtherPage reports whether s is a placeholder that another page's
// table fills in (or has filled in); one whose table could not be read is
// an open object as any other.
func (c *pageCtx) fromOtherPage(s *model.Schema) bool {
	x := c.externalOf(s)
	return x != nil && !x.unresolved
}

// sameGoName reports whether two member names give one Go field name
// ("is_backup", "isBackup", "IsBackup"): the same letters and digits,
// letter case aside.
func sameGoName(a, b string) bool {
	i, j := 0, 0
	for {
		for i < len(a) && !goNameByte(a[i]) {
			i++
		}
		for j < len(b) && !goNameByte(b[j]) {
			j++
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		if lowerASCII(a[i]) != lowerASCII(b[j]) {
			return false
		}
		i++
		j++
	}
}

func goNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// otherKeys lets an object take other keys than its table's members when
// an example gives it keys that cannot be a member's name: a label's or an
// annotation's ("deployment.kubernetes.io/revision" beside the documented
// "volume.beta.kubernetes.io/storage-class"), all of one scalar type. The
// table documents some keys of a map, not all; the others are of that
// type (additionalProperties), reported.
func (c *pageCtx) otherKeys(what string, v *jv, s *model.Schema, at []string) {
	if s.AdditionalProperties != nil {
		return
	}
	var keys []string
	var vals []*jv
	for i, k := range v.keys {
		if fieldOf(s, k) == nil && strings.Contains(k, "/") {
			keys, vals = append(keys, k), append(vals, v.vals[i])
		}
	}
	typ, line := scalarType(vals...)
	if typ == "" {
		return
	}
	s.AdditionalProperties, s.KeysFromExample = &model.Schema{Type: typ}, true
	c.shaped = true
	c.diags.Report(diag.Pos{File: c.page.Path, Line: line}, diag.ExampleMember,
		"%s: %s gives %s, which no member can be named (a map's keys): %s takes other keys, of %s values", what, pathText(at), quoteList(keys), tableOf(s), typ)
}

// otherKeysIn walks an example along its schema and lets each object take
// the other keys the example gives it that no member can be named
// (otherKeys): the linked tables' structs, which their examples do not
// add members to.
func (c *pageCtx) otherKeysIn(what string, v *jv, s *model.Schema, at []string, depth int) {
	if v == nil || s == nil || depth > maxDepth {
		return
	}
	switch {
	case s.Type == "array" && v.kind == 'a':
		for _, e := range v.vals {
			c.otherKeysIn(what, e, s.Items, append(at, "[]"), depth+1)
		}
	case s.Type == "object" && v.kind == 'o' && len(s.Fields) > 0:
		c.otherKeys(what, v, s, at)
		for _, f := range s.Fields {
			c.otherKeysIn(what, member(v, f.Name), f.Schema, append(at, f.Name), depth+1)
		}
	}
}

// spareTable is a body table after a section's first that no row links to
// (a second request body table, a response table of no field), with how
// it is reported should no example member take it.
type spareTable struct {
	t    *docparse.Table
	code diag.Code
	why  string
}

// spareSchema types a member that only an example gives (an object, or a
// list of objects) by a spare table whose rows are its members: the
// members of the example's objects are at least two of the table's rows
// and at least half of theirs ("vpc_instances": [{"instance_id": …,
// "weight": …}] under a request table that lists no vpc_instances, and a
// second table "后端实例列表" of instance_id, weight…). The table is taken
// (the first that fits); nil when none fits.
func (c *pageCtx) spareSchema(v *jv, name string) (*model.Schema, *docparse.Table) {
	var keys []string
	switch v.kind {
	case 'o':
		keys = v.keys
	case 'a':
		for _, e := range v.vals {
			if e.kind != 'o' {
				return nil, nil
			}
			keys = append(keys, e.keys...)
		}
	}
	keys = slices.Compact(slices.Sorted(slices.Values(keys)))
	if len(keys) == 0 {
		return nil, nil
	}
	for i, sp := range c.spare {
		if shared := c.rowsNamed(sp.t, keys); shared < 2 || 2*shared < len(keys) {
			continue
		}
		c.spare = slices.Delete(c.spare, i, i+1)
		s := c.tableSchema(sp.t, c.structName(sp.t, &typeExpr{Type: "object"}, rowRef{}, name))
		if v.kind == 'a' {
			s = &model.Schema{Type: "array", Items: s, Pos: s.Pos}
		}
		return s, sp.t
	}
	return nil, nil
}

// spareMember types an open member (an object row without a table, or a
// list of such objects: `vpc_instances | 字典数据类型 | 后端实例列表。`)
// by a spare table whose rows are the members its example gives
// (spareSchema: the table "后端实例详情" that no row links to), and
// reports it.
func (c *pageCtx) spareMember(f *model.Field, e *jv, at []string) {
	if e == nil || len(c.spare) == 0 || f.Schema == nil {
		return
	}
	open := func(s *model.Schema) bool { return s != nil && (untyped(s) || c.open(s)) && !c.inferred[s] }
	switch {
	case e.kind == 'o' && open(f.Schema):
		if sch, t := c.spareSchema(e, f.Name); sch != nil {
			f.Description, f.Schema = f.Schema.Description, sch
			c.spareNote(e, t, at)
		}
	case e.kind == 'a' && f.Schema.Type == "array" && open(f.Schema.Items):
		if sch, t := c.spareSchema(e, f.Name); sch != nil {
			f.Schema.Items = sch.Items
			c.spareNote(e, t, at)
		}
	}
}

func (c *pageCtx) spareNote(e *jv, t *docparse.Table, at []string) {
	c.shaped = true
	c.diags.Report(diag.Pos{File: c.page.Path, Line: e.line}, diag.UnlinkedTable,
		"%s: its row refers to no table; the members its example gives are the rows of table %q (line %d), which no row links to: typed from it", pathText(at), tableLabel(t), t.Pos.Line)
}

// reportSpare reports the spare tables no example member took: ignored.
func (c *pageCtx) reportSpare() {
	for _, sp := range c.spare {
		c.diags.Report(sp.t.Pos, sp.code, "%s: ignored", sp.why)
		c.dropTable(sp.t)
	}
	c.spare = nil
}

// fieldExample is an example of one field that its description gives.
type fieldExample struct {
	name string
	s    *model.Schema
	v    *jv
}

// fieldExampleIn reads the example of a field that a paragraph of its
// description gives as JSON, the field's value (`[{"type": "identity", …}]`)
// or the field with its value (`"catalog": [{…}]`), when the description
// goes on to say what each member of it is ("type: Type of the service",
// "user.name: …", "domain.id: …"): an example that only illustrates
// (`"Condition": {"StringEquals": …}`) or is a map's (`{"key": "value"}` of
// "key-value pairs") shapes nothing. nil for none.
func fieldExampleIn(cell docparse.Cell, name, file string) *jv {
	for i, p := range cell.Paras {
		t := strings.TrimSpace(p.Text)
		if p.Item || t == "" || t[0] != '{' && t[0] != '[' && t[0] != '"' {
			continue
		}
		if t[0] == '"' {
			key := `"` + name + `"`
			rest, ok := strings.CutPrefix(t, key)
			if rest = strings.TrimLeft(rest, " "); !ok || !strings.HasPrefix(rest, ":") {
				continue
			}
			if rest = strings.TrimLeft(rest[1:], " "); rest == "" || rest[0] != '{' && rest[0] != '[' {
				continue
			}
			t = rest
		}
		// (a slip mended, a trailing comma; not a bracket closed by guess)
		v, mends, _ := readJSON(t, cell.Pos.Line, file)
		if v == nil || slices.Contains(mends, mendMissingClose) || slices.Contains(mends, mendBraces) {
			continue
		}
		members := v
		if v.kind == 'a' && len(v.vals) > 0 {
			members = v.vals[0]
		}
		if members.kind != 'o' || len(members.keys) == 0 {
			continue
		}
		rest := slices.Concat(cell.Paras[:i], cell.Paras[i+1:])
		if slices.ContainsFunc(rest, func(p docparse.Para) bool { return saysMap(p.Text) }) ||
			slices.ContainsFunc(members.keys, func(k string) bool { return !describesMember(rest, k) }) {
			continue // (a map's example: its keys are data)
		}
		return v
	}
	return nil
}

// describesMember says whether one of paras says what member k is: it
// starts with k and a colon, or with a path through k and a colon
// ("user.name: …", "domain.id: …").
func describesMember(paras []docparse.Para, k string) bool {
	return slices.ContainsFunc(paras, func(p docparse.Para) bool {
		path, _, ok := strings.Cut(p.Text, ":")
		path = strings.TrimSpace(path)
		return ok && (path == k || strings.HasPrefix(path, k+".") || strings.HasSuffix(path, "."+k) || strings.Contains(path, "."+k+"."))
	})
}

// shapeFromFieldExamples gives the open objects and untyped array elements
// of the fields whose descriptions give an example the shape that example
// shows (fillOpen), after the page's own examples: "catalog | Json Array |
// Endpoint information" with `"catalog": [{"type": "identity", …}]` in its
// description is a list of objects of "type", "id", …. An object given for
// a list is one element of it.
func (c *pageCtx) shapeFromFieldExamples() {
	if len(c.fieldExamples) == 0 {
		return
	}
	if c.inferred == nil {
		c.inferred = map[*model.Schema]bool{}
	}
	for _, fe := range c.fieldExamples {
		v := fe.v
		if fe.s.Type == "array" && v.kind == 'o' {
			v = &jv{line: v.line, kind: 'a', vals: []*jv{v}}
		}
		c.fillOpen(v, fe.s, []string{fe.name}, 0, "the example in its description")
	}
}
