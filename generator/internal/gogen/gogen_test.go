package gogen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/internal/testutil"
)

// The packages under internal/ are generated from specs in testdata and
// tested end to end: validatedtest (default targets: request validation,
// auth), mocktest (default targets and mock) and selecttest (routes that
// select an operation by query and headers). This test keeps them in
// step with the templates (-update regenerates).
func TestGeneratedTestPackagesUpToDate(t *testing.T) {
	for _, tc := range []struct {
		pkg, spec string
		targets   []Target
		files     []string
	}{
		{"validatedtest", "validated", DefaultTargets,
			[]string{"auth.gen.go", "client.gen.go", "models.gen.go", "server.gen.go", "spec.gen.go", "validate.gen.go"}},
		{"mocktest", "mock", append(append([]Target{}, DefaultTargets...), Mock),
			[]string{"auth.gen.go", "client.gen.go", "mock.gen.go", "models.gen.go", "server.gen.go", "spec.gen.go", "validate.gen.go"}},
		{"selecttest", "select", []Target{Models, Client, StdHTTP},
			[]string{"client.gen.go", "models.gen.go", "server.gen.go"}},
	} {
		t.Run(tc.pkg, func(t *testing.T) {
			spec, err := os.ReadFile(filepath.Join("testdata", tc.spec, "openapi.yaml"))
			require.NoError(t, err)
			files, err := Generate(spec, Options{Package: tc.pkg, Targets: tc.targets})
			require.NoError(t, err)
			dir := filepath.Join("internal", tc.pkg)
			var names []string
			for _, f := range files {
				names = append(names, f.Name)
				p := filepath.Join(dir, f.Name)
				if *testutil.Update {
					require.NoError(t, os.MkdirAll(dir, 0o755))
					require.NoError(t, os.WriteFile(p, f.Data, 0o644))
					continue
				}
				want, err := os.ReadFile(p)
				require.NoError(t, err, "run go test ./generator/internal/gogen -update")
				assert.Equal(t, string(want), string(f.Data), "%s is stale: run go test ./generator/internal/gogen -update", p)
			}
			assert.Equal(t, tc.files, names)
		})
	}
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
		{[]Target{Models, Client, Auth}, ""},
		{[]Target{Models, StdHTTP, Auth}, "target auth needs target client (its request editors are the client's)"},
		{append(append([]Target{}, DefaultTargets...), Mock), ""},
		{[]Target{Models, Chi, Strict, EmbeddedSpec, RequestValidation, Mock}, ""},
		{[]Target{Models, StdHTTP, EmbeddedSpec, RequestValidation, Mock}, "target mock needs target strict-server"},
		{[]Target{Models, StdHTTP, Strict, Mock}, "target mock needs target request-validation"},
		{[]Target{Models, Client, Mock}, "target mock needs targets strict-server and request-validation"},
		{[]Target{Models, "mocks"}, `unknown target "mocks" (known: models, client, std-http-server, chi-server, echo-server, strict-server, embedded-spec, request-validation, auth, mock)`},
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

// With chi-server the mock has no go1.22 constraint (validate.gen.go has
// none either); its methods are the strict server's, names as oapi-codegen
// gives them. (Checked for shape: the chi module is not a dependency.)
func TestMockFileForChi(t *testing.T) {
	spec, err := os.ReadFile(filepath.Join("testdata", "mock", "openapi.yaml"))
	require.NoError(t, err)
	files, err := Generate(spec, Options{Package: "p", Targets: []Target{Models, Client, Chi, Strict, EmbeddedSpec, RequestValidation, Mock}})
	require.NoError(t, err)
	var src string
	for _, f := range files {
		if f.Name == "mock.gen.go" {
			src = string(f.Data)
		}
	}
	require.NotEmpty(t, src)
	assert.True(t, strings.HasPrefix(src, "// Code generated by docspec from openapi.yaml; DO NOT EDIT.\npackage p\n"), src[:80])
	assert.Contains(t, src, "func (ExampleServer) ShowQuotas(_ context.Context, _ ShowQuotasRequestObject) (ShowQuotasResponseObject, error) {")
	assert.Contains(t, src, "func (r exampleResponse) VisitShowQuotasResponse(w http.ResponseWriter) error")
}

// Operations left out of the Go code are left out of the mock too.
func TestMockFollowsOperationFilters(t *testing.T) {
	spec, err := os.ReadFile(filepath.Join("testdata", "mock", "openapi.yaml"))
	require.NoError(t, err)
	files, err := Generate(spec, Options{Package: "p", Targets: append(append([]Target{}, DefaultTargets...), Mock),
		ExcludeOperations: []string{"ShowVault"}})
	require.NoError(t, err)
	for _, f := range files {
		if f.Name == "mock.gen.go" {
			assert.NotContains(t, string(f.Data), "ShowVault")
			assert.Contains(t, string(f.Data), "ListVaults")
		}
	}
}
