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
