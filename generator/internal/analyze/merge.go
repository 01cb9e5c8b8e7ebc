package analyze

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/model"
)

// Merge joins page results into one API. Results may come in any order:
// they are sorted by path first, so the API never depends on it.
func Merge(results []*PageResult, tag string) (*model.API, diag.List) {
	var diags diag.List
	rs := append([]*PageResult(nil), results...)
	sort.Slice(rs, func(i, j int) bool { return rs[i].Path < rs[j].Path })
	api := &model.API{Pages: len(rs)}
	byRoute := map[string]*model.Operation{}
	byID := map[string]*model.Operation{}
	for _, r := range rs {
		diags.Append(r.Diags)
		op := r.Operation
		if op == nil {
			api.Skipped++
			continue
		}
		route := op.Method + " " + op.Path
		if prev := byRoute[route]; prev != nil {
			diags.Report(op.PathPos, diag.DuplicateOperation, "%s is also documented by %s: this page is left out", route, prev.PathPos)
			continue
		}
		byRoute[route] = op
		if prev := byID[op.ID]; prev != nil {
			id := op.ID
			for n := 2; byID[id] != nil; n++ {
				id = op.ID + strconv.Itoa(n)
			}
			diags.Report(op.Pos, diag.DuplicateOperationID, "operation id %q is also used by %s: this one is named %q", op.ID, prev.Pos, id)
			op.ID = id
		}
		byID[op.ID] = op
		if tag != "" {
			op.Tags = []string{tag}
		}
		api.Operations = append(api.Operations, op)
	}
	if tag != "" {
		api.Tags = []string{tag}
	}
	sort.SliceStable(api.Operations, func(i, j int) bool {
		a, b := api.Operations[i], api.Operations[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return methodRank(a.Method) < methodRank(b.Method)
	})
	api.Schemas = unifySchemas(api.Operations, &diags)
	return api, diags
}

func methodRank(m string) int {
	switch m {
	case "GET":
		return 0
	case "PUT":
		return 1
	case "POST":
		return 2
	case "DELETE":
		return 3
	case "OPTIONS":
		return 4
	case "HEAD":
		return 5
	case "PATCH":
		return 6
	}
	return 7
}

// unifySchemas makes every named schema unique by name: instances with the
// same name and structure become one; a structure that differs from the most
// common one under that name is renamed after its operation, with a note.
func unifySchemas(ops []*model.Operation, diags *diag.List) []*model.Schema {
	// Collect every named instance and the operation it first appears in.
	var all []*model.Schema
	owner := map[*model.Schema]*model.Operation{}
	for _, op := range ops {
		visit := func(s *model.Schema) {
			walkNamed(s, func(n *model.Schema) bool {
				if _, seen := owner[n]; seen {
					return false
				}
				owner[n] = op
				all = append(all, n)
				return true
			})
		}
		for _, p := range op.Params {
			visit(p.Schema)
		}
		if op.RequestBody != nil {
			visit(op.RequestBody.Schema)
		}
		for _, r := range op.Responses {
			if r.Body != nil {
				visit(r.Body.Schema)
			}
			for _, h := range r.Headers {
				visit(h.Schema)
			}
		}
	}
	// Rename conflicting structures until every name has one structure.
	for round := 0; round < 16; round++ {
		byName := map[string][]*model.Schema{}
		for _, s := range all {
			byName[s.Name] = append(byName[s.Name], s)
		}
		used := map[string]bool{}
		for name := range byName {
			used[name] = true
		}
		renamed := false
		names := make([]string, 0, len(byName))
		for n := range byName {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, name := range names {
			if len(byName[name]) < 2 {
				continue // one instance: one structure, no fingerprint needed
			}
			variants := map[string][]*model.Schema{}
			for _, s := range byName[name] {
				fp := fingerprint(s)
				variants[fp] = append(variants[fp], s)
			}
			if len(variants) < 2 {
				continue
			}
			type variant struct {
				fp  string
				ins []*model.Schema
			}
			var vs []variant
			for fp, ins := range variants {
				sort.Slice(ins, func(i, j int) bool { return posLess(ins[i].Pos, ins[j].Pos) })
				vs = append(vs, variant{fp, ins})
			}
			sort.Slice(vs, func(i, j int) bool {
				if len(vs[i].ins) != len(vs[j].ins) {
					return len(vs[i].ins) > len(vs[j].ins)
				}
				return posLess(vs[i].ins[0].Pos, vs[j].ins[0].Pos)
			})
			keep := vs[0].ins[0]
			for _, v := range vs[1:] {
				first := v.ins[0]
				base := owner[first].ID + exportName(name)
				nn := base
				for k := 2; used[nn]; k++ {
					nn = base + strconv.Itoa(k)
				}
				used[nn] = true
				for _, s := range v.ins {
					s.Name = nn
					s.Note = fmt.Sprintf("%q in the docs; renamed because %s documents a different %q", name, keep.Pos, name)
				}
				diags.Report(first.Pos, diag.SchemaRenamed, "table %q differs from the %q at %s: named %q", name, name, keep.Pos, nn)
				renamed = true
			}
		}
		if !renamed {
			break
		}
	}
	// One instance per name: the first by position; point every use at it.
	canon := map[string]*model.Schema{}
	sort.SliceStable(all, func(i, j int) bool { return posLess(all[i].Pos, all[j].Pos) })
	for _, s := range all {
		if c := canon[s.Name]; c == nil {
			canon[s.Name] = s
		} else {
			mergeRequired(c, s)
		}
	}
	replace := func(s *model.Schema) *model.Schema {
		if s != nil && s.Name != "" {
			return canon[s.Name]
		}
		return s
	}
	seen := map[*model.Schema]bool{}
	var fix func(s *model.Schema)
	fix = func(s *model.Schema) {
		if s == nil || seen[s] {
			return
		}
		seen[s] = true
		s.Items = replace(s.Items)
		fix(s.Items)
		s.AdditionalProperties = replace(s.AdditionalProperties)
		fix(s.AdditionalProperties)
		for _, f := range s.Fields {
			f.Schema = replace(f.Schema)
			fix(f.Schema)
		}
	}
	for _, op := range ops {
		for _, p := range op.Params {
			p.Schema = replace(p.Schema)
			fix(p.Schema)
		}
		if op.RequestBody != nil {
			op.RequestBody.Schema = replace(op.RequestBody.Schema)
			fix(op.RequestBody.Schema)
		}
		for _, r := range op.Responses {
			if r.Body != nil {
				r.Body.Schema = replace(r.Body.Schema)
				fix(r.Body.Schema)
			}
		}
	}
	out := make([]*model.Schema, 0, len(canon))
	for _, s := range canon {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// mergeRequired carries required flags from an instance read from a table
// with a required column into the canonical instance.
func mergeRequired(c, s *model.Schema) {
	for i, f := range s.Fields {
		if f.Required && i < len(c.Fields) && c.Fields[i].Name == f.Name {
			c.Fields[i].Required = true
		}
	}
}

func posLess(a, b diag.Pos) bool {
	if a.File != b.File {
		return a.File < b.File
	}
	return a.Line < b.Line
}

// walkNamed calls fn on every named schema reachable from s, not descending
// into a named schema when fn returns false.
func walkNamed(s *model.Schema, fn func(*model.Schema) bool) {
	if s == nil {
		return
	}
	if s.Name != "" && !fn(s) {
		return
	}
	walkNamed(s.Items, fn)
	walkNamed(s.AdditionalProperties, fn)
	for _, f := range s.Fields {
		walkNamed(f.Schema, fn)
	}
}

// fingerprint describes a named schema's structure; nested named schemas
// appear by name. Required flags are left out: response tables have no
// required column, and the same struct is shared by requests and responses.
func fingerprint(s *model.Schema) string {
	var b strings.Builder
	writeShape(&b, s, true)
	return b.String()
}

func writeShape(b *strings.Builder, s *model.Schema, top bool) {
	if s == nil {
		b.WriteString("?")
		return
	}
	if s.Name != "" && !top {
		b.WriteString("$")
		b.WriteString(s.Name)
		return
	}
	b.WriteString(s.Type)
	if s.Format != "" {
		b.WriteString("/")
		b.WriteString(s.Format)
	}
	if len(s.Enum) > 0 {
		e := append([]string(nil), s.Enum...)
		sort.Strings(e)
		b.WriteString("[" + strings.Join(e, "|") + "]")
	}
	if s.Items != nil {
		b.WriteString("<")
		writeShape(b, s.Items, false)
		b.WriteString(">")
	}
	if s.AdditionalProperties != nil {
		b.WriteString("{*:")
		writeShape(b, s.AdditionalProperties, false)
		b.WriteString("}")
	}
	if len(s.Fields) > 0 {
		b.WriteString("{")
		for _, f := range s.Fields {
			b.WriteString(f.Name)
			b.WriteString(":")
			writeShape(b, f.Schema, false)
			b.WriteString(";")
		}
		b.WriteString("}")
	}
}
