package specdiff

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/internal/testutil"
)

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	testutil.Golden(t, filepath.Join("testdata", name), got)
}

func compareTestdata(t *testing.T) *Report {
	t.Helper()
	oldYAML, err := os.ReadFile("testdata/old.yaml")
	require.NoError(t, err)
	newYAML, err := os.ReadFile("testdata/new.yaml")
	require.NoError(t, err)
	r, err := Compare("old.yaml", oldYAML, "new.yaml", newYAML)
	require.NoError(t, err)
	return r
}

func TestCompareGolden(t *testing.T) {
	r := compareTestdata(t)
	for _, format := range Formats {
		var buf bytes.Buffer
		require.NoError(t, Render(&buf, r, format))
		golden(t, "things."+map[string]string{"markdown": "md", "text": "txt", "json": "json"}[format], buf.Bytes())
	}
}

func TestCompare(t *testing.T) {
	r := compareTestdata(t)
	assert.True(t, r.HasBreaking())
	assert.Equal(t, 9, r.Breaking)

	// Breaking changes come first.
	for i, c := range r.Changes {
		if i > 0 && c.Breaking {
			assert.True(t, r.Changes[i-1].Breaking, "breaking change after a non-breaking one: %+v", c)
		}
	}
	find := func(rule, method, path string) Change {
		t.Helper()
		for _, c := range r.Changes {
			if c.Rule == rule && c.Method == method && c.Path == path {
				return c
			}
		}
		t.Fatalf("no %s change on %s %s", rule, method, path)
		return Change{}
	}

	// Removed: the source is on the old side.
	c := find("api-removed-without-deprecation", "DELETE", "/v1/things/{thing_id}")
	assert.True(t, c.Breaking)
	assert.Equal(t, &Source{Side: Old, Page: "DeleteThing.md", Line: 1, Spec: c.Source.Spec}, c.Source)
	// A property of a component schema: the schema's page and line.
	c = find("response-property-type-changed", "GET", "/v1/things")
	assert.Equal(t, "ListThings.md:62", c.Source.String())
	assert.Equal(t, New, c.Source.Side)
	c = find("new-required-request-property", "POST", "/v1/things")
	assert.Equal(t, "CreateThing.md:30", c.Source.String())
	c = find("request-parameter-enum-value-removed", "GET", "/v1/things")
	assert.Equal(t, "ListThings.md:1 old", c.Source.String()+" "+c.Source.Side)
	c = find("response-optional-property-removed", "GET", "/v1/things")
	assert.Equal(t, "ListThings.md:60 old", c.Source.String()+" "+c.Source.Side)
	// Parameters and properties added, removed, retyped; required flags and enums.
	for _, rule := range []string{"new-optional-request-parameter", "request-parameter-removed",
		"request-parameter-type-generalized", "request-parameter-became-required", "response-property-enum-value-added",
		"response-optional-property-added"} {
		find(rule, "GET", "/v1/things")
	}

	assert.Equal(t, []Operation{
		{Kind: "removed", Method: "DELETE", Path: "/v1/things/{thing_id}", OperationID: "DeleteThing", Source: &Source{Side: Old, Page: "DeleteThing.md", Line: 1}},
		{Kind: "added", Method: "GET", Path: "/v1/things/{thing_id}", OperationID: "ShowThing", Source: &Source{Side: New, Page: "ShowThing.md", Line: 1}},
		{Kind: "changed", Method: "GET", Path: "/v1/things", OperationID: "ListThings", Source: &Source{Side: New, Page: "ListThings.md", Line: 1}},
		{Kind: "changed", Method: "POST", Path: "/v1/things", OperationID: "CreateThing", Source: &Source{Side: New, Page: "CreateThing.md", Line: 1}},
	}, r.Operations)
}

func TestCompareDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	require.NoError(t, JSON(&a, compareTestdata(t)))
	require.NoError(t, JSON(&b, compareTestdata(t)))
	assert.Equal(t, a.String(), b.String())
}

func TestCompareSame(t *testing.T) {
	data, err := os.ReadFile("testdata/old.yaml")
	require.NoError(t, err)
	// The same name on both sides must not hide the comparison.
	r, err := Compare("openapi.yaml", data, "openapi.yaml", data)
	require.NoError(t, err)
	assert.False(t, r.HasBreaking())
	assert.Empty(t, r.Changes)
	assert.Empty(t, r.Operations)
	var buf bytes.Buffer
	require.NoError(t, Markdown(&buf, r))
	assert.Contains(t, buf.String(), "no API changes")
}

func TestCompareErrors(t *testing.T) {
	good, err := os.ReadFile("testdata/old.yaml")
	require.NoError(t, err)
	_, err = Compare("bad.yaml", []byte("openapi: 3.0.3\ninfo: [\n"), "new.yaml", good)
	assert.ErrorContains(t, err, "bad.yaml")
	_, err = Compare("old.yaml", good, "invalid.yaml", []byte("openapi: 3.0.3\ninfo: {title: t, version: v}\npaths:\n  /a:\n    get:\n      responses: {}\n"))
	assert.ErrorContains(t, err, "invalid.yaml: invalid spec")
	assert.Error(t, Render(&bytes.Buffer{}, &Report{}, "html"))
}

func TestMarkdownCap(t *testing.T) {
	var b strings.Builder
	b.WriteString("## API changes\n\n| | Operation | Source |\n| --- | --- | --- |\n")
	for i := 0; i < 100; i++ {
		fmt.Fprintf(&b, "| added | `GET /v1/things/%03d` | `page.md:%d` (new) |\n", i, i)
	}
	text := b.String()
	assert.Equal(t, text, capMarkdown(text, len(text)))
	got := capMarkdown(text, 1000)
	assert.LessOrEqual(t, len(got), 1000)
	kept := strings.Count(got, "| added |")
	assert.Contains(t, got, fmt.Sprintf("_Report cut here: %d more rows.", 100-kept))
}

// A property written as the allOf of one struct (to carry its row's
// description) compares as the $ref it wraps: no change between the two
// spellings, and a change inside the struct is still found under it.
func TestCompareDescribedRef(t *testing.T) {
	spec := func(prop, nameType string) []byte {
		return []byte(`openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /shelves:
    get:
      operationId: ListShelves
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Body'}
components:
  schemas:
    Body:
      type: object
      properties:
        shelf: ` + prop + `
    Shelf:
      type: object
      properties:
        name: {type: ` + nameType + `}
`)
	}
	plain := `{$ref: '#/components/schemas/Shelf'}`
	described := `{description: The shelf., allOf: [{$ref: '#/components/schemas/Shelf'}]}`
	r, err := Compare("old.yaml", spec(plain, "string"), "new.yaml", spec(described, "string"))
	require.NoError(t, err)
	assert.Empty(t, r.Changes)
	r, err = Compare("old.yaml", spec(described, "string"), "new.yaml", spec(described, "integer"))
	require.NoError(t, err)
	require.NotEmpty(t, r.Changes)
	assert.True(t, r.HasBreaking())
	assert.Contains(t, r.Changes[0].Text, "shelf/name")
}

// A table documented under another name is reported renamed, not removed:
// by the documentation line both names come from, also when the new name
// is one another table had.
func TestCompareSchemaRenamed(t *testing.T) {
	spec := func(v2Body, v3Body string) []byte {
		op := func(path, id, body string) string {
			return `  ` + path + `:
    get:
      operationId: ` + id + `
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema: {$ref: '#/components/schemas/` + body + `'}
`
		}
		schema := func(name, prop, src string) string {
			return `    ` + name + `:
      type: object
      properties:
        ` + prop + `: {type: string}
      x-docspec-source: ` + src + `
`
		}
		return []byte(`openapi: 3.0.3
info: {title: t, version: "1"}
paths:
` + op("/v2/shelves", "ListShelves", v2Body) + op("/v3/shelves", "ListShelvesV3", v3Body) + `components:
  schemas:
` + schema(v2Body, "name", "listing-shelves.md:20") + schema(v3Body, "title", "listing-shelves-v3.md:30"))
	}
	r, err := Compare("old.yaml", spec("ListShelves2ResponseBody", "ListShelvesResponseBody"),
		"new.yaml", spec("ListShelvesResponseBody", "ListShelvesV3ResponseBody"))
	require.NoError(t, err)
	var texts []string
	for _, c := range r.Changes {
		if c.Rule == SchemaRenamedRule {
			texts = append(texts, c.Text+" "+c.Source.String())
		}
		assert.NotEqual(t, "api-schema-removed", c.Rule, c.Text)
	}
	assert.Equal(t, []string{
		"renamed the schema `ListShelves2ResponseBody` to `ListShelvesResponseBody` listing-shelves.md:20",
	}, texts)
}
