package specbuild

import (
	"sort"
	"strconv"

	"github.com/docspec/docspec/generator/internal/goname"
	"github.com/docspec/docspec/generator/model"
)

// Go from every spec: the names in the docs are not always Go names. A
// property whose name gives no exported Go identifier ("[数组]", "自定义key")
// or the same one as another property of its struct ("group_id" and
// "groupId") gets an x-go-name; a required property that would make a
// struct contain itself by value gets a pointer type (x-go-type). The names
// are oapi-codegen's own (package goname), so the spec generates valid Go
// as it is.

// fieldGoNames gives the properties of an object the Go field names
// oapi-codegen would not: those that need an x-go-name.
func fieldGoNames(fields []*model.Field) map[*model.Field]string {
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.Name
	}
	var out map[*model.Field]string
	for i, n := range goNames(names) {
		if out == nil {
			out = map[*model.Field]string{}
		}
		out[fields[i]] = n
	}
	return out
}

// goNames finds, among names that become fields of one Go struct, those
// whose Go name oapi-codegen derives is not an exported identifier or is
// another's, and gives each a name of its own (by index).
func goNames(names []string) map[int]string {
	var out map[int]string
	used := map[string]bool{}
	var bad []int
	for i, name := range names {
		n := goname.TypeName(name)
		if !goname.Valid(n) || used[n] {
			bad = append(bad, i)
			continue
		}
		used[n] = true
	}
	for _, i := range bad {
		base := exportFirst(goname.TypeName(names[i]))
		if !goname.Valid(base) {
			base = "Field" + strconv.Itoa(i+1)
		}
		n := base
		for k := 2; used[n]; k++ {
			n = base + strconv.Itoa(k)
		}
		used[n] = true
		if out == nil {
			out = map[int]string{}
		}
		out[i] = n
	}
	return out
}

// exportFirst upper-cases an ASCII first letter ("key" → "Key").
func exportFirst(s string) string {
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// selfContaining finds the required properties through which a struct
// would contain itself by value in Go (required object properties are not
// pointers): every such property on a cycle of named structs.
func selfContaining(schemas []*model.Schema) map[*model.Field]bool {
	// edges: a named struct's required properties that are named structs
	type edge struct {
		f  *model.Field
		to *model.Schema
	}
	edges := map[*model.Schema][]edge{}
	for _, s := range schemas {
		for _, f := range s.Fields {
			if f.Required && f.Schema != nil && f.Schema.Name != "" && f.Schema.Type == "object" && f.Schema.AdditionalProperties == nil {
				edges[s] = append(edges[s], edge{f, f.Schema})
			}
		}
	}
	// Tarjan's strongly connected components, in a fixed order.
	index, low := map[*model.Schema]int{}, map[*model.Schema]int{}
	onStack := map[*model.Schema]bool{}
	comp := map[*model.Schema]int{}
	var stack []*model.Schema
	next, ncomp := 0, 0
	var visit func(s *model.Schema)
	visit = func(s *model.Schema) {
		index[s], low[s] = next, next
		next++
		stack = append(stack, s)
		onStack[s] = true
		for _, e := range edges[s] {
			if _, seen := index[e.to]; !seen {
				visit(e.to)
				low[s] = min(low[s], low[e.to])
			} else if onStack[e.to] {
				low[s] = min(low[s], index[e.to])
			}
		}
		if low[s] == index[s] {
			for {
				t := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[t] = false
				comp[t] = ncomp
				if t == s {
					break
				}
			}
			ncomp++
		}
	}
	ordered := append([]*model.Schema(nil), schemas...)
	sort.Slice(ordered, func(i, j int) bool { return ordered[i].Name < ordered[j].Name })
	for _, s := range ordered {
		if _, seen := index[s]; !seen {
			visit(s)
		}
	}
	out := map[*model.Field]bool{}
	for s, es := range edges {
		for _, e := range es {
			if _, ok := comp[e.to]; ok && comp[e.to] == comp[s] {
				out[e.f] = true
			}
		}
	}
	return out
}

// goTypeOf is the Go type oapi-codegen gives a component schema.
func goTypeOf(component string) string { return goname.TypeName(component) }
