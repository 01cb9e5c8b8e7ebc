package specwrite

import (
	"cmp"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/getkin/kin-openapi/openapi3"
	"go.yaml.in/yaml/v3"
)

// toNode is v as kin-openapi encodes it in JSON, read into YAML nodes
// (jsonNode), without the JSON text in between: kin-openapi's types encode
// themselves as JSON by encoding what their MarshalYAML gives, so that is
// read instead, and maps, slices, pointers, strings, booleans and integers
// are read as encoding/json would write them. Any other value (a float, a
// string that is not valid UTF-8, a type with a JSON encoding of its own)
// goes through jsonNode. TestWriterMatchesWhole checks, over every corpus
// folder, that the two give the same YAML.
func toNode(v any) (*yaml.Node, error) {
	return valueNode(reflect.ValueOf(v), 0)
}

// jsonNode is v encoded by encoding/json and read back (readJSON).
func jsonNode(v any) (*yaml.Node, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("encoding spec: %w", err)
	}
	n, err := readJSON(data)
	if err != nil {
		return nil, fmt.Errorf("decoding spec: %w", err)
	}
	return n, nil
}

type yamlMarshaler interface {
	MarshalYAML() (any, error)
}

var (
	yamlMarshalerType = reflect.TypeFor[yamlMarshaler]()
	jsonMarshalerType = reflect.TypeFor[json.Marshaler]()
	numberType        = reflect.TypeFor[json.Number]() // a string written as a number
)

func valueNode(v reflect.Value, depth int) (*yaml.Node, error) {
	if depth > 10000 {
		return nil, fmt.Errorf("encoding spec: nested too deeply")
	}
	if !v.IsValid() {
		return scalar("!!null", "null"), nil
	}
	t := v.Type()
	if t.Kind() == reflect.Pointer && !v.IsNil() && (t.Elem() == schemaRefType || t.Elem() == schemaType) {
		v, t = v.Elem(), t.Elem()
	}
	switch t {
	case schemaRefType:
		if r := v.Interface().(openapi3.SchemaRef); r.Ref == "" && r.Value != nil {
			if n, ok, err := schemaNode(r.Value, depth); ok {
				return n, err
			}
		}
	case schemaType:
		var s *openapi3.Schema
		if v.CanAddr() {
			s = v.Addr().Interface().(*openapi3.Schema)
		} else {
			c := v.Interface().(openapi3.Schema)
			s = &c
		}
		if n, ok, err := schemaNode(s, depth); ok {
			return n, err
		}
	}
	if t.Implements(jsonMarshalerType) {
		if v.Kind() == reflect.Pointer && v.IsNil() {
			return scalar("!!null", "null"), nil
		}
		if !t.Implements(yamlMarshalerType) {
			return jsonNode(v.Interface())
		}
		y, err := v.Interface().(yamlMarshaler).MarshalYAML()
		if err != nil {
			return nil, fmt.Errorf("encoding spec: %w", err)
		}
		return valueNode(reflect.ValueOf(y), depth+1)
	}
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return scalar("!!null", "null"), nil
		}
		return valueNode(v.Elem(), depth+1)
	case reflect.String:
		if s := v.String(); utf8.ValidString(s) && t != numberType {
			return scalar("!!str", s), nil
		}
	case reflect.Bool:
		return scalar("!!bool", strconv.FormatBool(v.Bool())), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return scalar("", strconv.FormatInt(v.Int(), 10)), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return scalar("", strconv.FormatUint(v.Uint(), 10)), nil
	case reflect.Map:
		if t.Key().Kind() != reflect.String || t.Key().Implements(jsonMarshalerType) {
			break
		}
		if v.IsNil() {
			return scalar("!!null", "null"), nil
		}
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return cmp.Compare(a.String(), b.String()) })
		n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Content: make([]*yaml.Node, 0, 2*len(keys))}
		for _, k := range keys {
			if !utf8.ValidString(k.String()) {
				return jsonNode(v.Interface())
			}
			c, err := valueNode(v.MapIndex(k), depth+1)
			if err != nil {
				return nil, err
			}
			n.Content = append(n.Content, scalar("!!str", k.String()), c)
		}
		return n, nil
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			break // []byte is base64 in JSON
		}
		if v.IsNil() {
			return scalar("!!null", "null"), nil
		}
		n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: make([]*yaml.Node, 0, v.Len())}
		for i := range v.Len() {
			c, err := valueNode(v.Index(i), depth+1)
			if err != nil {
				return nil, err
			}
			n.Content = append(n.Content, c)
		}
		return n, nil
	}
	return jsonNode(v.Interface())
}
