package cbr_test

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

	"github.com/docspec/docspec/generated/cbr"
)

type backups struct {
	got []cbr.UpdateBackupRequestObject
}

func (b *backups) UpdateBackup(_ context.Context, req cbr.UpdateBackupRequestObject) (cbr.UpdateBackupResponseObject, error) {
	b.got = append(b.got, req)
	id := req.BackupId
	return cbr.UpdateBackup200JSONResponse{Backup: &cbr.BackupDetail{Id: &id}}, nil
}

type call struct {
	name, method, path, body, contentType string
	token                                 bool
	chunked                               bool
	status                                int
	code, field                           string
}

func serve(t *testing.T, h http.Handler, calls []call) {
	t.Helper()
	srv := httptest.NewServer(h)
	defer srv.Close()
	for _, c := range calls {
		t.Run(c.name, func(t *testing.T) {
			var body io.Reader
			if c.body != "" {
				body = strings.NewReader(c.body)
				if c.chunked {
					body = io.MultiReader(body) // unknown length: sent chunked
				}
			}
			req, err := http.NewRequest(c.method, srv.URL+c.path, body)
			require.NoError(t, err)
			if c.contentType != "" {
				req.Header.Set("Content-Type", c.contentType)
			} else if c.body != "" {
				req.Header.Set("Content-Type", "application/json")
			}
			if c.token {
				req.Header.Set("X-Auth-Token", "t0ken")
			}
			resp, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			defer resp.Body.Close()
			data, _ := io.ReadAll(resp.Body)
			require.Equal(t, c.status, resp.StatusCode, "%s", data)
			if c.status == http.StatusOK {
				return
			}
			assert.Equal(t, "application/json", resp.Header.Get("Content-Type"))
			var e cbr.RequestValidationError
			require.NoError(t, json.Unmarshal(data, &e), "%s", data)
			assert.Equal(t, c.code, e.Code, "%s", data)
			assert.Equal(t, c.field, e.Field, "%s", data)
			assert.NotEmpty(t, e.Message)
		})
	}
}

// The generated CBR server refuses malformed requests with a JSON error
// naming the parameter or property, before the implementation runs.
func TestValidatedServer(t *testing.T) {
	impl := &backups{}
	h, err := cbr.NewValidatedStrictHandler(impl, nil, cbr.RequestValidationOptions{MaxBodyBytes: 256})
	require.NoError(t, err)
	const path = "/v3/p1/backups/b1"
	big := `{"backup":{"name":"` + strings.Repeat("x", 300) + `"}}`
	serve(t, h, []call{
		{name: "valid", method: "PUT", path: path, body: `{"backup":{"name":"n"}}`, token: true, status: 200},
		{name: "escaped id", method: "PUT", path: "/v3/p1/backups/a%2Fb", body: `{"backup":{"name":"n"}}`, token: true, status: 200},
		{name: "no token", method: "PUT", path: path, body: `{"backup":{"name":"n"}}`, status: 401, code: "unauthorized"},
		{name: "property of the wrong type", method: "PUT", path: path, body: `{"backup":{"name":5}}`, token: true, status: 400, code: "invalid_request", field: "backup.name"},
		{name: "object given as a string", method: "PUT", path: path, body: `{"backup":"string"}`, token: true, status: 400, code: "invalid_request", field: "backup"},
		{name: "not JSON", method: "PUT", path: path, body: `{"backup":`, token: true, status: 400, code: "invalid_request"},
		{name: "no body", method: "PUT", path: path, token: true, status: 400, code: "invalid_request"},
		{name: "wrong content type", method: "PUT", path: path, body: `a=b`, contentType: "application/x-www-form-urlencoded", token: true, status: 400, code: "invalid_request", field: "Content-Type"},
		{name: "body too large", method: "PUT", path: path, body: big, token: true, status: 413, code: "request_too_large"},
		{name: "body too large, chunked", method: "PUT", path: path, body: big, chunked: true, token: true, status: 413, code: "request_too_large"},
		{name: "wrong method", method: "GET", path: path, token: true, status: 405, code: "method_not_allowed"},
		{name: "unknown path", method: "PUT", path: "/v3/p1/nothing", body: `{}`, token: true, status: 404, code: "not_found"},
	})
	require.Len(t, impl.got, 2, "only valid requests reach the implementation")
	assert.Equal(t, "a/b", impl.got[1].BackupId)
}
