package specoverlay

import (
	"context"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/internal/testutil"
)

// -update is accepted here too (go test ./... -update runs every package).
var _ = testutil.Update

const spec = `openapi: 3.0.3
info: {title: t, version: v1}
paths:
  /things/{id}:
    put:
      operationId: UpdateThing
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Thing'}
      responses:
        "200": {description: ok}
components:
  schemas:
    Thing:
      type: object
      properties:
        name: {type: string}
        size: {type: string}
`

func load(t *testing.T) *openapi3.T {
	t.Helper()
	doc, err := openapi3.NewLoader().LoadFromData([]byte(spec))
	require.NoError(t, err)
	require.NoError(t, doc.Validate(context.Background()))
	return doc
}

func TestApply(t *testing.T) {
	doc := load(t)
	ov := `overlay: 1.0.0
info: {title: fixes, version: 1.0.0}
actions:
  - target: $.components.schemas.Thing.properties.size
    description: the docs say string, the service sends a number
    update: {type: integer}
  - target: $.components.schemas.Thing.properties.name
    remove: true
  - target: $.info
    update: {description: corrected}
`
	got, diags := Apply(doc, []byte(ov), "fix.yaml")
	require.Empty(t, diags)
	require.NotNil(t, got)
	props := got.Components.Schemas["Thing"].Value.Properties
	assert.NotContains(t, props, "name")
	assert.True(t, props["size"].Value.Type.Is("integer"))
	assert.Equal(t, "corrected", got.Info.Description)
	// The input document is left alone.
	assert.Contains(t, doc.Components.Schemas["Thing"].Value.Properties, "name")
}

func TestApplyErrors(t *testing.T) {
	for _, tc := range []struct{ name, overlay, want string }{
		{"no match", `overlay: 1.0.0
info: {title: fixes, version: 1.0.0}
actions:
  - target: $.info
    update: {description: fine}
  - target: $.components.schemas.Nothing
    update: {type: integer}
`, `fix.yaml:6: error: action 2 (target $.components.schemas.Nothing): selector "$.components.schemas.Nothing" did not match any targets [overlay]`},
		{"bad yaml", "overlay: 1.0.0\ninfo: [\n", `fix.yaml:2: error: did not find expected node content [overlay]`},
		{"invalid overlay", "overlay: 9.9.9\ninfo: {title: t, version: 1}\nactions: []\n", `fix.yaml:1: error: overlay version must be one of: ` + "`1.0.0, 1.1.0`" + ` [overlay]`},
		{"invalid result", `overlay: 1.0.0
info: {title: fixes, version: 1.0.0}
actions:
  - target: $.components.schemas.Thing
    update: {type: notatype}
`, `fix.yaml: error: the spec is not valid after the overlay`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, diags := Apply(load(t), []byte(tc.overlay), "fix.yaml")
			assert.Nil(t, got)
			require.NotEmpty(t, diags)
			assert.True(t, diags.HasErrors())
			assert.Contains(t, diags[0].String(), tc.want)
		})
	}
}
