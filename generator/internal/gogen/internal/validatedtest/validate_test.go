package validatedtest

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
)

type vaults struct{ got []UpdateVaultRequestObject }

func (v *vaults) UpdateVault(_ context.Context, req UpdateVaultRequestObject) (UpdateVaultResponseObject, error) {
	v.got = append(v.got, req)
	id, name := req.VaultId, req.Body.Vault.Name
	return UpdateVault200JSONResponse{Id: &id, Name: &name}, nil
}

// TestRequestValidation sends bad path, query, header and body values to the
// generated server and checks each is refused with a JSON body naming the
// parameter or property, before the implementation runs.
func TestRequestValidation(t *testing.T) {
	impl := &vaults{}
	h, err := NewValidatedStrictHandler(impl, nil, RequestValidationOptions{MaxBodyBytes: 512})
	require.NoError(t, err)
	srv := httptest.NewServer(h)
	defer srv.Close()

	const ok = `{"vault":{"name":"n"}}`
	for _, c := range []struct {
		name, path, body  string
		header            map[string]string
		status            int
		code, field, text string
	}{
		{name: "valid", path: "/v1/p1/vaults/v-1?limit=5&mode=fast", body: `{"vault":{"name":"n","status":"locked","size":3,"tags":["a"]}}`, status: 200},
		{name: "valid escaped id", path: "/v1/p1/vaults/a%2Fb", body: ok, status: 200},
		// path
		{name: "path too long", path: "/v1/p123456789/vaults/v", body: ok, status: 400, code: "invalid_request", field: "project_id", text: "maximum string length is 8"},
		{name: "path pattern", path: "/v1/p1/vaults/V_1", body: ok, status: 400, code: "invalid_request", field: "vault_id"},
		// query
		{name: "query wrong type", path: "/v1/p1/vaults/v?limit=abc", body: ok, status: 400, code: "invalid_request", field: "limit", text: "malformed"},
		{name: "query out of range", path: "/v1/p1/vaults/v?limit=101", body: ok, status: 400, code: "invalid_request", field: "limit", text: "at most 100"},
		{name: "query enum", path: "/v1/p1/vaults/v?mode=slow", body: ok, status: 400, code: "invalid_request", field: "mode", text: "allowed values"},
		// header
		{name: "header missing", path: "/v1/p1/vaults/v", body: ok, header: map[string]string{"X-Request-Id": ""}, status: 400, code: "invalid_request", field: "X-Request-Id", text: "is required"},
		{name: "header too long", path: "/v1/p1/vaults/v", body: ok, header: map[string]string{"X-Request-Id": strings.Repeat("r", 17)}, status: 400, code: "invalid_request", field: "X-Request-Id", text: "maximum string length is 16"},
		{name: "no credential", path: "/v1/p1/vaults/v", body: ok, header: map[string]string{"X-Auth-Token": ""}, status: 401, code: "unauthorized"},
		// body
		{name: "body wrong type", path: "/v1/p1/vaults/v", body: `{"vault":{"name":5}}`, status: 400, code: "invalid_request", field: "vault.name", text: "must be a string"},
		{name: "body enum", path: "/v1/p1/vaults/v", body: `{"vault":{"name":"n","status":"gone"}}`, status: 400, code: "invalid_request", field: "vault.status", text: "allowed values"},
		{name: "body string too long", path: "/v1/p1/vaults/v", body: `{"vault":{"name":"12345678901"}}`, status: 400, code: "invalid_request", field: "vault.name", text: "maximum string length is 10"},
		{name: "body below minimum", path: "/v1/p1/vaults/v", body: `{"vault":{"name":"n","size":0}}`, status: 400, code: "invalid_request", field: "vault.size", text: "at least 1"},
		{name: "body too many items", path: "/v1/p1/vaults/v", body: `{"vault":{"name":"n","tags":["a","b","c"]}}`, status: 400, code: "invalid_request", field: "vault.tags"},
		{name: "body item wrong type", path: "/v1/p1/vaults/v", body: `{"vault":{"name":"n","tags":[1]}}`, status: 400, code: "invalid_request", field: "vault.tags.0"},
		{name: "body required property missing", path: "/v1/p1/vaults/v", body: `{"vault":{}}`, status: 400, code: "invalid_request", field: "vault.name", text: "missing"},
		{name: "body required object missing", path: "/v1/p1/vaults/v", body: `{}`, status: 400, code: "invalid_request", field: "vault"},
		{name: "body unknown property", path: "/v1/p1/vaults/v", body: `{"vault":{"name":"n","zzz":1}}`, status: 400, code: "invalid_request", field: "vault.zzz", text: "not allowed"},
		{name: "body not JSON", path: "/v1/p1/vaults/v", body: `{"vault":`, status: 400, code: "invalid_request", text: "not valid JSON"},
		{name: "body too large", path: "/v1/p1/vaults/v", body: `{"vault":{"name":"` + strings.Repeat("x", 600) + `"}}`, status: 413, code: "request_too_large"},
	} {
		t.Run(c.name, func(t *testing.T) {
			req, err := http.NewRequest("PUT", srv.URL+c.path, strings.NewReader(c.body))
			require.NoError(t, err)
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("X-Auth-Token", "t0ken")
			req.Header.Set("X-Request-Id", "r1")
			for k, v := range c.header {
				if v == "" {
					req.Header.Del(k)
				} else {
					req.Header.Set(k, v)
				}
			}
			resp, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			defer resp.Body.Close()
			data, _ := io.ReadAll(resp.Body)
			require.Equal(t, c.status, resp.StatusCode, "%s", data)
			if c.status == http.StatusOK {
				return
			}
			var e RequestValidationError
			require.NoError(t, json.Unmarshal(data, &e), "%s", data)
			assert.Equal(t, c.code, e.Code, "%s", data)
			assert.Equal(t, c.field, e.Field, "%s", data)
			assert.Contains(t, e.Message, c.text, "%s", data)
		})
	}
	require.Len(t, impl.got, 2, "only valid requests reach the implementation")
	assert.Equal(t, "a/b", impl.got[1].VaultId)
}

// The generated client and the validated server agree over httptest.
func TestClientAgainstValidatedServer(t *testing.T) {
	h, err := NewValidatedStrictHandler(&vaults{}, nil, RequestValidationOptions{})
	require.NoError(t, err)
	srv := httptest.NewServer(h)
	defer srv.Close()
	token := func(_ context.Context, r *http.Request) error { r.Header.Set("X-Auth-Token", "t"); return nil }
	c, err := NewClientWithResponses(srv.URL, WithRequestEditorFn(token))
	require.NoError(t, err)
	limit := 3
	resp, err := c.UpdateVaultWithResponse(context.Background(), "p1", "v-1", &UpdateVaultParams{Limit: &limit, XRequestId: "r"},
		UpdateVaultJSONRequestBody{Vault: VaultUpdate{Name: "n"}})
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, resp.StatusCode(), "%s", resp.Body)
	require.NotNil(t, resp.JSON200)
	assert.Equal(t, "v-1", *resp.JSON200.Id)

	resp, err = c.UpdateVaultWithResponse(context.Background(), "p1", "v-1", &UpdateVaultParams{XRequestId: "r"},
		UpdateVaultJSONRequestBody{Vault: VaultUpdate{Name: "far too long a name"}})
	require.NoError(t, err)
	assert.Equal(t, http.StatusBadRequest, resp.StatusCode())
	assert.Contains(t, string(resp.Body), `"field":"vault.name"`)
}
