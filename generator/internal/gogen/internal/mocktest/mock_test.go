package mocktest_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator/internal/gogen/internal/mocktest"
)

func newClient(t *testing.T, h http.Handler, editors ...mocktest.RequestEditorFn) *mocktest.ClientWithResponses {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	opts := []mocktest.ClientOption{}
	for _, e := range editors {
		opts = append(opts, mocktest.WithRequestEditorFn(e))
	}
	c, err := mocktest.NewClientWithResponses(srv.URL, opts...)
	require.NoError(t, err)
	return c
}

func asJSON(t *testing.T, v any) string {
	t.Helper()
	data, err := json.Marshal(v)
	require.NoError(t, err)
	return string(data)
}

// Each operation answers the example of its first success status, with
// that status; the typed client reads it back as the docs give it.
func TestExamplesServed(t *testing.T) {
	c := newClient(t, mocktest.NewExampleHandler(), mocktest.WithToken("t0ken"))
	ctx := context.Background()

	list, err := c.ListVaultsWithResponse(ctx, "p1", nil)
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, list.StatusCode(), string(list.Body))
	require.NotNil(t, list.JSON200)
	// "example" is served, not "example2"; digits beyond float64's are kept.
	assert.JSONEq(t, `{"count":2,"vaults":[{"id":9007199254740993,"name":"daily <backup> & more","size":1.5,"tags":["a","b"]},{"id":2,"name":"备份"}]}`,
		asJSON(t, list.JSON200))
	assert.Equal(t, int64(9007199254740993), *(*list.JSON200.Vaults)[0].Id)
	assert.Equal(t, "application/json", list.HTTPResponse.Header.Get("Content-Type"))

	created, err := c.CreateVaultWithResponse(ctx, "p1", mocktest.CreateVaultJSONRequestBody{Name: "v"})
	require.NoError(t, err)
	require.Equal(t, http.StatusCreated, created.StatusCode(), "201 comes before 202: %s", created.Body)
	assert.JSONEq(t, `{"id":4,"name":"created"}`, asJSON(t, created.JSON201))

	deleted, err := c.DeleteVaultWithResponse(ctx, "p1", "v1")
	require.NoError(t, err)
	assert.Equal(t, http.StatusNoContent, deleted.StatusCode())
	assert.Empty(t, deleted.Body)
}

// An operation the docs give no usable example for answers 501 with a JSON
// error saying why.
func TestNoExample(t *testing.T) {
	c := newClient(t, mocktest.NewExampleHandler(), mocktest.WithToken("t0ken"))
	ctx := context.Background()
	check := func(t *testing.T, status int, body []byte, message string) {
		t.Helper()
		require.Equal(t, http.StatusNotImplemented, status, string(body))
		var e mocktest.RequestValidationError
		require.NoError(t, json.Unmarshal(body, &e), string(body))
		assert.Equal(t, "not_implemented", e.Code)
		assert.Equal(t, message, e.Message)
	}
	show, err := c.ShowVaultWithResponse(ctx, "p1", "v1")
	require.NoError(t, err)
	check(t, show.StatusCode(), show.Body, "the docs give no example response for ShowVault, status 200 (ShowVault.md:1)")

	update, err := c.UpdateVaultWithResponse(ctx, "p1", "v1", mocktest.UpdateVaultJSONRequestBody{Name: "v"})
	require.NoError(t, err)
	check(t, update.StatusCode(), update.Body, "the docs' example response for UpdateVault, status 200, disagrees with the tables (x-docspec-invalid-examples): not served")

	quotas, err := c.ShowQuotasWithResponse(ctx, "p1")
	require.NoError(t, err)
	check(t, quotas.StatusCode(), quotas.Body, "the docs document no success response for show_quotas")
}

// Requests are validated as NewValidatedStrictHandler does; credentials
// are a token or an AK/SK signature, checked for presence.
func TestRequestsValidated(t *testing.T) {
	srv := httptest.NewServer(mocktest.NewExampleHandler())
	defer srv.Close()
	for _, tc := range []struct {
		name, method, path, body string
		editor                   mocktest.RequestEditorFn
		status                   int
		code, field              string
	}{
		{name: "limit out of range", method: "GET", path: "/v1/p1/vaults?limit=0", editor: mocktest.WithToken("t"), status: 400, code: "invalid_request", field: "limit"},
		{name: "unknown body property", method: "POST", path: "/v1/p1/vaults", body: `{"name":"v","size":1}`, editor: mocktest.WithToken("t"), status: 400, code: "invalid_request", field: "size"},
		{name: "body property too long", method: "POST", path: "/v1/p1/vaults", body: `{"name":"far too long a name"}`, editor: mocktest.WithToken("t"), status: 400, code: "invalid_request", field: "name"},
		{name: "no credentials", method: "GET", path: "/v1/p1/vaults", status: 401, code: "unauthorized"},
		{name: "AK/SK signature", method: "GET", path: "/v1/p1/vaults?limit=5", editor: mocktest.NewAKSKSigner("ak", "sk"), status: 200},
		{name: "AK/SK signature with a body", method: "POST", path: "/v1/p1/vaults", body: `{"name":"v"}`, editor: mocktest.NewAKSKSigner("ak", "sk"), status: 201},
		{name: "operation without security", method: "GET", path: "/v1/p1/quotas", status: 501, code: "not_implemented"},
		{name: "unknown path", method: "GET", path: "/v1/p1/nothing", editor: mocktest.WithToken("t"), status: 404, code: "not_found"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var body io.Reader
			if tc.body != "" {
				body = strings.NewReader(tc.body)
			}
			req, err := http.NewRequest(tc.method, srv.URL+tc.path, body)
			require.NoError(t, err)
			if tc.body != "" {
				req.Header.Set("Content-Type", "application/json")
			}
			if tc.editor != nil {
				require.NoError(t, tc.editor(context.Background(), req))
			}
			resp, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			defer resp.Body.Close()
			data, err := io.ReadAll(resp.Body)
			require.NoError(t, err)
			require.Equal(t, tc.status, resp.StatusCode, string(data))
			if tc.code == "" {
				return
			}
			var e mocktest.RequestValidationError
			require.NoError(t, json.Unmarshal(data, &e), string(data))
			assert.Equal(t, tc.code, e.Code, string(data))
			assert.Equal(t, tc.field, e.Field, string(data))
		})
	}
}

// custom replaces one operation and keeps the examples for the others.
type custom struct{ mocktest.ExampleServer }

func (custom) ShowVault(_ context.Context, req mocktest.ShowVaultRequestObject) (mocktest.ShowVaultResponseObject, error) {
	id := int64(7)
	name := req.VaultId
	return mocktest.ShowVault200JSONResponse{Id: &id, Name: &name}, nil
}

func TestEmbeddedExampleServer(t *testing.T) {
	h, err := mocktest.NewValidatedStrictHandler(custom{}, nil, mocktest.RequestValidationOptions{Authenticate: mocktest.RequireTokenOrSignature})
	require.NoError(t, err)
	c := newClient(t, h, mocktest.NewAKSKSigner("ak", "sk"))
	show, err := c.ShowVaultWithResponse(context.Background(), "p1", "v9")
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, show.StatusCode(), string(show.Body))
	assert.Equal(t, "v9", *show.JSON200.Name)
	list, err := c.ListVaultsWithResponse(context.Background(), "p1", nil)
	require.NoError(t, err)
	assert.Equal(t, 2, *list.JSON200.Count)
}
