package templates

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// oapi-codegen reads a one-line UserTemplates value as a file path or a URL
// and fetches it: every override must reach it as multi-line text.
func TestOverridesAreMultiLine(t *testing.T) {
	o := Overrides()
	require.NotEmpty(t, o)
	for name, text := range o {
		assert.True(t, strings.HasSuffix(name, ".tmpl"), name)
		assert.Contains(t, text, "\n", "%s would be read as a path or URL", name)
	}
}

// docspec's own templates are not passed to oapi-codegen as overrides of
// its templates, and each is reachable through its accessor.
func TestOwnTemplatesApart(t *testing.T) {
	o := Overrides()
	assert.ElementsMatch(t, []string{"client.tmpl", "imports.tmpl", "stdhttp/std-http-handler.tmpl"}, keys(o))
	for name, text := range map[string]string{
		"validate.tmpl": Validation(), "auth.tmpl": Auth(), "mock.tmpl": Mock(),
		"examplecheck.tmpl": ExampleCheck(), "own-imports.tmpl": OwnImports(),
	} {
		assert.True(t, own[name], name)
		assert.Contains(t, text, "docspec's own template", name)
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
