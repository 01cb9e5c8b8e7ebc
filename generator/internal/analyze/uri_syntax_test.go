package analyze

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/internal/docparse"
)

func TestSyntaxTarget(t *testing.T) {
	for _, tc := range []struct {
		target, path, word string
		query              []syntaxQuery
	}{
		{"/", "/", "", nil},
		{"/?cors", "/", "", []syntaxQuery{{"cors", false}}},
		{"/ObjectName?uploads", "/{ObjectName}", "ObjectName", []syntaxQuery{{"uploads", false}}},
		{"/destinationObjectName", "/{ObjectName}", "destinationObjectName", nil},
		{"/object", "/{ObjectName}", "object", nil},
		{"/ObjectName?partNumber=partNum&uploadId=uploadID", "/{ObjectName}", "ObjectName",
			[]syntaxQuery{{"partNumber", true}, {"uploadId", true}}},
		{"/?inventory&id=configuration-id", "/", "", []syntaxQuery{{"inventory", false}, {"id", true}}},
		{"/v2/workflows/{graph_name}?x-workflow-create", "/v2/workflows/{graph_name}", "",
			[]syntaxQuery{{"x-workflow-create", false}}},
		{"/v2/executions?x-graph-name={graph_name}", "/v2/executions", "", []syntaxQuery{{"x-graph-name", true}}},
	} {
		path, query, word := syntaxTarget(tc.target)
		assert.Equal(t, tc.path, path, tc.target)
		assert.Equal(t, tc.query, query, tc.target)
		assert.Equal(t, tc.word, word, tc.target)
	}
}

func TestServiceHost(t *testing.T) {
	for in, want := range map[string]bool{
		"obs.cn-north-4.example.com": true, "bucketname.obs.region.example.com": false, "BucketName.obs.example.com": false,
		"examplebucket.obs.example.com": false, "Host Server": false, "localhost": false, "": false,
	} {
		assert.Equal(t, want, serviceHost(in), in)
	}
}

func TestParseSyntaxBlock(t *testing.T) {
	b := docparse.Block{Kind: docparse.Code, Pos: diag.Pos{File: "p.md", Line: 10}, Text: strings.Join([]string{
		"PUT /?cors HTTP/1.1 ",
		" Host: bucketname.obs.example.com",
		"",
		" Content-MD5：md5",
		"<?xml version=\"1.0\"?>",
		"<CORSConfiguration>",
		"</CORSConfiguration>",
	}, "\n")}
	blk := parseSyntaxBlock(&b)
	assert.Equal(t, "PUT /?cors HTTP/1.1", blk.start)
	assert.Equal(t, 11, blk.startPos.Line)
	require.Len(t, blk.headers, 2, "a blank line followed by more headers does not end them")
	assert.Equal(t, "Content-MD5", blk.headers[1].name)
	assert.Equal(t, "md5", blk.headers[1].value)
	assert.Equal(t, 14, blk.headers[1].pos.Line)
	assert.True(t, strings.HasPrefix(blk.body, "<?xml"))
	assert.Equal(t, 15, blk.bodyPos.Line)

	// an interim status line, then the real one
	b.Text = "HTTP/1.1 100 Continue\nHTTP/1.1 200 OK\nServer: OBS\n\n"
	blk = parseSyntaxBlock(&b)
	assert.Equal(t, "HTTP/1.1 200 OK", blk.start)
	assert.Equal(t, "200", statusOfLine(blk.start))
	assert.Empty(t, blk.body)

	// a multipart body: its part headers come after a boundary line
	b.Text = "POST / HTTP/1.1\nContent-Type: multipart/form-data; boundary=9431\n\n--9431\nContent-Disposition: form-data; name=\"key\"\n\nacl"
	blk = parseSyntaxBlock(&b)
	assert.Len(t, blk.headers, 1)
	assert.Equal(t, bodyForm, syntaxBodyKind(blk))
}

func TestSyntaxBodyKind(t *testing.T) {
	for body, want := range map[string]bodyKind{
		"":                 bodyNone,
		"<object Content>": bodyBinary,
		"<Optional Additional Header>\n<object Content>": bodyBinary,
		"<Response Body>": bodyElements,
		"<?xml version=\"1.0\"?>\n<Tagging><TagSet/></Tagging>": bodyXML,
		"policy json body":       bodyJSON,
		"Policy written in JSON": bodyJSON,
		"{\n \"rules\": []\n}":   bodyJSON,
	} {
		assert.Equal(t, want, syntaxBodyKind(syntaxBlock{body: body}), body)
	}
	withType := syntaxBlock{headers: []syntaxHeader{{name: "Content-Type", value: "application/json"}}}
	assert.Equal(t, bodyNone, syntaxBodyKind(withType), "a Content-Type without a body")
	withType.body = "body"
	assert.Equal(t, bodyJSON, syntaxBodyKind(withType))
	// an object upload's "Content-Type: application/xml" says nothing
	withType.headers[0].value = "application/xml"
	withType.body = "<object Content>"
	assert.Equal(t, bodyBinary, syntaxBodyKind(withType))
}

func TestSyntaxSection(t *testing.T) {
	for in, want := range map[string]section{
		"请求消息样式": secReqSyntax, "请求消息格式": secReqSyntax, "Request Syntax": secReqSyntax,
		"请求消息样式（多版本）": secReqSyntax, "响应消息样式": secRespSyntax, "Response Syntax": secRespSyntax,
		"请求示例：普通POST上传": secReqExample, "请求示例 1": secReqExample, "Sample Requests": secReqExample,
		"响应示例：列举所有对象": secRespExample, "Sample Response": secRespExample, "错误响应消息": secOther,
	} {
		assert.Equal(t, want, headingSection(in), in)
	}
	for in, want := range map[string]messagePart{
		"请求消息参数": partParams, "Request Parameters": partParams, "请求消息头": partHeaders, "Response Headers": partHeaders,
		"请求消息元素": partElements, "Response elements": partElements, "错误响应消息": partNone,
	} {
		assert.Equal(t, want, messagePartOf(in), in)
	}
}

func TestRequiredText(t *testing.T) {
	for in, want := range map[string]bool{
		"是": true, "否": false, "Mandatory": true, "Optional": false,
		"Mandatory if the Date parameter is absent.": false, "如果没有Date元素，则必选。": false,
		"否，当使用SSE-KMS方式时，必选。": false, "Optional. Mandatory for federated users.": false,
	} {
		assert.Equal(t, want, requiredText(in), in)
	}
}

func TestReadElementFacts(t *testing.T) {
	cell := func(paras ...string) docparse.Cell {
		c := docparse.Cell{}
		for _, p := range paras {
			c.Paras = append(c.Paras, docparse.Para{Text: p})
		}
		return c
	}
	// a pipe cell: the facts run together after the prose
	f := readElementFacts(cell("CORS规则。类型：Container父节点：CORSConfiguration。"))
	assert.Equal(t, "CORS规则。", f.desc)
	assert.Equal(t, "Container", f.typeWord)
	assert.Equal(t, [][]string{{"CORSConfiguration"}}, f.parents)

	f = readElementFacts(cell("对象名。类型：String父节点：ListVersionsResult.Version | ListVersionsResult.DeleteMarker"))
	assert.Equal(t, [][]string{{"ListVersionsResult", "Version"}, {"ListVersionsResult", "DeleteMarker"}}, f.parents)

	f = readElementFacts(cell("规则是否启用。类型：String有效值：Enabled，Disabled父节点：Rule"))
	assert.Equal(t, []string{"Enabled", "Disabled"}, f.values)
	assert.Equal(t, "规则是否启用。有效值：Enabled，Disabled", f.desc, "valid values stay in the prose")

	f = readElementFacts(cell("根节点。类型：XML子节点：Date或Days,StorageClass父节点：无"))
	assert.True(t, f.root)
	assert.Equal(t, []string{"Date", "Days", "StorageClass"}, f.children)

	f = readElementFacts(cell("过滤规则。类型：Container父元素：Filter子元素：一个或者多个FilterRule"))
	assert.Equal(t, []string{"FilterRule"}, f.many)

	// one fact per paragraph; "Content-Type:" in an example is no key
	f = readElementFacts(cell("Indicates the period.", "Type: Positive integer", "Ancestor: Expiration, Transition",
		"Example: Content-Type: text/plain", "Default: None"))
	assert.Equal(t, "Positive integer", f.typeWord)
	assert.Equal(t, [][]string{{"Expiration"}, {"Transition"}}, f.parents)
	assert.Equal(t, "Indicates the period.\nExample: Content-Type: text/plain\nDefault: None", f.desc)
	assert.Empty(t, f.def, "\"None\" is no default")

	// prose values are no enum
	assert.Nil(t, valueList("上次请求返回体的NextKeyMarker值"))
	assert.Nil(t, readElementFacts(cell("算法。有效值：SM4")).values, "one value is no enum")
	assert.Equal(t, []string{"Expedited", "Standard", "Bulk"}, valueList("Expedited, Standard, and Bulk"))
	assert.Equal(t, []string{"STANDARD", "WARM", "COLD"}, valueList("STANDARD | WARM | COLD"))

	assert.Equal(t, "String", typeWordOf("Stringbytes=byte_range"))
	assert.Equal(t, "String", typeWordOf("String。"))
}

func TestRepeatPhrase(t *testing.T) {
	for in, want := range map[string]bool{
		"CORS规则，CORSConfiguration下可最多包含100个规则。":                                        true,
		"用于标记用户及用户的权限。Grant元素不能超过100个。":                                                true,
		"可选字段类型，OptionalFields可以包含多个Field元素。":                                          true,
		"Indicates a CORS rule. CORSConfiguration can contain a maximum of 100 rules.": true,
		"规则的标识，由不超过255个字符的字符串组成。":                                                      false,
		"每一个AllowedOrigin可以带最多一个通配符。":                                                  false,
		"如果在复制配置中有多条规则，这些规则必须都要标识同一个桶。":                                                false,
	} {
		assert.Equal(t, want, repeatPhrase.MatchString(in), in)
	}
}

func TestReadXMLSample(t *testing.T) {
	top := &sampleNode{}
	require.True(t, readXMLSample(top, `<?xml version="1.0"?>
<!-- <Ignored/> -->
<ListResult xmlns="http://example.com/doc/">
  <Contents><Key>a</Key><Owner><ID>1</ID></Owner></Contents>
  <Contents><Key>b</Key></Contents>
  <Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>2</ID></Grantee>
  <Prefix/>
  <Part><N>1</N></Part>
  ...
  <Object Content>
</ListResult>`))
	require.Len(t, top.children, 1)
	root := top.children[0]
	assert.Equal(t, "ListResult", root.name)
	var names []string
	for _, ch := range root.children {
		names = append(names, ch.name)
	}
	assert.Equal(t, []string{"Contents", "Grantee", "Prefix", "Part"}, names, "a placeholder is no element")
	assert.True(t, root.find("Contents").repeated, "twice in one parent")
	assert.True(t, root.find("Part").repeated, `followed by "..."`)
	assert.False(t, root.find("Grantee").repeated)
	assert.Len(t, root.find("Contents").find("Owner").children, 1)

	// a second sample merges into the same tree; case differences are one element
	readXMLSample(top, `<ListResult><contents><Size>1</Size></contents></ListResult>`)
	assert.Len(t, root.children, 4)
	assert.NotNil(t, root.find("Contents").find("Size"))

	assert.False(t, readXMLSample(&sampleNode{}, "<Response Body>"))
}

// Every corpus page that writes a request out gets an operation whose path
// key is a path, optionally followed by "?" sub-resources and "#" marks.
func TestRequestSyntaxCorpus(t *testing.T) {
	pages := corpusPagesOf(t)
	n := 0
	for _, p := range pages {
		_, secs := sections(p)
		has := false
		for _, s := range secs {
			if s.kind != secReqSyntax {
				continue
			}
			for i := range s.blocks {
				if s.blocks[i].Kind == docparse.Code && requestLine.MatchString(parseSyntaxBlock(&s.blocks[i]).start) {
					has = true
				}
			}
		}
		if !has {
			continue
		}
		n++
		res := AnalyzePage(p)
		require.NotNil(t, res.Operation, p.Path)
		key := res.Operation.Path
		path, rest, _ := strings.Cut(key, "?")
		path, _, _ = strings.Cut(path, "#")
		assert.True(t, strings.HasPrefix(path, "/"), "%s: %s", p.Path, key)
		assert.NotContains(t, rest, "=", "%s: %s: the key's query holds names only", p.Path, key)
	}
	assert.Greater(t, n, 150, "request-syntax pages in the corpus")
}
