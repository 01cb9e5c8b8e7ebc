package main

import (
	"bytes"
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// noNetwork fails the test if anything sends an HTTP request through the
// default transport (kin-openapi and oapi-codegen fetch URLs with it).
type noNetwork struct{ t *testing.T }

func (n noNetwork) RoundTrip(r *http.Request) (*http.Response, error) {
	n.t.Errorf("network access: %s %s", r.Method, r.URL)
	return nil, http.ErrNotSupported
}

const refSpec = `openapi: 3.0.3
info:
  title: T
  version: "1"
paths:
  /x:
    get:
      operationId: getX
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema:
                $ref: 'REF'
`

func TestGenerateRefusesExternalRefs(t *testing.T) {
	saved := http.DefaultTransport
	http.DefaultTransport = noNetwork{t}
	t.Cleanup(func() { http.DefaultTransport = saved })

	for _, ref := range []string{
		"http://example.invalid/x.yaml#/Foo",
		"https://example.invalid/x.yaml#/components/schemas/Foo",
		"other.yaml#/Foo", // a file beside the spec: also refused, specs are self-contained
	} {
		t.Run(ref, func(t *testing.T) {
			dir := t.TempDir()
			spec := filepath.Join(dir, "openapi.yaml")
			require.NoError(t, os.WriteFile(spec, []byte(strings.Replace(refSpec, "REF", ref, 1)), 0o644))
			require.NoError(t, os.WriteFile(filepath.Join(dir, "other.yaml"), []byte("Foo:\n  type: string\n"), 0o644))
			out := filepath.Join(dir, "out")
			var stdout, stderr bytes.Buffer
			code := Main(context.Background(), []string{"generate", "-spec", spec, "-o", out, "-package", "p"}, &stdout, &stderr)
			assert.Equal(t, 1, code)
			assert.Contains(t, stderr.String(), "external reference")
			assert.Contains(t, stderr.String(), "refused: specs must be self-contained [generate]")
			assert.NoDirExists(t, out, "nothing is written")
		})
	}
}
