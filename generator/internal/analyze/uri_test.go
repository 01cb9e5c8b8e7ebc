package analyze

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTakePath(t *testing.T) {
	for _, tc := range []struct {
		in, path, rest string
		ok             bool
	}{
		{"/v1/{project_id}/x", "/v1/{project_id}/x", "", true},
		{"  /v1/{ key_id }/tags/{key}", "/v1/{ key_id }/tags/{key}", "", true},
		{"/apis/apps/v1/daemonsets (Supports only1.9)", "/apis/apps/v1/daemonsets", "(Supports only1.9)", true},
		{"/v1.0/apigw/apis[?page_size, page_no、id]", "/v1.0/apigw/apis[?page_size, page_no、id]", "", true},
		{"/v2.1/zones/{zone_id}/recordsets/{[recordset_id](x-3.md)}", "/v2.1/zones/{zone_id}/recordsets/{recordset_id}", "", true},
		{"/HTTPS请求方法以及URI如下表所示。", "/HTTPS", "请求方法以及URI如下表所示。", false},
		{"/v1/x。", "/v1/x", "。", true},
		{"/v1/{id", "/v1/{id", "", true},
	} {
		p, r, ok := takePath(tc.in)
		assert.Equal(t, tc.path, p, tc.in)
		assert.Equal(t, tc.rest, r, tc.in)
		assert.Equal(t, tc.ok, ok, tc.in)
	}
}

func TestParsePath(t *testing.T) {
	for _, tc := range []struct {
		in, path string
		query    []queryItem
		problem  string
	}{
		{"/v1/{project_id}/groups/{ group_id }?force_delete=no&limit={limit}", "/v1/{project_id}/groups/{group_id}",
			[]queryItem{{"force_delete", "no"}, {"limit", "{limit}"}}, ""},
		{"/v1/stacks/{stack_name}/events{?last}", "/v1/stacks/{stack_name}/events", []queryItem{{"last", ""}}, ""},
		{"/v2.1/{project_id}/flavors/detail{?minDisk={minDisk}&minRam={minRam}}", "/v2.1/{project_id}/flavors/detail",
			[]queryItem{{"minDisk", "{minDisk}"}, {"minRam", "{minRam}"}}, ""},
		{"/v1.0/apigw/apis/[?page_size, page_no、id，name]", "/v1.0/apigw/apis",
			[]queryItem{{"page_size", ""}, {"page_no", ""}, {"id", ""}, {"name", ""}}, ""},
		{"/v1/{account}?bulk-delete", "/v1/{account}", []queryItem{{"bulk-delete", ""}}, ""},
		{"/v1/{account}{?limit,marker}", "/v1/{account}", []queryItem{{"limit", ""}, {"marker", ""}}, ""},
		{"/v1.0/{project_id}/jobs?page-size=_size_&current-page=_page_number_", "/v1.0/{project_id}/jobs",
			[]queryItem{{"page-size", "size"}, {"current-page", "page_number"}}, ""},
		{"/v1.0/{project_id}/databases?with-priv=_{_is_with_priv_}_&offset=_{offset}_", "/v1.0/{project_id}/databases",
			[]queryItem{{"with-priv", "{is_with_priv}"}, {"offset", "{offset}"}}, ""},
		{"/v3/{_project_id_}/instances?tags={key}={value}&begin_time={begin _time}", "/v3/{project_id}/instances",
			[]queryItem{{"tags", "{key}={value}"}, {"begin_time", "{begin_time}"}}, ""},
		{"/v1.0/{project_id}/authorization/privileges_?object={object}_", "/v1.0/{project_id}/authorization/privileges",
			[]queryItem{{"object", "{object}"}}, ""},
		{"/v1.0/apigw/statistics/api/latest?api_id=[api_id]", "/v1.0/apigw/statistics/api/latest", []queryItem{{"api_id", "[api_id]"}}, ""},
		{"/tags?filter=offset::{offset}|limit::{limit}", "/tags", []queryItem{{"filter", "offset::{offset}|limit::{limit}"}}, ""},
		{"v1.0/{project_id}/instances/", "/v1.0/{project_id}/instances", nil, ""},
		{"//v1//x/", "/v1/x", nil, ""},
		{"/", "/", nil, ""},
		{"/__support/x_{id}/_search", "/__support/x_{id}/_search", nil, ""},

		{"/v2/{project_id}/books/{", "/v2/{project_id}/books/{", nil, `an unclosed placeholder "{"`},
		{"/v2/{project_id/books", "/v2/{project_id/books", nil, `an unclosed placeholder "{project_id/books"`},
		{"/v2/project_id}/books", "/v2/project_id}/books", nil, `a "}" that closes no placeholder`},
		{"/v2/{}/books", "/v2/{}/books", nil, "an empty placeholder {}"},
		{"/v2/{a{b}}", "/v2/{a{b}}", nil, `a "{" inside the placeholder opened at "{a{"`},
		{"/v2/{1st}", "/v2/{1st}", nil, "the placeholder {1st} is not a name"},
		{"/v2/{book id*}", "/v2/{bookid*}", nil, "the placeholder {bookid*} is not a name"},
		{"/v2/{书}", "/v2/{书}", nil, "the placeholder {书} is not a name"},
		{"/v2/{id}/x/{id}", "/v2/{id}/x/{id}", nil, ""},
		{"/v2/books(v1)", "/v2/books(v1)", nil, `the character '('`},
		{"/v2/书", "/v2/书", nil, `the character '书'`},
		{"/v2/[x]", "/v2/[x]", nil, `the character '['`},
		{"/x/https://h/y", "/x/https:/h/y", nil, ""},
	} {
		p, q, prob := parsePath(tc.in)
		assert.Equal(t, tc.path, p, tc.in)
		assert.Equal(t, tc.query, q, tc.in)
		assert.Equal(t, tc.problem, prob, tc.in)
	}
}

func TestCheckPathScheme(t *testing.T) {
	assert.Equal(t, "a scheme inside the path", checkPath("/x/https://h"))
}

func TestStripEmphasis(t *testing.T) {
	for in, want := range map[string]string{
		"_{endpoint}_/v1":        "{endpoint}/v1",
		"{_Endpoint_}/v3":        "{Endpoint}/v3",
		"/x?a=_size_&b=**c**":    "/x?a=size&b=c",
		"/x/__system__cmkid":     "/x/__system__cmkid",
		"/x/{endpoint__}":        "/x/{endpoint__}",
		"/x_{id}/y":              "/x_{id}/y",
		"/v1/{project_id}/a_b_c": "/v1/{project_id}/a_b_c",
	} {
		assert.Equal(t, want, stripEmphasis(in), in)
	}
}

func TestSplitURL(t *testing.T) {
	h, p, ok := splitURL("https://{Endpoint}/v1/x?a=1")
	assert.True(t, ok)
	assert.Equal(t, "{Endpoint}", h)
	assert.Equal(t, "/v1/x?a=1", p)
	h, p, ok = splitURL("HTTP://iam.example.com")
	assert.True(t, ok)
	assert.Equal(t, "iam.example.com", h)
	assert.Equal(t, "/", p)
	_, _, ok = splitURL("/v1/x")
	assert.False(t, ok)
	for host, want := range map[string]bool{
		"{Endpoint}": true, "_{endpoint}_": true, "{_Endpoint_}": true, "{dcs_endpoint}": true,
		"iam.cn-north-1.example.com": false, "{a}.{b}": false, "Endpoint": false,
	} {
		assert.Equal(t, want, hostIsPlaceholder(host), host)
	}
}

func TestSamePathTemplate(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"/v1.0/{project_id}/instances/{instance_id}", "/v1.0/885cacf2/instances/e016385d", true},
		{"/v1.0/{project_id}/instances", "/V1.0/{project_id}/instances", true},
		{"/v1/{name}.json", "/v1/report.json", true},
		{"/v1/{name}.json", "/v1/report.xml", false},
		{"/apis/apps/v1/deployments", "/apis/apps/v1beta1/deployments", false},
		{"/v2/{project_id}/servers", "/v2.1/{project_id}/servers", false},
		{"/v1/{id}", "/v1/{id}/x", false},
	} {
		assert.Equal(t, tc.want, samePathTemplate(tc.a, tc.b), "%s ~ %s", tc.a, tc.b)
	}
}

func TestPlaceholderNames(t *testing.T) {
	assert.Equal(t, []string{"project_id", "id"}, placeholderNames("/v1/{project_id}/x/{id}{"))
	assert.Empty(t, placeholderNames("/v1/x"))
}

func TestURIVocabularyIsNormal(t *testing.T) {
	for k := range methodColumnWords {
		assert.Equal(t, k, normWord(k), "method column word")
	}
	for k := range uriColumnWords {
		assert.Equal(t, k, normWord(k), "URI column word")
	}
	for _, k := range uriQueryCaptions {
		assert.Equal(t, k, normWord(k), "URI query caption")
	}
}

func TestURILineForms(t *testing.T) {
	for _, tc := range []struct {
		line, method, space, rest string
	}{
		{"GET /v1/x", "GET", " ", "/v1/x"},
		{"GET/v1.0/{project_id}/queues", "GET", "", "/v1.0/{project_id}/queues"},
		{"-   URI format: DELETE /v1/x", "DELETE", " ", "/v1/x"},
		{"URI格式：POST /v1/x", "POST", " ", "/v1/x"},
		{">DELETE /v1/x?cascade=_{c}_", "DELETE", " ", "/v1/x?cascade=_{c}_"},
		{"Get v1.0/x", "Get", " ", "v1.0/x"},
	} {
		m := uriLine.FindStringSubmatch(tc.line)
		if assert.NotNil(t, m, tc.line) {
			assert.Equal(t, []string{tc.method, tc.space, tc.rest}, m[1:], tc.line)
		}
	}
	for _, l := range []string{"PATH：/rds/v1/x", "Method: POST", "GET 参数说明请参见表1。", "HTTP/HTTPS请求方法以及URI如下表所示。"} {
		m := uriLine.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		text, _, ok := takePath(m[3])
		assert.False(t, ok && pathLike(text), "%q is no URI line", l)
	}
	assert.Equal(t, []string{"PATH：/rds/v1/{project_id}/instances", "/rds/v1/{project_id}/instances"}, uriPathLine.FindStringSubmatch("PATH：/rds/v1/{project_id}/instances"))
	assert.Equal(t, "POST", uriMethodLine.FindStringSubmatch("Method：POST")[1])
	assert.Equal(t, "DELETE", uriMethodLine.FindStringSubmatch("-   Method: DELETE")[1])
	assert.Nil(t, uriMethodLine.FindStringSubmatch("Method: POST is used to create a shelf."))
	assert.Equal(t, "GET", methodAlone.FindStringSubmatch("GET 参数说明请参见[表1](#t1)。")[1])
	assert.Nil(t, methodAlone.FindStringSubmatch("GET /v1/x"))
}
