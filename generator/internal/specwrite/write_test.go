package specwrite_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/docspec/docspec/generator/internal/specwrite"
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

// oddDoc uses what docspec does not write, so that the direct writer's
// hand-offs to the general one are exercised too.
func oddDoc() *openapi3.T {
	doc := richDoc()
	str := &openapi3.Schema{Type: &openapi3.Types{"string"}, Extensions: map[string]any{"x-order": "2"}}
	odd := &openapi3.Schema{
		Type: &openapi3.Types{"object"}, Title: "Odd", Description: "a: b # c\nsecond line", ReadOnly: true, WriteOnly: true,
		Deprecated: true, AllowEmptyValue: true, UniqueItems: true, MultipleOf: ptr(0.5), MinProps: 1, MaxProps: ptr(uint64(9)),
		ExclusiveMax: openapi3.ExclusiveBound{Value: ptr(10.0)}, Example: map[string]any{"k": []any{1.5e300, "yes", nil}},
		Not:           openapi3.NewSchemaRef("", &openapi3.Schema{Type: &openapi3.Types{"null"}}),
		Discriminator: &openapi3.Discriminator{PropertyName: "kind"}, ExternalDocs: &openapi3.ExternalDocs{URL: "https://x"},
		XML: &openapi3.XML{Name: "odd"}, AllOf: openapi3.SchemaRefs{openapi3.NewSchemaRef("#/components/schemas/Other", nil)},
		AdditionalProperties: openapi3.AdditionalProperties{Has: ptr(false)},
		Properties: openapi3.Schemas{
			"s":      openapi3.NewSchemaRef("", str),
			"t":      openapi3.NewSchemaRef("", &openapi3.Schema{Extensions: map[string]any{"x-order": 2.5}}),
			"u":      openapi3.NewSchemaRef("", &openapi3.Schema{Extensions: map[string]any{"x-order": true}}),
			"nil":    nil,
			"nilval": {},
			"const":  openapi3.NewSchemaRef("", &openapi3.Schema{Const: "c", Extensions: map[string]any{"x-order": 1}}),
			"always": openapi3.NewSchemaRef("", &openapi3.Schema{Always: ptr(true)}),
			"notx":   openapi3.NewSchemaRef("", &openapi3.Schema{Extensions: map[string]any{"type": "string", "x-order": int64(-1)}}),
			"yes":    openapi3.NewSchemaRef("", &openapi3.Schema{Enum: []any{"yes", "No", "1", 1, true, nil, []any{}, map[string]any{}, "a\nb", "", " x"}}),
			"ext":    openapi3.NewSchemaRef("", &openapi3.Schema{Extensions: map[string]any{"x-obj": map[string]any{"type": 1, "name": 2, "b": []any{}}, "x-docspec-note": map[string]any{"type": 1, "a": 2}, "x-nums": []any{uint8(1), float32(0.1), json.Number("1.50"), int32(-3)}}}),
		},
		Extensions: map[string]any{"x-docspec-source": "odd.md:1", "x-num": 1e-7, "x-big": uint64(math.MaxUint64)},
	}
	doc.Components.Schemas["Odd"] = openapi3.NewSchemaRef("", odd)
	doc.Components.Schemas["Empty"] = openapi3.NewSchemaRef("", &openapi3.Schema{})
	doc.Components.Schemas["Null"] = nil
	doc.Components.Schemas["200"] = openapi3.NewSchemaRef("", &openapi3.Schema{Type: &openapi3.Types{}, Items: openapi3.NewSchemaRef("", nil)})

	desc := "ok"
	resps := openapi3.NewResponses()
	resps.Extensions = map[string]any{"x-note": "n"}
	resps.Set("404", &openapi3.ResponseRef{Ref: "#/components/responses/NotFound"})
	resps.Set("200", &openapi3.ResponseRef{Value: &openapi3.Response{Description: &desc,
		Headers: openapi3.Headers{"X-Ref": {Ref: "#/components/headers/H"}, "X-Nil": nil, "X-Empty": {}},
		Content: openapi3.Content{"text/plain": nil, "application/json": &openapi3.MediaType{
			Example: "plain", Encoding: map[string]*openapi3.Encoding{"a": {ContentType: "text/plain"}},
			Examples: openapi3.Examples{"r": {Ref: "#/components/examples/E"}, "n": nil, "e": {Value: &openapi3.Example{Description: "d", ExternalValue: "https://e"}}}}},
		Links: openapi3.Links{"l": {Value: &openapi3.Link{OperationID: "Op"}}}}})
	resps.Set("201", &openapi3.ResponseRef{})
	explode := false
	op := &openapi3.Operation{OperationID: "Odd", Description: "d", Responses: resps,
		Parameters: openapi3.Parameters{
			{Ref: "#/components/parameters/P"},
			nil,
			{},
			{Value: &openapi3.Parameter{Name: "q", In: "query", Style: "form", Explode: &explode, AllowEmptyValue: true, AllowReserved: true,
				Deprecated: true, Example: 3, Examples: openapi3.Examples{"a": {Value: &openapi3.Example{Value: "a"}}},
				Content: openapi3.Content{"application/json": {}}, Extensions: map[string]any{"x-p": []string{"a"}}}},
		},
		RequestBody:  &openapi3.RequestBodyRef{Value: &openapi3.RequestBody{Description: "b"}},
		Callbacks:    openapi3.Callbacks{"cb": {Value: openapi3.NewCallback()}},
		Security:     &openapi3.SecurityRequirements{{"type": []string{"a"}, "b": nil}, nil, {}},
		Servers:      &openapi3.Servers{{URL: "https://s"}},
		ExternalDocs: &openapi3.ExternalDocs{URL: "https://d"},
		Extensions:   map[string]any{"x-docspec-source": map[string]any{"b": 1, "a": 2}, "x-obj": map[string]any{"type": 1, "a": 2}},
	}
	item := &openapi3.PathItem{Summary: "s", Description: "d", Extensions: map[string]any{"x-a": map[string]any{"type": 1, "a": 2}},
		Parameters: openapi3.Parameters{{Value: &openapi3.Parameter{Name: "id", In: "path", Required: true}}},
		Servers:    openapi3.Servers{{URL: "https://p"}}}
	item.SetOperation("DELETE", op)
	item.SetOperation("TRACE", &openapi3.Operation{RequestBody: &openapi3.RequestBodyRef{Ref: "#/components/requestBodies/B"}})
	item.SetOperation("HEAD", &openapi3.Operation{Extensions: map[string]any{"summary": "not x"}})
	doc.Paths.Set("/odd", item)
	doc.Paths.Set("/ref", &openapi3.PathItem{Ref: "#/paths/odd"})
	doc.Paths.Set("/empty", &openapi3.PathItem{})
	doc.Paths.Set("/nil", nil)
	doc.Paths.Set("/ext", &openapi3.PathItem{Extensions: map[string]any{"get": "shadow"}})
	return doc
}

// Written a piece at a time, in batches, the document is what the whole of
// it written at once gives.
func TestMarshalMatchesWhole(t *testing.T) {
	many := &openapi3.T{OpenAPI: "3.0.3", Info: &openapi3.Info{Title: "T", Version: "1"}, Paths: openapi3.NewPaths(),
		Components: &openapi3.Components{Schemas: openapi3.Schemas{}}}
	for i := range 700 { // more than two batches of each
		desc := "ok"
		resps := openapi3.NewResponses()
		resps.Set("200", &openapi3.ResponseRef{Value: &openapi3.Response{Description: &desc}})
		item := &openapi3.PathItem{}
		item.SetOperation("GET", &openapi3.Operation{OperationID: "Op" + strconv.Itoa(i), Responses: resps})
		many.Paths.Set("/p/"+strconv.Itoa(i), item)
		many.Components.Schemas["S"+strconv.Itoa(i)] = openapi3.NewSchemaRef("", &openapi3.Schema{Type: &openapi3.Types{"string"}})
	}
	empty := &openapi3.T{OpenAPI: "3.0.3", Info: &openapi3.Info{Title: "T", Version: "1"}, Paths: openapi3.NewPaths()}
	for _, doc := range []*openapi3.T{richDoc(), oddDoc(), many, empty} {
		want, err := specwrite.WholeYAML(doc)
		require.NoError(t, err)
		got, err := specwrite.Marshal(doc)
		require.NoError(t, err)
		require.Equal(t, string(want), string(got))
	}
	// Parts the top has no place for go where the whole document has them.
	doc := richDoc()
	top := *doc
	top.Paths, top.Components = openapi3.NewPaths(), nil
	var paths, schemas []specwrite.Part
	for name, item := range doc.Paths.Map() {
		paths = append(paths, specwrite.Part{Name: name, Make: func() (any, error) { return item, nil }})
	}
	for name, s := range doc.Components.Schemas {
		schemas = append(schemas, specwrite.Part{Name: name, Make: func() (any, error) { return s, nil }})
	}
	want, err := specwrite.WholeYAML(doc)
	require.NoError(t, err)
	got, err := specwrite.MarshalParts(&top, paths, schemas)
	require.NoError(t, err)
	require.Equal(t, string(want), string(got))
	// A part that cannot be made is an error, not a gap.
	_, err = specwrite.MarshalParts(&top, []specwrite.Part{{Name: "/x", Make: func() (any, error) { return nil, errBroken }}}, nil)
	require.ErrorIs(t, err, errBroken)
}

var errBroken = errors.New("broken")

// Strings that a YAML 1.1 reader would take for something else are quoted:
// old booleans, base-60 numbers (a time of day, 16:00, is 960 to such a
// reader) and its value key "=", which some cannot read at all.
func TestYAML11Strings(t *testing.T) {
	values := []any{"16:00", "-1:30:00.5", "=", "yes", "Off", "10:60", "16:00-17:00", "a=b", "=="}
	doc := &openapi3.T{OpenAPI: "3.0.3", Info: &openapi3.Info{Title: "t", Version: "1"}, Paths: openapi3.NewPaths(),
		Components: &openapi3.Components{Schemas: openapi3.Schemas{"A": openapi3.NewSchemaRef("", &openapi3.Schema{Example: values})}}}
	written, err := specwrite.Marshal(doc)
	require.NoError(t, err)
	for _, q := range []string{`- "16:00"`, `- "-1:30:00.5"`, `- "="`, `- "yes"`, `- "Off"`, "- 10:60", "- 16:00-17:00", "- a=b", "- =="} {
		require.Contains(t, string(written), "\n        "+q+"\n")
	}
	var read struct {
		Components struct {
			Schemas map[string]struct{ Example []any }
		}
	}
	require.NoError(t, yaml.Unmarshal(written, &read))
	require.Equal(t, values, read.Components.Schemas["A"].Example)
}

// The key order, on a small document: top-level and object keys by rank,
// then by name; paths and names sorted; methods in HTTP order; properties
// by x-order, then by name; example values as kin-openapi encodes them.
func TestOrder(t *testing.T) {
	desc := "OK"
	resps := openapi3.NewResponses()
	resps.Set("404", &openapi3.ResponseRef{Value: &openapi3.Response{Description: &desc}})
	resps.Set("200", &openapi3.ResponseRef{Value: &openapi3.Response{Description: &desc, Content: openapi3.Content{
		"application/json": &openapi3.MediaType{Schema: openapi3.NewSchemaRef("#/components/schemas/A", nil),
			Examples: openapi3.Examples{"b": {Value: &openapi3.Example{Value: map[string]any{"z": 1, "a": []any{"y", "x"}}}},
				"a": {Value: &openapi3.Example{Summary: "first", Value: "yes"}}}}}}})
	op := func(id string) *openapi3.Operation {
		return &openapi3.Operation{OperationID: id, Summary: "s", Tags: []string{"t"}, Responses: resps,
			Extensions: map[string]any{"x-docspec-source": "p.md:1"}}
	}
	item := &openapi3.PathItem{Parameters: openapi3.Parameters{{Value: &openapi3.Parameter{Name: "id", In: "path", Required: true,
		Schema: openapi3.NewSchemaRef("", &openapi3.Schema{Type: &openapi3.Types{"string"}})}}}}
	item.SetOperation("POST", op("Post"))
	item.SetOperation("GET", op("Get"))
	item.SetOperation("DELETE", op("Delete"))
	prop := func(typ string, order any) *openapi3.SchemaRef {
		s := &openapi3.Schema{Type: &openapi3.Types{typ}, Description: typ + " field"}
		if order != nil {
			s.Extensions = map[string]any{"x-order": order}
		}
		return openapi3.NewSchemaRef("", s)
	}
	a := &openapi3.Schema{Type: &openapi3.Types{"object"}, Required: []string{"second"}, Description: "A thing",
		Properties: openapi3.Schemas{"second": prop("integer", 2), "first": prop("string", 1), "none": prop("boolean", nil),
			"ref": &openapi3.SchemaRef{Ref: "#/components/schemas/B", Extensions: map[string]any{"x-order": 3}}},
		Extensions: map[string]any{"x-docspec-source": "a.md:3", "x-docspec-note": "n"}}
	doc := &openapi3.T{OpenAPI: "3.0.3", Info: &openapi3.Info{Title: "T", Version: "1"}, Paths: openapi3.NewPaths(),
		Tags: openapi3.Tags{{Name: "t"}}, Servers: openapi3.Servers{{URL: "https://x"}},
		Components: &openapi3.Components{Schemas: openapi3.Schemas{"B": prop("string", nil), "A": openapi3.NewSchemaRef("", a)}}}
	doc.Paths.Set("/v1/{id}", item)
	doc.Paths.Set("/v1", &openapi3.PathItem{Get: op("List")})
	got, err := specwrite.Marshal(doc)
	require.NoError(t, err)
	opYAML := func(method, id string) string {
		return `    ` + method + `:
      tags:
        - t
      summary: s
      operationId: ` + id + `
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/A'
              examples:
                a:
                  summary: first
                  value: "yes"
                b:
                  value:
                    a:
                      - "y"
                      - x
                    z: 1
        "404":
          description: OK
      x-docspec-source: p.md:1
`
	}
	want := specwrite.Header + `openapi: 3.0.3
info:
  title: T
  version: "1"
servers:
  - url: https://x
tags:
  - name: t
paths:
  /v1:
` + opYAML("get", "List") + `  /v1/{id}:
` + opYAML("get", "Get") + opYAML("post", "Post") + opYAML("delete", "Delete") + `    parameters:
      - name: id
        in: path
        required: true
        schema:
          type: string
components:
  schemas:
    A:
      type: object
      description: A thing
      required:
        - second
      properties:
        first:
          type: string
          description: string field
          x-order: 1
        second:
          type: integer
          description: integer field
          x-order: 2
        ref:
          $ref: '#/components/schemas/B'
          x-order: 3
        none:
          type: boolean
          description: boolean field
      x-docspec-note: "n"
      x-docspec-source: a.md:3
    B:
      type: string
      description: string field
`
	require.Equal(t, want, string(got))
}

// What is written says what kin-openapi's JSON says: nothing dropped,
// nothing added, every value of the same type.
func TestWrittenYAMLSaysWhatJSONSays(t *testing.T) {
	for _, doc := range []*openapi3.T{richDoc(), oddDoc()} {
		data, err := json.Marshal(doc)
		require.NoError(t, err)
		var want any
		require.NoError(t, json.Unmarshal(data, &want))
		written, err := specwrite.Marshal(doc)
		require.NoError(t, err)
		var read any
		require.NoError(t, yaml.Unmarshal(written, &read))
		// YAML integers and floats, as JSON numbers.
		again, err := json.Marshal(read)
		require.NoError(t, err)
		var got any
		require.NoError(t, json.Unmarshal(again, &got))
		require.Equal(t, want, got)
	}
}

// readTokens is the reference JSON reader: json.Decoder's Token API.
func readTokens(data []byte) (*yaml.Node, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	n, err := readToken(dec)
	if err == nil && dec.More() {
		err = errors.New("trailing data")
	}
	return n, err
}

func readToken(dec *json.Decoder) (*yaml.Node, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	scalar := specwrite.Scalar
	switch t := tok.(type) {
	case json.Delim:
		n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		if t == '{' {
			n.Kind, n.Tag = yaml.MappingNode, "!!map"
		}
		for dec.More() {
			if n.Kind == yaml.MappingNode {
				k, err := dec.Token()
				if err != nil {
					return nil, err
				}
				n.Content = append(n.Content, scalar("!!str", k.(string)))
			}
			e, err := readToken(dec)
			if err != nil {
				return nil, err
			}
			n.Content = append(n.Content, e)
		}
		_, err := dec.Token()
		return n, err
	case string:
		return scalar("!!str", t), nil
	case json.Number:
		return scalar("", t.String()), nil
	case bool:
		return scalar("!!bool", strconv.FormatBool(t)), nil
	}
	return scalar("!!null", "null"), nil
}

func TestReadJSON(t *testing.T) {
	docs := []string{
		`{}`, `[]`, `{"a":1,"b":[true,false,null],"c":{"d":"e"}}`,
		`{"s":"quote \" backslash \\ tab \t nl \n uni \u00e9 \u003chtml\u003e \u2028","n":-1.5e+10,"z":0,"big":18446744073709551615}`,
		`{"中文":"值","empty":"","arr":[[],{},[1,[2,[3]]]]}`,
		` { "spaced" : [ 1 , 2 ] } `,
		`{"` + strings.Repeat("long key ", 200) + `":1}`, // more than yaml.v3 reads
	}
	for _, doc := range []*openapi3.T{richDoc(), oddDoc()} {
		data, err := json.Marshal(doc)
		require.NoError(t, err)
		docs = append(docs, string(data))
	}
	for _, d := range docs {
		want, err := readTokens([]byte(d))
		require.NoError(t, err, d)
		got, err := specwrite.ReadJSON([]byte(d))
		require.NoError(t, err, d)
		require.Equal(t, want, got, d)
	}
	for _, bad := range []string{``, `{`, `{"a"}`, `[1,]`, `[1 2]`, `"open`, `{"a":1}x`, `tru`, `{1:2}`} {
		_, err := specwrite.ReadJSON([]byte(bad))
		require.Error(t, err, bad)
	}
}
