package gogen

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/internal/testutil"
)

// internal/validatedtest is generated from testdata/validated/openapi.yaml
// with the default targets; its tests exercise request validation end to
// end. This test keeps it in step with the templates (-update regenerates).
func TestValidatedPackageUpToDate(t *testing.T) {
	spec, err := os.ReadFile(filepath.Join("testdata", "validated", "openapi.yaml"))
	require.NoError(t, err)
	files, err := Generate(spec, Options{Package: "validatedtest", Targets: DefaultTargets})
	require.NoError(t, err)
	dir := filepath.Join("internal", "validatedtest")
	var names []string
	for _, f := range files {
		names = append(names, f.Name)
		p := filepath.Join(dir, f.Name)
		if *testutil.Update {
			require.NoError(t, os.WriteFile(p, f.Data, 0o644))
			continue
		}
		want, err := os.ReadFile(p)
		require.NoError(t, err, "run go test ./generator/gogen -update")
		assert.Equal(t, string(want), string(f.Data), "%s is stale: run go test ./generator/gogen -update", p)
	}
	assert.Equal(t, []string{"client.gen.go", "models.gen.go", "server.gen.go", "spec.gen.go", "validate.gen.go"}, names)
}

func TestValidateTargets(t *testing.T) {
	for _, tc := range []struct {
		targets []Target
		err     string
	}{
		{DefaultTargets, ""},
		{[]Target{Models, Chi, EmbeddedSpec, RequestValidation}, ""},
		{[]Target{Models, StdHTTP, RequestValidation}, "target request-validation needs target embedded-spec"},
		{[]Target{Models, Echo, EmbeddedSpec, RequestValidation}, "target request-validation needs target std-http-server or chi-server"},
		{[]Target{Models, EmbeddedSpec, RequestValidation}, "target request-validation needs target std-http-server or chi-server"},
	} {
		err := Options{Package: "p", Targets: tc.targets}.Validate()
		if tc.err == "" {
			assert.NoError(t, err, "%v", tc.targets)
		} else {
			assert.EqualError(t, err, tc.err, "%v", tc.targets)
		}
	}
}

// With chi-server the validated handler is wired through ChiServerOptions.
// (The chi module is not a dependency here, so this output is checked for
// shape, not compiled.)
func TestValidationFileForChi(t *testing.T) {
	spec, err := os.ReadFile(filepath.Join("testdata", "validated", "openapi.yaml"))
	require.NoError(t, err)
	files, err := Generate(spec, Options{Package: "p", Targets: []Target{Models, Chi, Strict, EmbeddedSpec, RequestValidation}})
	require.NoError(t, err)
	var src string
	for _, f := range files {
		if f.Name == "validate.gen.go" {
			src = string(f.Data)
		}
	}
	require.NotEmpty(t, src)
	assert.Contains(t, src, "HandlerWithOptions(si, ChiServerOptions{ErrorHandlerFunc: writeBindError})")
	assert.Contains(t, src, "func NewValidatedStrictHandler(")
	assert.NotContains(t, src, "//go:build go1.22")
	assert.NotContains(t, src, "StdHTTPServerOptions")
}
