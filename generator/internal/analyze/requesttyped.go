package analyze

import (
	"regexp"
	"slices"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/model"
)

// sameAsRequest: a response row's description that says the member is the
// request's ("与请求参数相同", "Same as the request parameter.").
var sameAsRequest = regexp.MustCompile(`与请求参数相同|(?i)same as the request parameter`)

// requestTyped types a response member that its description says is the
// request's and whose type cell gives one value where the request's member
// of that name is a struct or a list of them ("volume | String | Same as the
// request parameter." beside the request's "volume | Object | 表6"): the
// request's struct, with a warning. Where the request's member is one value
// of the type the row says, the row takes its enum and limits, unless it
// gives its own ("port | Integer | Same as the request parameter." beside
// "port | Integer | The value ranges from 2100 to 9500."). A name the
// request uses twice, or a request member that is another value or an
// object of its own (not a named struct the two bodies may share), changes
// nothing.
func (c *pageCtx) requestTyped() {
	if c.op.RequestBody == nil || c.op.RequestBody.Schema == nil {
		return
	}
	req := map[string]*model.Field{}
	twice := map[string]bool{}
	eachField(c.op.RequestBody.Schema, func(f *model.Field) {
		if _, ok := req[f.Name]; ok {
			twice[f.Name] = true
		}
		req[f.Name] = f
	})
	for _, r := range c.op.Responses {
		if r.Body == nil || r.Body.Schema == nil {
			continue
		}
		eachField(r.Body.Schema, func(f *model.Field) {
			s, rf := f.Schema, req[f.Name]
			if s == nil || s.Name != "" || !scalarTypes[s.Type] || rf == nil || twice[f.Name] || !sameAsRequest.MatchString(s.Description) {
				return
			}
			if rf.Schema != nil && rf.Schema.Type == s.Type && rf.Schema.Name == "" {
				takeFacets(s, rf.Schema)
				return
			}
			named := rf.Schema
			if named != nil && named.Type == "array" {
				named = named.Items
			}
			if named == nil || named.Name == "" {
				return // (an inline schema is the request's own: not shared)
			}
			what := "an object"
			if rf.Schema.Type == "array" {
				what = "a list of objects"
			}
			c.diags.Report(f.Pos, diag.TypeOverridden, "%q: the type cell says %s, but the description says it is the request's %q, %s: typed as the request's", f.Name, s.Type, f.Name, what)
			f.Description = s.Description
			f.Schema = rf.Schema
		})
	}
}

// takeFacets gives a response member that says it is the request's member
// of that name, of one type with it, the request's enum and limits, where
// its own description gives none.
func takeFacets(s, req *model.Schema) {
	if len(s.Enum) > 0 || s.Minimum != nil || s.Maximum != nil || s.MinLength != nil || s.MaxLength != nil {
		return
	}
	s.Enum = slices.Clone(req.Enum)
	s.Minimum, s.Maximum = clonePtr(req.Minimum), clonePtr(req.Maximum)
	s.MinLength, s.MaxLength = clonePtr(req.MinLength), clonePtr(req.MaxLength)
}

// clonePtr is a pointer to a copy of *p (nil for nil): two schemas never
// share a limit.
func clonePtr[T any](p *T) *T {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

// scalarTypes are the types of one value.
var scalarTypes = map[string]bool{"string": true, "integer": true, "number": true, "boolean": true}

// eachField calls fn on every member of a schema, nested ones too (before
// the member that holds them), each struct once (a struct may hold itself).
func eachField(s *model.Schema, fn func(*model.Field)) {
	seen := map[*model.Schema]bool{}
	var walk func(s *model.Schema, depth int)
	walk = func(s *model.Schema, depth int) {
		if s == nil || seen[s] || depth > maxDepth {
			return
		}
		seen[s] = true
		walk(s.Items, depth+1)
		walk(s.AdditionalProperties, depth+1)
		for _, f := range s.Fields {
			walk(f.Schema, depth+1)
			fn(f)
		}
	}
	walk(s, 0)
}
