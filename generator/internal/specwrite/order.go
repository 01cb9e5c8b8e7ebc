package specwrite

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// context says how the keys of a mapping are ordered.
type context int

const (
	ctxObject   context = iota // an OpenAPI object: keys by rank, then by name
	ctxRaw                     // example values, defaults, enums: as encoded (kin-openapi sorts map keys)
	ctxNames                   // a map of user names: sorted
	ctxPaths                   // paths: sorted, values are path items
	ctxPathItem                // methods in HTTP order
	ctxProps                   // properties: by x-order, then by name
)

// rank orders the keys of every OpenAPI object kind; keys without a rank
// follow, by name.
var rank = map[string]int{}

func init() {
	for i, k := range []string{
		"openapi", "info", "servers", "tags", "paths", "components",
		"$ref", "title", "type", "name", "in", "format", "summary", "description", "version", "operationId", "deprecated",
		"security", "parameters", "requestBody", "required", "schema", "headers", "content", "examples", "value", "url",
		"enum", "x-enum-varnames", "default", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
		"minLength", "maxLength", "pattern", "minItems", "maxItems", "nullable", "items", "properties",
		"additionalProperties", "allOf", "oneOf", "anyOf", "responses", "schemas", "securitySchemes", "x-order",
	} {
		rank[k] = i
	}
}

// methodOrder orders a path item's keys (others come first, in the order
// they were encoded).
var methodOrder = map[string]int{"get": 0, "put": 1, "post": 2, "delete": 3, "options": 4, "head": 5, "patch": 6, "trace": 7, "parameters": 8}

// childContext says how the value under key of an OpenAPI object is ordered.
func childContext(key string) context {
	switch key {
	case "paths":
		return ctxPaths
	case "properties":
		return ctxProps
	case "schemas", "securitySchemes", "examples", "headers", "content", "responses", "requestBodies":
		return ctxNames
	case "value", "default", "enum", "example", "x-enum-varnames", "x-docspec-source", "x-docspec-note", "x-docspec-invalid-examples":
		return ctxRaw
	}
	return ctxObject
}

// order puts the keys of every mapping under n, ordered as ctx says, in
// docspec's order.
func order(n *yaml.Node, ctx context) {
	switch n.Kind {
	case yaml.SequenceNode:
		if ctx != ctxRaw {
			ctx = ctxObject
		}
		for _, e := range n.Content {
			order(e, ctx)
		}
	case yaml.MappingNode:
		sortPairs(n, ctx)
		for i := 0; i+1 < len(n.Content); i += 2 {
			var cc context
			switch ctx {
			case ctxRaw:
				cc = ctxRaw
			case ctxPaths:
				cc = ctxPathItem
			case ctxNames, ctxProps, ctxPathItem:
				cc = ctxObject
			default:
				cc = childContext(n.Content[i].Value)
			}
			order(n.Content[i+1], cc)
		}
	}
}

type pair struct{ k, v *yaml.Node }

// sortPairs orders the keys of the mapping n (a stable sort: equal keys
// keep their order).
func sortPairs(n *yaml.Node, ctx context) {
	var less func(a, b pair) int
	switch ctx {
	case ctxObject:
		less = func(a, b pair) int {
			ra, oka := rank[a.k.Value]
			rb, okb := rank[b.k.Value]
			switch {
			case oka && okb:
				return cmp.Compare(ra, rb)
			case oka != okb:
				if oka {
					return -1
				}
				return 1
			}
			return strings.Compare(a.k.Value, b.k.Value)
		}
	case ctxNames, ctxPaths:
		less = func(a, b pair) int { return strings.Compare(a.k.Value, b.k.Value) }
	case ctxPathItem:
		less = func(a, b pair) int { return cmp.Compare(methodOrder[a.k.Value], methodOrder[b.k.Value]) }
	case ctxProps:
		less = func(a, b pair) int {
			if c := cmp.Compare(xOrder(a.v), xOrder(b.v)); c != 0 {
				return c
			}
			return strings.Compare(a.k.Value, b.k.Value)
		}
	default:
		return
	}
	ps := make([]pair, len(n.Content)/2)
	for i := range ps {
		ps[i] = pair{n.Content[2*i], n.Content[2*i+1]}
	}
	slices.SortStableFunc(ps, less)
	for i, p := range ps {
		n.Content[2*i], n.Content[2*i+1] = p.k, p.v
	}
}

// xOrder is a property's x-order (properties without one come last).
func xOrder(v *yaml.Node) float64 {
	if v.Kind != yaml.MappingNode {
		return 1e18
	}
	for k, x := range pairs(v) {
		if k == "x-order" {
			if f, err := strconv.ParseFloat(x.Value, 64); err == nil {
				return f
			}
		}
	}
	return 1e18
}
