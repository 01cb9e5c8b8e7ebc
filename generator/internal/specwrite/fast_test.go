package specwrite

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/stretchr/testify/require"
)

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

// oldPiece writes a piece the general way: toValue and encodeNested.
func oldPiece(t *testing.T, v any, ctx context, path ...string) string {
	t.Helper()
	tree, err := toValue(v)
	require.NoError(t, err)
	var out bytes.Buffer
	require.NoError(t, encodeNested(&out, tree, ctx, path...))
	return out.String()
}

// The direct writer writes each piece as the general one does.
func TestDirectMatchesGeneral(t *testing.T) {
	w := newPieceWriter()
	for _, doc := range []*openapi3.T{richDoc(), oddDoc()} {
		for _, p := range doc.Paths.InMatchingOrder() {
			item := doc.Paths.Value(p)
			want := oldPiece(t, item, ctxPathItem, "paths", p)
			w.reset()
			if err := w.direct(item, ctxPathItem, []string{"paths"}, p); err != nil {
				// richDoc's U+2028 is left to the encoder
				require.ErrorIs(t, err, errFallback)
				require.Contains(t, want, `\L`, p)
				continue
			}
			require.Equal(t, want, string(w.b), p)
		}
		for name, s := range doc.Components.Schemas {
			path := []string{"components", "schemas", name}
			want := oldPiece(t, s, ctxObject, path...)
			w.reset()
			if err := w.direct(s, ctxObject, path[:2], name); err != nil {
				require.ErrorIs(t, err, errFallback)
				require.Contains(t, want, `\L`, name)
				continue
			}
			require.Equal(t, want, string(w.b), name)
		}
	}
	// Values of every kind, in every context.
	values := []any{nil, "s", "yes", "", "a\nb", true, 3, int64(-4), 0.1, 1e21, 1e-7, 2.0, uint(5), float32(1.5), json.Number("7"),
		[]string{"a"}, []string(nil), []any{1, "a", []any{}}, []any(nil), map[string]any{"type": 1, "a": []any{map[string]any{}}},
		map[string]any(nil), openapi3.Schemas{"b": nil, "a": openapi3.NewSchemaRef("", &openapi3.Schema{})}, openapi3.Schemas(nil),
		&openapi3.Types{"a", "b"}, (*openapi3.Types)(nil), &openapi3.SchemaRefs{nil}, openapi3.Content{"x": nil}, openapi3.Headers{"h": nil},
		openapi3.Examples{"e": nil}, &openapi3.SecurityRequirements{}, (*openapi3.Responses)(nil), openapi3.NewResponses(),
		&openapi3.Parameters{}, (*openapi3.Operation)(nil), &openapi3.Operation{}, (*openapi3.SchemaRef)(nil)}
	for _, v := range values {
		for _, ctx := range []context{ctxObject, ctxRaw, ctxNames, ctxProps, ctxPathItem} {
			want := oldPiece(t, v, ctx, "k")
			w.reset()
			require.NoError(t, w.direct(v, ctx, nil, "k"), "%#v", v)
			require.Equal(t, want, string(w.b), "%#v in %d", v, ctx)
		}
	}
}

// Marshal writes what FromJSON(json.Marshal(doc)) writes.
func TestMarshalMatchesJSON(t *testing.T) {
	for _, doc := range []*openapi3.T{richDoc(), oddDoc()} {
		whole, err := json.Marshal(doc)
		require.NoError(t, err)
		want, err := FromJSON(whole)
		require.NoError(t, err)
		got, err := Marshal(doc)
		require.NoError(t, err)
		require.Equal(t, string(want), string(got))
	}
}

// appendJSONFloat formats floats as encoding/json does.
func TestAppendJSONFloat(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	floats := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1e-6, 9.99999e-7, 1e-7, 1e20, 1e21, 123456789e13, math.MaxFloat64,
		math.SmallestNonzeroFloat64, 2.5e-10, -3e300, 9007199254740993}
	for i := 0; i < 100000; i++ {
		floats = append(floats, math.Float64frombits(rng.Uint64()), rng.NormFloat64()*math.Pow(10, float64(rng.IntN(60)-30)))
	}
	for _, f := range floats {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		want, err := json.Marshal(f)
		require.NoError(t, err)
		require.Equal(t, string(want), string(appendJSONFloat(nil, f)), "%v", f)
	}
}
