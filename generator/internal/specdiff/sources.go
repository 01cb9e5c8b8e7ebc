package specdiff

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/oasdiff/oasdiff/checker"
	"go.yaml.in/yaml/v3"
)

// span is an operation or component schema of a spec: its lines and its
// x-docspec-source.
type span struct {
	from, to int
	source   string // page.md:LINE
}

// index finds the documentation source of a spec line.
type index struct {
	spans   []span
	ops     map[string]string // "METHOD path" → x-docspec-source
	schemas map[string]string // component schema name → x-docspec-source
}

var methods = map[string]bool{"get": true, "put": true, "post": true, "delete": true, "options": true,
	"head": true, "patch": true, "trace": true}

func indexSources(data []byte) (*index, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, err
	}
	idx := &index{ops: map[string]string{}, schemas: map[string]string{}}
	if len(root.Content) == 0 {
		return idx, nil
	}
	doc := root.Content[0]
	if paths := mapValue(doc, "paths"); paths != nil {
		eachPair(paths, func(path, item *yaml.Node) {
			eachPair(item, func(method, op *yaml.Node) {
				if !methods[method.Value] {
					return
				}
				src := scalar(mapValue(op, "x-docspec-source"))
				idx.ops[strings.ToUpper(method.Value)+" "+path.Value] = src
				idx.spans = append(idx.spans, span{method.Line, lastLine(op), src})
			})
		})
	}
	if schemas := mapValue(mapValue(doc, "components"), "schemas"); schemas != nil {
		eachPair(schemas, func(name, schema *yaml.Node) {
			src := scalar(mapValue(schema, "x-docspec-source"))
			idx.schemas[name.Value] = src
			idx.spans = append(idx.spans, span{name.Line, lastLine(schema), src})
		})
	}
	return idx, nil
}

// at is the source of the innermost operation or schema around a spec position.
func (x *index) at(side string, s *checker.Source) *Source {
	best := -1
	for i, sp := range x.spans {
		if sp.source == "" || s.Line < sp.from || s.Line > sp.to {
			continue
		}
		if best < 0 || sp.to-sp.from < x.spans[best].to-x.spans[best].from {
			best = i
		}
	}
	spec := ""
	if s.File != "" && s.Line > 0 {
		spec = fmt.Sprintf("%s:%d:%d", s.File, s.Line, s.Column)
	}
	if best < 0 {
		if spec == "" {
			return nil
		}
		return &Source{Side: side, Spec: spec}
	}
	src := parseSource(side, x.spans[best].source)
	src.Spec = spec
	return src
}

// operation is the source of an operation.
func (x *index) operation(side, method, path string) *Source {
	src, ok := x.ops[strings.ToUpper(method)+" "+path]
	if !ok || src == "" {
		return nil
	}
	return parseSource(side, src)
}

// schema is the source of a component schema.
func (x *index) schema(side, name string) *Source {
	if src := x.schemas[name]; src != "" {
		return parseSource(side, src)
	}
	return nil
}

// schemasBySource lists the component schemas of each documentation line.
func (x *index) schemasBySource() map[string][]string {
	out := map[string][]string{}
	for name, src := range x.schemas {
		if src != "" {
			out[src] = append(out[src], name)
		}
	}
	return out
}

func parseSource(side, s string) *Source {
	page, line := s, 0
	if i := strings.LastIndexByte(s, ':'); i > 0 {
		if n, err := strconv.Atoi(s[i+1:]); err == nil {
			page, line = s[:i], n
		}
	}
	return &Source{Side: side, Page: page, Line: line}
}

func mapValue(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

func eachPair(n *yaml.Node, f func(k, v *yaml.Node)) {
	if n == nil || n.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		f(n.Content[i], n.Content[i+1])
	}
}

func scalar(n *yaml.Node) string {
	if n == nil || n.Kind != yaml.ScalarNode {
		return ""
	}
	return n.Value
}

func lastLine(n *yaml.Node) int {
	last := n.Line
	for _, c := range n.Content {
		if l := lastLine(c); l > last {
			last = l
		}
	}
	return last
}
