package specwrite

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"unicode/utf8"
)

// yamlMarshaler is kin-openapi's MarshalYAML, which its MarshalJSON
// methods encode with encoding/json.
type yamlMarshaler interface {
	MarshalYAML() (any, error)
}

const kinPkg = "github.com/getkin/kin-openapi/openapi3"

// sliceValue is the value of a slice (nil is null).
func sliceValue[T any](v []T) (*value, error) {
	if v == nil {
		return &value{kind: 'z'}, nil
	}
	out := &value{kind: 'a', vals: make([]*value, len(v))}
	for i, e := range v {
		ev, err := toValue(e)
		if err != nil {
			return nil, err
		}
		out.vals[i] = ev
	}
	return out, nil
}

// toValue turns a piece of the document into the tree json.Marshal followed
// by decodeJSON would give, without writing and reading JSON: it walks
// kin-openapi's MarshalYAML results (which its MarshalJSON methods encode),
// maps (keys in encoding/json's sorted order), slices, strings and booleans,
// and hands anything else (numbers, pointers to plain values, other types)
// to encoding/json itself.
func toValue(x any) (*value, error) {
	switch v := x.(type) {
	case nil:
		return &value{kind: 'z'}, nil
	case string:
		if utf8.ValidString(v) {
			return &value{kind: 's', s: v}, nil
		}
	case bool:
		if v {
			return &value{kind: 'b', s: "true"}, nil
		}
		return &value{kind: 'b', s: "false"}, nil
	case map[string]any:
		if v == nil {
			return &value{kind: 'z'}, nil
		}
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		out := &value{kind: 'o', keys: keys, vals: make([]*value, len(keys))}
		for i, k := range keys {
			e, err := toValue(v[k])
			if err != nil {
				return nil, err
			}
			out.vals[i] = e
		}
		return out, nil
	case []any:
		return sliceValue(v)
	case []string:
		return sliceValue(v)
	}
	rv := reflect.ValueOf(x)
	if _, ok := x.(json.Marshaler); ok {
		y, isYAML := x.(yamlMarshaler)
		if !isYAML || !fromKin(rv.Type()) {
			return viaJSON(x)
		}
		if rv.Kind() == reflect.Pointer && rv.IsNil() {
			return &value{kind: 'z'}, nil
		}
		m, err := y.MarshalYAML()
		if err != nil {
			return nil, err
		}
		return toValue(m)
	}
	switch rv.Kind() {
	case reflect.Map:
		if rv.Type().Key().Kind() != reflect.String || rv.Type().Key().PkgPath() != "" {
			break
		}
		if rv.IsNil() {
			return &value{kind: 'z'}, nil
		}
		keys := make([]string, 0, rv.Len())
		for _, k := range rv.MapKeys() {
			keys = append(keys, k.String())
		}
		sort.Strings(keys)
		out := &value{kind: 'o', keys: keys, vals: make([]*value, len(keys))}
		for i, k := range keys {
			e, err := toValue(rv.MapIndex(reflect.ValueOf(k).Convert(rv.Type().Key())).Interface())
			if err != nil {
				return nil, err
			}
			out.vals[i] = e
		}
		return out, nil
	case reflect.Slice:
		et := rv.Type().Elem()
		if et.Kind() == reflect.Uint8 {
			break // []byte is base64 in JSON
		}
		marshaler := reflect.TypeFor[json.Marshaler]()
		if !et.Implements(marshaler) && reflect.PointerTo(et).Implements(marshaler) {
			break // encoding/json calls the method on the (addressable) element
		}
		if rv.IsNil() {
			return &value{kind: 'z'}, nil
		}
		out := &value{kind: 'a', vals: make([]*value, rv.Len())}
		for i := range rv.Len() {
			e, err := toValue(rv.Index(i).Interface())
			if err != nil {
				return nil, err
			}
			out.vals[i] = e
		}
		return out, nil
	}
	return viaJSON(x)
}

func fromKin(t reflect.Type) bool {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.PkgPath() == kinPkg
}

func viaJSON(x any) (*value, error) {
	data, err := json.Marshal(x)
	if err != nil {
		return nil, fmt.Errorf("encoding spec: %w", err)
	}
	return decodeJSON(data)
}
