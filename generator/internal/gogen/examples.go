package gogen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/getkin/kin-openapi/openapi3"
	"go.yaml.in/yaml/v3"
)

// exampleTexts holds the JSON text of every response example of a spec,
// read from its YAML so that numbers keep the digits the docs give (the
// loaded spec holds them as float64, which rounds ids beyond 2^53).
type exampleTexts map[exampleKey]string

type exampleKey struct{ path, method, status, media, name string }

// readExampleTexts indexes paths.*.*.responses.*.content.*.examples.*.value.
// Examples it cannot turn into JSON are left out (exampleJSON falls back on
// the loaded value).
func readExampleTexts(specYAML []byte) (exampleTexts, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(specYAML, &doc); err != nil {
		return nil, fmt.Errorf("reading the spec's examples: %w", err)
	}
	out := exampleTexts{}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
		root = root.Content[0]
	}
	ref := func(n *yaml.Node) *yaml.Node { return followRef(root, n) }
	eachEntry(yamlGet(root, "paths"), func(path string, item *yaml.Node) {
		eachEntry(ref(item), func(method string, op *yaml.Node) {
			eachEntry(yamlGet(op, "responses"), func(status string, resp *yaml.Node) {
				eachEntry(yamlGet(ref(resp), "content"), func(media string, mt *yaml.Node) {
					eachEntry(yamlGet(mt, "examples"), func(name string, ex *yaml.Node) {
						value := yamlGet(ref(ex), "value")
						if value == nil {
							return
						}
						var b bytes.Buffer
						if nodeJSON(&b, value, 0) == nil {
							out[exampleKey{path, strings.ToUpper(method), status, media, name}] = b.String()
						}
					})
				})
			})
		})
	})
	return out, nil
}

// followRef returns the node a local $ref ("#/components/responses/X")
// points to, or n itself.
func followRef(root, n *yaml.Node) *yaml.Node {
	for hops := 0; hops < 32; hops++ {
		r := yamlGet(n, "$ref")
		if r == nil || !strings.HasPrefix(r.Value, "#/") {
			return n
		}
		target := root
		for _, seg := range strings.Split(r.Value[2:], "/") {
			seg = strings.NewReplacer("~1", "/", "~0", "~").Replace(seg)
			if target = yamlGet(target, seg); target == nil {
				return n
			}
		}
		n = target
	}
	return n
}

func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

func yamlGet(n *yaml.Node, key string) *yaml.Node {
	n = resolve(n)
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return resolve(n.Content[i+1])
		}
	}
	return nil
}

func eachEntry(n *yaml.Node, f func(key string, value *yaml.Node)) {
	n = resolve(n)
	if n == nil || n.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		f(n.Content[i].Value, resolve(n.Content[i+1]))
	}
}

var jsonNumber = regexp.MustCompile(`^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$`)

// nodeJSON writes a YAML value as compact JSON, keys in the document's
// order and numbers as written.
func nodeJSON(b *bytes.Buffer, n *yaml.Node, depth int) error {
	n = resolve(n)
	if n == nil {
		return fmt.Errorf("empty node")
	}
	if depth > 1000 {
		return fmt.Errorf("value nested too deep")
	}
	switch n.Kind {
	case yaml.MappingNode:
		b.WriteByte('{')
		for i := 0; i+1 < len(n.Content); i += 2 {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSONString(b, n.Content[i].Value)
			b.WriteByte(':')
			if err := nodeJSON(b, n.Content[i+1], depth+1); err != nil {
				return err
			}
		}
		b.WriteByte('}')
	case yaml.SequenceNode:
		b.WriteByte('[')
		for i, c := range n.Content {
			if i > 0 {
				b.WriteByte(',')
			}
			if err := nodeJSON(b, c, depth+1); err != nil {
				return err
			}
		}
		b.WriteByte(']')
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!null":
			b.WriteString("null")
		case "!!bool":
			v, err := strconv.ParseBool(strings.ToLower(n.Value))
			if err != nil {
				return err
			}
			b.WriteString(strconv.FormatBool(v))
		case "!!int", "!!float":
			if !jsonNumber.MatchString(n.Value) { // 0x1F, .inf, 1_000: not JSON
				return fmt.Errorf("number %q is not JSON", n.Value)
			}
			b.WriteString(n.Value)
		default:
			writeJSONString(b, n.Value)
		}
	default:
		return fmt.Errorf("unexpected YAML node kind %d", n.Kind)
	}
	return nil
}

func writeJSONString(b *bytes.Buffer, s string) {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)       // a string always encodes
	b.Truncate(b.Len() - 1) // Encode's newline
}

// exampleJSON is the example's JSON, indented: the YAML text when indexed,
// else the loaded value encoded.
func (t exampleTexts) exampleJSON(k exampleKey, value any) (string, error) {
	var b bytes.Buffer
	if text, ok := t[k]; ok {
		if err := json.Indent(&b, []byte(text), "", "  "); err != nil {
			return "", err
		}
		return b.String(), nil
	}
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(value); err != nil {
		return "", err
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

// goLiteral quotes s as a Go string: a raw string when it can be one.
func goLiteral(s string) string {
	if strings.ContainsAny(s, "`\r\x00\uFEFF") || !utf8.ValidString(s) {
		return strconv.Quote(s)
	}
	return "`" + s + "`"
}

// successStatuses are the operation's 2xx statuses, lowest first, with 2XX
// after the numbered ones.
func successStatuses(op *openapi3.Operation) []string {
	var out []string
	if op.Responses == nil {
		return nil
	}
	for code := range op.Responses.Map() {
		if n, err := strconv.Atoi(code); err == nil && n >= 200 && n <= 299 || strings.EqualFold(code, "2XX") {
			out = append(out, code)
		}
	}
	sort.Slice(out, func(a, b int) bool { return statusOrder(out[a]) < statusOrder(out[b]) })
	return out
}

func statusOrder(code string) int {
	if n, err := strconv.Atoi(code); err == nil {
		return n
	}
	return 1000
}

// jsonMediaTypes are the content's JSON media types, application/json first.
func jsonMediaTypes(c openapi3.Content) []string {
	var out []string
	for name := range c {
		base, _, err := mime.ParseMediaType(name)
		if err != nil {
			continue
		}
		if base == "application/json" || strings.HasSuffix(base, "+json") {
			out = append(out, name)
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if (out[a] == "application/json") != (out[b] == "application/json") {
			return out[a] == "application/json"
		}
		return out[a] < out[b]
	})
	return out
}

// exampleNames are the names of the media type's valid examples in the
// docs' order: "example", "example2", … "example10" (numbers compared as
// numbers), other names after, sorted.
func exampleNames(mt *openapi3.MediaType) []string {
	var out []string
	for name, ex := range mt.Examples {
		if ex != nil && ex.Value != nil && ex.Value.Value != nil {
			out = append(out, name)
		}
	}
	sort.Slice(out, func(a, b int) bool {
		pa, na := splitNumber(out[a])
		pb, nb := splitNumber(out[b])
		if pa != pb {
			return pa < pb
		}
		if na != nb {
			return na < nb
		}
		return out[a] < out[b]
	})
	return out
}

// splitNumber splits "example12" into ("example", 12); "example" is number 1.
func splitNumber(s string) (string, int) {
	i := len(s)
	for i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
		i--
	}
	n, err := strconv.Atoi(s[i:])
	if err != nil {
		return s, 1
	}
	return s[:i], n
}

// sourceOf is the operation's x-docspec-source (page:line), if any.
func sourceOf(op *openapi3.Operation) string {
	if s, ok := op.Extensions["x-docspec-source"].(string); ok {
		return s
	}
	return ""
}

// eachOperation calls f for every operation of the spec, by path then method.
func eachOperation(spec *openapi3.T, f func(path, method string, op *openapi3.Operation) error) error {
	if spec.Paths == nil {
		return nil
	}
	paths := spec.Paths.Map()
	keys := make([]string, 0, len(paths))
	for p := range paths {
		keys = append(keys, p)
	}
	sort.Strings(keys)
	for _, p := range keys {
		ops := paths[p].Operations()
		methods := make([]string, 0, len(ops))
		for m := range ops {
			methods = append(methods, m)
		}
		sort.Strings(methods)
		for _, m := range methods {
			if err := f(p, strings.ToUpper(m), ops[m]); err != nil {
				return err
			}
		}
	}
	return nil
}
