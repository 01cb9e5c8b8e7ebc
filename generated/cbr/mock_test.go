package cbr_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generated/cbr"
)

// operationCall invokes one operation with a valid request and returns its status
// and the typed body of that status.
type operationCall func(ctx context.Context, c *cbr.ClientWithResponses) (int, any, error)

// calls covers every operation of the package: an operation added to the
// docs fails TestExampleHandlerServesTheDocs until it is called here.
var calls = map[string]operationCall{
	"UpdateBackup": func(ctx context.Context, c *cbr.ClientWithResponses) (int, any, error) {
		name := "nightly"
		r, err := c.UpdateBackupWithResponse(ctx, "p1", "b1", cbr.UpdateBackupJSONRequestBody{Backup: &cbr.BackupUpdate{Name: &name}})
		if err != nil {
			return 0, nil, err
		}
		return r.StatusCode(), r.JSON200, nil
	},
}

// documented is, per operation, the first success status and its first
// example (as JSON), read from the embedded spec.
func documented(t *testing.T) map[string]struct {
	status  int
	example string
} {
	t.Helper()
	spec, err := cbr.GetSpec()
	require.NoError(t, err)
	out := map[string]struct {
		status  int
		example string
	}{}
	for _, item := range spec.Paths.Map() {
		for _, op := range item.Operations() {
			var codes []string
			for code := range op.Responses.Map() {
				if strings.HasPrefix(code, "2") {
					codes = append(codes, code)
				}
			}
			sort.Strings(codes)
			require.NotEmpty(t, codes, op.OperationID)
			mt := op.Responses.Value(codes[0]).Value.Content.Get("application/json")
			if mt == nil || len(mt.Examples) == 0 {
				continue // answered 501: see the mocktest package's tests
			}
			// The docs' first example: example, example2, … example10.
			var names []string
			for name := range mt.Examples {
				names = append(names, name)
			}
			sort.Slice(names, func(a, b int) bool {
				return len(names[a]) < len(names[b]) || len(names[a]) == len(names[b]) && names[a] < names[b]
			})
			data, err := json.Marshal(mt.Examples[names[0]].Value.Value)
			require.NoError(t, err)
			status, err := strconv.Atoi(codes[0])
			require.NoError(t, err)
			out[op.OperationID] = struct {
				status  int
				example string
			}{status, string(data)}
		}
	}
	return out
}

// TestExampleHandlerServesTheDocs: the generated client, against the
// example handler, gets for every operation with an example a typed
// response equal to the docs' example, with the documented status.
func TestExampleHandlerServesTheDocs(t *testing.T) {
	srv := httptest.NewServer(cbr.NewExampleHandler())
	defer srv.Close()
	c, err := cbr.NewClientWithResponses(srv.URL, cbr.WithRequestEditorFn(cbr.NewAKSKSigner("ak", "sk")))
	require.NoError(t, err)
	docs := documented(t)
	require.NotEmpty(t, docs)
	var ops []string
	for op := range docs {
		ops = append(ops, op)
	}
	for op := range docs {
		require.Contains(t, calls, op, "add a call of %s to calls", op)
	}
	for _, op := range ops {
		t.Run(op, func(t *testing.T) {
			status, typed, err := calls[op](context.Background(), c)
			require.NoError(t, err)
			require.Equal(t, docs[op].status, status)
			require.NotNil(t, typed)
			got, err := json.Marshal(typed)
			require.NoError(t, err)
			assert.JSONEq(t, docs[op].example, string(got))
		})
	}
}

// A request the spec refuses never reaches the examples.
func TestExampleHandlerValidates(t *testing.T) {
	srv := httptest.NewServer(cbr.NewExampleHandler())
	defer srv.Close()
	for _, tc := range []struct {
		name, body string
		auth       bool
		status     int
		code       string
		field      string
	}{
		{"property of the wrong type", `{"backup":{"name":5}}`, true, 400, "invalid_request", "backup.name"},
		{"the docs' own request example, which disagrees with the tables", `{"backup":"string"}`, true, 400, "invalid_request", "backup"},
		{"no credentials", `{"backup":{"name":"n"}}`, false, 401, "unauthorized", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, err := http.NewRequest("PUT", srv.URL+"/v3/p1/backups/b1", strings.NewReader(tc.body))
			require.NoError(t, err)
			req.Header.Set("Content-Type", "application/json")
			if tc.auth {
				require.NoError(t, cbr.WithToken("t0ken")(context.Background(), req))
			}
			resp, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			defer resp.Body.Close()
			data, err := io.ReadAll(resp.Body)
			require.NoError(t, err)
			require.Equal(t, tc.status, resp.StatusCode, string(data))
			var e cbr.RequestValidationError
			require.NoError(t, json.Unmarshal(data, &e), string(data))
			assert.Equal(t, tc.code, e.Code)
			assert.Equal(t, tc.field, e.Field)
		})
	}
}
