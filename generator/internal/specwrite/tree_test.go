package specwrite

import (
	"encoding/json"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/stretchr/testify/require"
)

func ptr[T any](v T) *T { return &v }

// richDoc uses the kin-openapi features docspec writes and more.
func richDoc() *openapi3.T {
	str := &openapi3.Schema{Type: &openapi3.Types{"string"}, MinLength: 1, MaxLength: ptr(uint64(64)), Pattern: "^[a-z]+$",
		Enum: []any{"a", "b<c>&", "中文"}, Default: "a", Extensions: map[string]any{"x-enum-varnames": []string{"A", "B", "C"}, "x-order": 1}}
	num := &openapi3.Schema{Type: &openapi3.Types{"number"}, Format: "double", Min: ptr(-1.5), Max: ptr(1e21),
		ExclusiveMin: openapi3.ExclusiveBound{Bool: ptr(true)}, Default: 1e-7, Enum: []any{0.5, int64(3), json.Number("12.50")}}
	obj := &openapi3.Schema{Type: &openapi3.Types{"object"}, Required: []string{"name"}, Nullable: true, Description: "line\nbreak \"quoted\" \u2028",
		Properties: openapi3.Schemas{
			"name":  openapi3.NewSchemaRef("", str),
			"value": openapi3.NewSchemaRef("", num),
			"ref":   &openapi3.SchemaRef{Ref: "#/components/schemas/Other", Extensions: map[string]any{"x-order": 3}},
			"list":  openapi3.NewSchemaRef("", &openapi3.Schema{Type: &openapi3.Types{"array"}, Items: openapi3.NewSchemaRef("", str), MinItems: 1, MaxItems: ptr(uint64(5))}),
			"map":   openapi3.NewSchemaRef("", &openapi3.Schema{Type: &openapi3.Types{"object"}, AdditionalProperties: openapi3.AdditionalProperties{Has: ptr(true)}}),
			"map2":  openapi3.NewSchemaRef("", &openapi3.Schema{Type: &openapi3.Types{"object"}, AdditionalProperties: openapi3.AdditionalProperties{Schema: openapi3.NewSchemaRef("", num)}}),
			"multi": openapi3.NewSchemaRef("", &openapi3.Schema{Type: &openapi3.Types{"string", "null"}}),
			"bool":  openapi3.NewSchemaRef("", &openapi3.Schema{Type: &openapi3.Types{"boolean"}, Default: false, ReadOnly: true}),
			"int":   openapi3.NewSchemaRef("", &openapi3.Schema{Type: &openapi3.Types{"integer"}, Format: "int64", Min: ptr(0.0), Default: int64(9007199254740993)}),
			"any":   openapi3.NewSchemaRef("", &openapi3.Schema{OneOf: openapi3.SchemaRefs{openapi3.NewSchemaRef("", str), openapi3.NewSchemaRef("", num)}}),
			"empty": openapi3.NewSchemaRef("", &openapi3.Schema{}),
		},
		Extensions: map[string]any{"x-docspec-source": "page.md:1", "x-docspec-note": "note"},
	}
	desc := "OK"
	op := &openapi3.Operation{OperationID: "Op", Summary: "s", Tags: []string{"t"}, Deprecated: true,
		Extensions: map[string]any{"x-docspec-source": "page.md:1"},
		Parameters: openapi3.Parameters{
			{Value: &openapi3.Parameter{Name: "id", In: "path", Required: true, Schema: openapi3.NewSchemaRef("", str)}},
			{Value: &openapi3.Parameter{Name: "limit", In: "query", Description: "d", Schema: openapi3.NewSchemaRef("", num)}},
		},
		Security: &openapi3.SecurityRequirements{{"AuthToken": []string{}}, {}},
		RequestBody: &openapi3.RequestBodyRef{Value: &openapi3.RequestBody{Required: true, Content: openapi3.Content{
			"application/json": &openapi3.MediaType{Schema: openapi3.NewSchemaRef("", obj), Examples: openapi3.Examples{
				"ex": &openapi3.ExampleRef{Value: &openapi3.Example{Summary: "e", Value: map[string]any{
					"n": json.Number("1.0"), "f": 2.5, "i": 3, "s": "x", "b": true, "z": nil, "a": []any{1, "two", []any{}}, "o": map[string]any{},
				}}}}}}}},
		Responses: openapi3.NewResponses(),
	}
	op.Responses.Set("200", &openapi3.ResponseRef{Value: &openapi3.Response{Description: &desc,
		Headers: openapi3.Headers{"X-Request-Id": &openapi3.HeaderRef{Value: &openapi3.Header{Parameter: openapi3.Parameter{Description: "h", Schema: openapi3.NewSchemaRef("", str)}}}},
		Content: openapi3.Content{"application/json": &openapi3.MediaType{Schema: openapi3.NewSchemaRef("#/components/schemas/Other", nil)}}}})
	doc := &openapi3.T{OpenAPI: "3.0.3", Info: &openapi3.Info{Title: "T", Version: "1"}, Paths: openapi3.NewPaths(),
		Components: &openapi3.Components{Schemas: openapi3.Schemas{"Obj": openapi3.NewSchemaRef("", obj), "Other": openapi3.NewSchemaRef("", str)}}}
	item := &openapi3.PathItem{}
	item.SetOperation("PUT", op)
	item.SetOperation("GET", op)
	doc.Paths.Set("/v1/{id}", item)
	return doc
}

// toValue must give what json.Marshal and decodeJSON give.
func TestToValueMatchesJSON(t *testing.T) {
	doc := richDoc()
	pieces := []any{doc.Paths.Value("/v1/{id}"), doc.Components.Schemas["Obj"], doc.Components.Schemas["Other"],
		"invalid \xff utf-8", 1.5, int64(7), json.Number("1e3"), nil, []byte("bytes"), map[string]int{"b": 2, "a": 1},
		[]openapi3.Types{{"string"}}, struct{ A int }{1}}
	for _, p := range pieces {
		want, err := viaJSON(p)
		require.NoError(t, err)
		got, err := toValue(p)
		require.NoError(t, err)
		require.Equal(t, dump(want), dump(got), "%#v", p)
	}
	// The whole document: TestMarshalMatchesJSON.
}

func dump(v *value) string {
	if v == nil {
		return "<nil>"
	}
	switch v.kind {
	case 'o':
		s := "{"
		for i, k := range v.keys {
			s += k + ":" + dump(v.vals[i]) + ","
		}
		return s + "}"
	case 'a':
		s := "["
		for _, e := range v.vals {
			s += dump(e) + ","
		}
		return s + "]"
	}
	return string(v.kind) + "(" + v.s + ")"
}
