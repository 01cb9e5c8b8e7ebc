package cbr_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generated/cbr"
)

// The client escapes path parameters: a value never changes the request's
// path beyond its own segment, and values URL resolution would remove
// ("", ".", "..") are refused before anything is sent.
func TestClientEscapesPathParams(t *testing.T) {
	var seen []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen = append(seen, r.RequestURI)
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{}`))
	}))
	defer srv.Close()

	for _, base := range []string{srv.URL, srv.URL + "/"} {
		c, err := cbr.NewClient(base)
		require.NoError(t, err)
		for _, tc := range []struct{ id, uri string }{
			{"../x?y", "/v3/p1/backups/..%2Fx%3Fy"},
			{"a/b", "/v3/p1/backups/a%2Fb"},
			{"%2F", "/v3/p1/backups/%252F"},
			{"a b#c", "/v3/p1/backups/a%20b%23c"},
			{"...", "/v3/p1/backups/..."},
			{"b-1", "/v3/p1/backups/b-1"},
		} {
			seen = nil
			resp, err := c.UpdateBackup(context.Background(), "p1", tc.id, cbr.UpdateBackupJSONRequestBody{})
			require.NoError(t, err, tc.id)
			resp.Body.Close()
			require.Len(t, seen, 1, tc.id)
			assert.Equal(t, tc.uri, seen[0], "backup_id %q", tc.id)
		}
		for _, id := range []string{"..", ".", ""} {
			seen = nil
			_, err := c.UpdateBackup(context.Background(), "p1", id, cbr.UpdateBackupJSONRequestBody{})
			require.Error(t, err, "backup_id %q", id)
			assert.Contains(t, err.Error(), `path parameter "backup_id"`)
			assert.Empty(t, seen, "nothing is sent for backup_id %q", id)
		}
		_, err = c.UpdateBackup(context.Background(), "..", "b1", cbr.UpdateBackupJSONRequestBody{})
		assert.ErrorContains(t, err, `invalid value ".." for path parameter "project_id"`)
	}
}
