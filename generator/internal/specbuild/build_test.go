package specbuild

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/model"
)

// thingsAPI has a schema whose Go type would collide with the response
// wrapper generated for ListThings, so it is renamed.
func thingsAPI() *model.API {
	str := &model.Schema{Type: "string"}
	thing := &model.Schema{Name: "Thing", Type: "object", Note: "from the docs", Pos: diag.Pos{File: "thing.md", Line: 3},
		Fields: []*model.Field{{Name: "id", Schema: str, Required: true}}}
	list := &model.Schema{Name: "ListThingsResponse", Type: "object", Pos: diag.Pos{File: "list.md", Line: 9},
		Fields: []*model.Field{{Name: "things", Schema: &model.Schema{Type: "array", Items: thing}}}}
	op := &model.Operation{ID: "ListThings", Method: "GET", Path: "/things", Pos: diag.Pos{File: "list.md", Line: 1},
		Responses: []*model.Response{{Status: "200", Description: "OK", Body: &model.Body{Schema: list}}}}
	return &model.API{Operations: []*model.Operation{op}, Schemas: []*model.Schema{list, thing}}
}

// The builder keeps its names and notes to itself: the API is not changed,
// and building twice gives the same document.
func TestPartsLeaveTheAPIAlone(t *testing.T) {
	api := thingsAPI()
	before, err := json.Marshal(api)
	require.NoError(t, err)
	for range 2 {
		parts, diags := NewParts(api, Info{})
		require.False(t, diags.HasErrors(), "%v", diags)
		require.Len(t, diags, 1)
		require.Equal(t, diag.SchemaRenamed, diags[0].Code)
		require.Equal(t, []string{"ListThingsResponseBody", "Thing"}, parts.Schemas)

		renamed, diags := parts.Schema("ListThingsResponseBody")
		require.Empty(t, diags)
		require.Equal(t, `"ListThingsResponse" in the docs; renamed to avoid a generated Go type.`, renamed.Value.Extensions["x-docspec-note"])
		thing, _ := parts.Schema("Thing")
		require.Equal(t, "from the docs", thing.Value.Extensions["x-docspec-note"])

		item, diags := parts.PathItem("/things")
		require.Empty(t, diags)
		resp := item.Get.Responses.Value("200").Value
		require.Equal(t, "#/components/schemas/ListThingsResponseBody", resp.Content["application/json"].Schema.Ref)
	}
	after, err := json.Marshal(api)
	require.NoError(t, err)
	require.JSONEq(t, string(before), string(after))
}

// An operation that fails OpenAPI validation costs only itself: it is left
// out of its path item with a warning at its page, and the path's other
// operations are kept.
func TestInvalidOperationLeftOut(t *testing.T) {
	api := thingsAPI()
	bad := &model.Operation{ID: "DeleteThings", Method: "DELETE", Path: "/things", Pos: diag.Pos{File: "delete.md", Line: 1},
		Params:    []*model.Param{{Name: "", In: "query", Schema: &model.Schema{Type: "string"}}},
		Responses: []*model.Response{{Status: "204", Description: "No Content"}}}
	api.Operations = append(api.Operations, bad)
	parts, diags := NewParts(api, Info{})
	require.False(t, diags.HasErrors(), "%v", diags)
	item, diags := parts.PathItem("/things")
	require.False(t, diags.HasErrors(), "%v", diags)
	require.Len(t, diags, 1)
	require.Equal(t, diag.InvalidOperation, diags[0].Code)
	require.Equal(t, diag.Pos{File: "delete.md", Line: 1}, diags[0].Pos)
	require.Nil(t, item.Delete)
	require.NotNil(t, item.Get)
}
