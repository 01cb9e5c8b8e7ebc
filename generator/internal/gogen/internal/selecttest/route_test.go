package selecttest

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ops answers every operation with its name and what it was given.
type ops struct{}

func answer(w http.ResponseWriter, format string, args ...any) {
	w.Header().Set("X-Operation", fmt.Sprintf(format, args...))
	w.WriteHeader(http.StatusOK)
}

func (ops) ListObjects(w http.ResponseWriter, _ *http.Request, p ListObjectsParams) {
	prefix := ""
	if p.Prefix != nil {
		prefix = *p.Prefix
	}
	answer(w, "ListObjects prefix=%s", prefix)
}
func (ops) DeleteBucket(w http.ResponseWriter, _ *http.Request) { answer(w, "DeleteBucket") }
func (ops) ListBuckets(w http.ResponseWriter, _ *http.Request)  { answer(w, "ListBuckets") }
func (ops) DeleteBucketCors(w http.ResponseWriter, _ *http.Request) {
	answer(w, "DeleteBucketCors")
}
func (ops) PutBucketCors(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	answer(w, "PutBucketCors %s", body)
}
func (ops) ListMultipartUploads(w http.ResponseWriter, _ *http.Request, p ListMultipartUploadsParams) {
	answer(w, "ListMultipartUploads max-uploads=%d", *p.MaxUploads)
}
func (ops) GetObject(w http.ResponseWriter, _ *http.Request, name string) {
	answer(w, "GetObject %s", name)
}
func (ops) PutObject(w http.ResponseWriter, _ *http.Request, name string) {
	answer(w, "PutObject %s", name)
}
func (ops) InitiateMultipartUpload(w http.ResponseWriter, _ *http.Request, name string) {
	answer(w, "InitiateMultipartUpload %s", name)
}
func (ops) AbortMultipartUpload(w http.ResponseWriter, _ *http.Request, name string, p AbortMultipartUploadParams) {
	answer(w, "AbortMultipartUpload %s uploadId=%s", name, p.UploadId)
}
func (ops) ListParts(w http.ResponseWriter, _ *http.Request, name string, p ListPartsParams) {
	answer(w, "ListParts %s uploadId=%s", name, p.UploadId)
}
func (ops) UploadPart(w http.ResponseWriter, _ *http.Request, name string, p UploadPartParams) {
	answer(w, "UploadPart %s partNumber=%d uploadId=%s", name, p.PartNumber, p.UploadId)
}
func (ops) UploadPartCopy(w http.ResponseWriter, _ *http.Request, name string, p UploadPartCopyParams) {
	answer(w, "UploadPartCopy %s partNumber=%d from=%s", name, p.PartNumber, p.XObsCopySource)
}
func (ops) ShowTemplate(w http.ResponseWriter, _ *http.Request, name string) {
	answer(w, "ShowTemplate %s", name)
}
func (ops) ListTemplates(w http.ResponseWriter, _ *http.Request, prefix string) {
	answer(w, "ListTemplates prefix=%s", prefix)
}
func (ops) CopyObject(w http.ResponseWriter, _ *http.Request, name string, p CopyObjectParams) {
	answer(w, "CopyObject %s from=%s", name, p.XObsCopySource)
}

func (ops) StartServer(w http.ResponseWriter, r *http.Request, id string) {
	body, _ := io.ReadAll(r.Body) // the router read it too, and put it back
	answer(w, "StartServer %s %s", id, body)
}
func (ops) RebootServer(w http.ResponseWriter, _ *http.Request, id string) {
	answer(w, "RebootServer %s", id)
}
func (ops) CreateTags(w http.ResponseWriter, _ *http.Request) { answer(w, "CreateTags") }
func (ops) DeleteTags(w http.ResponseWriter, _ *http.Request) { answer(w, "DeleteTags") }

// TestSelectingRoutes calls every operation through the generated client and
// checks the request line it sends and the operation the generated server
// runs: operations that share a method and a URL path are told apart by the
// sub-resource, query parameters and headers their path keys name.
func TestSelectingRoutes(t *testing.T) {
	var h http.Handler
	require.NotPanics(t, func() { h = Handler(ops{}) })
	srv := httptest.NewServer(h)
	defer srv.Close()
	var sent string
	doer := doerFunc(func(r *http.Request) (*http.Response, error) {
		sent = r.Method + " " + r.URL.RequestURI() // what goes on the wire: no fragment
		return srv.Client().Do(r)
	})
	c, err := NewClient(srv.URL, WithHTTPClient(doer))
	require.NoError(t, err)
	ctx := context.Background()
	three, prefix := 3, "photos/"
	body := func() io.Reader { return strings.NewReader("data") }
	for _, tc := range []struct {
		call      func() (*http.Response, error)
		sent, ran string
	}{
		{func() (*http.Response, error) { return c.ListObjects(ctx, &ListObjectsParams{Prefix: &prefix}) },
			"GET /?prefix=photos%2F", "ListObjects prefix=photos/"},
		{func() (*http.Response, error) { return c.DeleteBucket(ctx) }, "DELETE /", "DeleteBucket"},
		{func() (*http.Response, error) { return c.DeleteBucketCors(ctx) }, "DELETE /?cors", "DeleteBucketCors"},
		{func() (*http.Response, error) {
			return c.PutBucketCorsWithBody(ctx, "application/xml", strings.NewReader("<CORSConfiguration/>"))
		}, "PUT /?cors", "PutBucketCors <CORSConfiguration/>"},
		{func() (*http.Response, error) {
			return c.ListMultipartUploads(ctx, &ListMultipartUploadsParams{MaxUploads: &three})
		}, "GET /?max-uploads=3&uploads=", "ListMultipartUploads max-uploads=3"},
		// an object's name may hold "/": the client escapes it, the server gets it back
		{func() (*http.Response, error) { return c.GetObject(ctx, "photos/a b.jpg") },
			"GET /photos%2Fa%20b.jpg", "GetObject photos/a b.jpg"},
		{func() (*http.Response, error) {
			return c.PutObjectWithBody(ctx, "a.jpg", "application/octet-stream", body())
		},
			"PUT /a.jpg", "PutObject a.jpg"},
		{func() (*http.Response, error) { return c.InitiateMultipartUpload(ctx, "a.jpg") },
			"POST /a.jpg?uploads", "InitiateMultipartUpload a.jpg"},
		{func() (*http.Response, error) { return c.ListParts(ctx, "a.jpg", &ListPartsParams{UploadId: "u1"}) },
			"GET /a.jpg?uploadId=u1", "ListParts a.jpg uploadId=u1"},
		{func() (*http.Response, error) {
			return c.AbortMultipartUpload(ctx, "a.jpg", &AbortMultipartUploadParams{UploadId: "u1"})
		}, "DELETE /a.jpg?uploadId=u1", "AbortMultipartUpload a.jpg uploadId=u1"},
		{func() (*http.Response, error) {
			return c.UploadPartWithBody(ctx, "a.jpg", &UploadPartParams{PartNumber: 2, UploadId: "u1"}, "application/octet-stream", body())
		}, "PUT /a.jpg?partNumber=2&uploadId=u1", "UploadPart a.jpg partNumber=2 uploadId=u1"},
		{func() (*http.Response, error) {
			return c.UploadPartCopy(ctx, "a.jpg", &UploadPartCopyParams{PartNumber: 2, UploadId: "u1", XObsCopySource: "/b/src.jpg"})
		}, "PUT /a.jpg?partNumber=2&uploadId=u1", "UploadPartCopy a.jpg partNumber=2 from=/b/src.jpg"},
		{func() (*http.Response, error) {
			return c.CopyObject(ctx, "a.jpg", &CopyObjectParams{XObsCopySource: "/b/src.jpg"})
		}, "PUT /a.jpg", "CopyObject a.jpg from=/b/src.jpg"},
		// paths that differ only in their wildcards' names: each operation
		// gets the value under its own name
		{func() (*http.Response, error) { return c.ShowTemplate(ctx, "transcode") },
			"GET /v2/templates/transcode", "ShowTemplate transcode"},
		{func() (*http.Response, error) { return c.ListTemplates(ctx, "trans") },
			"GET /v2/templates/trans?x-list", "ListTemplates prefix=trans"},
		// the bucket list is a request to the service host, "GET /" as for
		// the bucket's objects: a server routes by path, query and headers
		// only, so the generated server runs ListObjects.
		{func() (*http.Response, error) { return c.ListBuckets(ctx) }, "GET /", "ListObjects prefix="},
		// actions on one endpoint, told apart by a body field or its value
		{func() (*http.Response, error) {
			return c.StartServer(ctx, "s1", StartServerJSONRequestBody{OsStart: map[string]any{}})
		}, "POST /v2/servers/s1/action", `StartServer s1 {"os-start":{}}`},
		{func() (*http.Response, error) {
			return c.RebootServer(ctx, "s1", RebootServerJSONRequestBody{})
		}, "POST /v2/servers/s1/action", "RebootServer s1"},
		{func() (*http.Response, error) {
			return c.CreateTags(ctx, CreateTagsJSONRequestBody{Action: Create})
		}, "POST /v2/tags/action", "CreateTags"},
		{func() (*http.Response, error) {
			return c.DeleteTags(ctx, DeleteTagsJSONRequestBody{Action: Delete})
		}, "POST /v2/tags/action", "DeleteTags"},
	} {
		resp, err := tc.call()
		require.NoError(t, err)
		resp.Body.Close()
		assert.Equal(t, tc.sent, sent)
		assert.Equal(t, http.StatusOK, resp.StatusCode, tc.sent)
		assert.Equal(t, tc.ran, resp.Header.Get("X-Operation"), tc.sent)
	}
}

// A request with another sub-resource goes to the operation of the bare
// path; one whose selection matches no operation of its path is not found.
func TestSelectingRoutesFallBack(t *testing.T) {
	srv := httptest.NewServer(Handler(ops{}))
	defer srv.Close()
	for path, want := range map[string]string{
		"/?acl": "ListObjects prefix=", // no ?acl operation: the bucket's GET
	} {
		resp, err := srv.Client().Get(srv.URL + path)
		require.NoError(t, err)
		resp.Body.Close()
		assert.Equal(t, want, resp.Header.Get("X-Operation"), path)
	}
	req, err := http.NewRequest(http.MethodPost, srv.URL+"/a.jpg", nil)
	require.NoError(t, err)
	resp, err := srv.Client().Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusNotFound, resp.StatusCode, "POST /a.jpg without ?uploads selects no operation")
	for _, body := range []string{`{"action": "update"}`, `{"os-stop": {}}`, `not JSON`, ``} {
		for _, path := range []string{"/v2/tags/action", "/v2/servers/s1/action"} {
			resp, err := srv.Client().Post(srv.URL+path, "application/json", strings.NewReader(body))
			require.NoError(t, err)
			resp.Body.Close()
			assert.Equal(t, http.StatusNotFound, resp.StatusCode, "%s with %q selects no operation", path, body)
		}
	}
}

type doerFunc func(*http.Request) (*http.Response, error)

func (f doerFunc) Do(r *http.Request) (*http.Response, error) { return f(r) }
