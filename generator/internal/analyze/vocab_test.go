package analyze

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/docspec/docspec/generator/internal/docparse"
)

// Every vocabulary key is a normal word, so that normWord(text) finds it.
func TestVocabularyIsNormal(t *testing.T) {
	for k := range sectionWords {
		assert.Equal(t, k, normWord(k), "section word")
	}
	for k := range columnWords {
		assert.Equal(t, k, normWord(k), "column word")
	}
	for k := range statusColumnWords {
		assert.Equal(t, k, normWord(k), "status column word")
	}
	for k := range facetKeys {
		assert.Equal(t, k, normWord(k), "facet key")
		assert.Len(t, facetKeyIndex(k+"："), 1, "facetKeyIndex finds %q", k)
		assert.LessOrEqual(t, len(k), maxFacetKey)
	}
}

func TestClassifySection(t *testing.T) {
	for in, want := range map[string]section{
		"URI": secURI, "uri": secURI, " Request  Parameters ": secRequest, "Status Codes:": secStatus, "响应参数：": secResponse,
		"请求示例": secReqExample, "Example Response": secRespExample, "Examples": secExample, "错误码": secErrors,
		"功能介绍": secSummary, "调试": secOther, "": secOther,
	} {
		assert.Equal(t, want, classifySection(in), in)
	}
}

func TestMapColumns(t *testing.T) {
	m := mapColumns(cells("Parameter", "Type", "Mandatory", "Description"))
	for col, want := range map[column]int{colName: 0, colType: 1, colRequired: 2, colDesc: 3} {
		i, ok := m.col(col)
		assert.True(t, ok)
		assert.Equal(t, want, i)
	}
	assert.False(t, m.has(colDefault))
	m = mapColumns(cells("参数", "是否必选", "说明", "类型", "取值范围", "默认值"))
	i, _ := m.col(colType)
	assert.Equal(t, 3, i)
	i, _ = m.col(colDefault)
	assert.Equal(t, 5, i)
	assert.False(t, mapColumns(cells("Spalte", "Art")).has(colName))
}

func TestCaptionRole(t *testing.T) {
	for in, want := range map[string]tableRole{
		"路径参数": rolePath, "Query参数": roleQuery, "请求Header参数": roleHeader, "请求Body参数": roleBody,
		"响应Body参数": roleRespBody, "响应Header参数": roleRespHeader, "Response header parameters": roleRespHeader,
		"Request parameters": roleBody, "URI参数说明": rolePath, "BackupDetail": roleUnknown, "": roleUnknown,
	} {
		assert.Equal(t, want, captionRole(in), in)
	}
}

func TestCaptionName(t *testing.T) {
	for in, want := range map[string]string{
		"BackupDetail": "BackupDetail", "version对象": "version", "cluster field description": "cluster",
		"volume object": "volume", "响应Body参数": "", "请求参数": "", "参数 说明": "",
		"instance_config  field description":               "instance_config",
		"instance_config字段数据结构说明":                          "instance_config",
		"backupStrategy字段要素说明":                             "backupStrategy",
		"Description of the dnat_rule field":               "dnat_rule",
		"Parameters in the error field":                    "error",
		"Data structure description of the metadata field": "metadata",
		"Description for the user format":                  "user",
		"Security Group Rule  objects":                     "SecurityGroupRule",
		"Resource_tag structure":                           "Resource_tag",
		"GesQuotaResp类型":                                   "GesQuotaResp",
		"mappings.rules.local":                             "mappings.rules.local",
		"os:scheduler_hints字段数据结构说明（响应参数）":                 "os_scheduler_hints",
		"Description of field match":                       "match",
		"Parameters in the request":                        "",
		"Parameter description":                            "",
		"异常响应要素说明":                                         "",
		"tls_ciphers_policy取值说明":                           "",
		"leftvalue元素格式":                                    "leftvalue",
		"[1] tags字段数据结构说明":                                 "tags",
	} {
		assert.Equal(t, want, captionName(in), in)
	}
}

func TestRefKey(t *testing.T) {
	assert.Equal(t, refKey("session_persistence"), refKey("SessionPersistence"))
	assert.Equal(t, refKey("os:scheduler_hints"), refKey("os_scheduler_hints"))
	assert.NotEqual(t, refKey("mapping.rules"), refKey("mappingrules"))
	assert.True(t, sameName("tags", "tag"))
	assert.True(t, sameName("agencies", "agency"))
	assert.False(t, sameName("address", "addres"))
	assert.True(t, related(refKey("error"), refKey("ErrorDetail")))
	assert.True(t, related(refKey("tags"), refKey("resource_tag")))
	assert.False(t, related(nameKey("resource_detail"), nameKey("tag")))
}

func TestIsRequired(t *testing.T) {
	for in, want := range map[string]bool{
		"是": true, "否": false, "Yes": true, "No": false, "必选": true, "可选": false, "Mandatory": true,
		"yes/no": false, "否 使用AK/SK认证时该字段必选。": false, "是（创建时）": true, "-": false, "": false,
	} {
		assert.Equal(t, want, isRequired(in), in)
	}
}

func TestStatusIntro(t *testing.T) {
	for in, want := range map[string]string{
		"**状态码： 200**":         "200",
		"**状态码为 200 时: **":     "200",
		"状态码为 400 时: ":         "400",
		"**状态码为 200 时：**":      "200",
		"**状态码：200**":          "200",
		"**状态码： default**":     "default",
		"**Status code: 202**": "202",
		"状态码如表2所示。":            "",
		"Code: 200":            "",
	} {
		assert.Equal(t, want, statusOf(in), in)
	}
}

func TestStatusCode(t *testing.T) {
	for in, want := range map[string]string{
		"200": "200", " 404 Not Found": "404", "200OK": "", "2000": "", "600": "", "\t500。": "500", "20": "",
	} {
		assert.Equal(t, want, statusCode(in), in)
	}
}

func TestDefaultDescription(t *testing.T) {
	for in, want := range map[string]string{"200": "OK", "404": "Not Found", "default": "Error", "299": "Response 299"} {
		assert.Equal(t, want, defaultDescription(in), in)
	}
}

func TestTableRef(t *testing.T) {
	for in, want := range map[string]string{
		"see Table 3": "3", "For details, see Table12.": "12", "详见表3": "3", "参见 表 4。": "4", "参考表5": "5",
		"SEE\tTABLE\n8": "8", "see tablet 1": "", "参见表": "", "Table 3": "",
	} {
		assert.Equal(t, want, tableRef(in), in)
	}
}

func TestAnchorName(t *testing.T) {
	for in, want := range map[string]string{
		"response_BackupDetail": "BackupDetail", "request_Foo_2": "Foo", "zh-cn_topic_1_request_X": "X",
		"response_X_12": "X", "request_": "", "table12345": "", "a_request_b_request_c": "c", "response_2": "2",
		"response_a b": "",
	} {
		assert.Equal(t, want, anchorName(in), in)
	}
}

func TestFacetKeys(t *testing.T) {
	text := "最小长度：**0**最大长度：**36**Default value: x Minimum length :1 see: 默认值  ：y"
	var keys []string
	for _, loc := range facetKeyIndex(text) {
		keys = append(keys, text[loc[2]:loc[3]])
		assert.Equal(t, loc[0], loc[2])
		assert.Contains(t, []string{":", "："}, strings.TrimSpace(text[loc[3]:loc[1]]))
	}
	assert.Equal(t, []string{"最小长度", "最大长度", "Default value", "Minimum length", "默认值"}, keys)
	assert.Empty(t, facetKeyIndex("minimumlength: defaultvalue: 最小: :"))
	assert.Equal(t, [][]int{{1, 9, 1, 8}}, facetKeyIndex("xminimum:"))
}

func TestLeadingNumber(t *testing.T) {
	assert.Equal(t, "3", leadingNumber("3.x"))
	assert.Equal(t, "-2.5", leadingNumber("-2.5MB"))
	assert.Equal(t, "", leadingNumber(".5"))
}

func TestCleanName(t *testing.T) {
	assert.Equal(t, "scaling_configuration_id", cleanName("scaling_ configuration _id"))
	assert.Equal(t, "ab", cleanName("a\u00a0\u200bb"))
}

func cells(texts ...string) []docparse.Cell {
	out := make([]docparse.Cell, len(texts))
	for i, t := range texts {
		out[i] = docparse.Cell{Paras: []docparse.Para{{Text: t}}}
	}
	return out
}

func TestHeaderName(t *testing.T) {
	for in, want := range map[string]bool{
		"X-Auth-Token": true, "Content-Type": true, "Content-type": true, "X-Language": true, "X-Sdk-Date": true,
		"changes-since": false, "not-tags": false, "limit": false, "X": false, "marker_id": false, "Content": false,
	} {
		assert.Equal(t, want, headerName.MatchString(in), in)
	}
}

func TestExampleLabel(t *testing.T) {
	for label, want := range map[string]section{
		"响应样例":                                                 secRespExample,
		"正常响应样例":                                               secRespExample,
		"失败响应示例":                                               secRespExample,
		"请求成功样例":                                               secRespExample,
		"请求失败样例":                                               secRespExample,
		"请求体样例":                                                secReqExample,
		"请求参数样例":                                               secReqExample,
		"响应样例2":                                                secRespExample,
		"Example normal response":                              secRespExample,
		"Example response 2":                                   secRespExample,
		"Sample response (failed response)":                    secRespExample,
		"Sample error responses":                               secRespExample,
		"Example request 1: Creating a shelf":                  secReqExample,
		"Sample requests":                                      secReqExample,
		"Example request for creating a shelf":                 secReqExample,
		"Example response when **action** is set to **count**": secRespExample,
		"创建SSH密钥对响应样例":                                         secRespExample,
		"创建SSH密钥对请求样例":                                         secReqExample,
		"action为filter时请求样例":                                   secReqExample,
		"请求成功响应样例":                                             secRespExample,
		"同步失败响应样例":                                             secRespExample,
	} {
		k, ok := exampleLabel(label)
		assert.True(t, ok, label)
		assert.Equal(t, want, k, label)
	}
	for _, label := range []string{
		"URI样例", "详见请求示例", "响应示例如下，其中projects下的“id”即为项目id。", "Example", "请参见响应示例",
		"Request parameters", "Response", "Example request response", "表 2 请求样例的参数说明",
		"Example of a shelf", "Example for a request",
	} {
		_, ok := exampleLabel(label)
		assert.False(t, ok, label)
	}
}

func TestFailureLabel(t *testing.T) {
	for _, l := range []string{"请求失败样例", "异常响应", "Sample response (failed response)", "Example error response", "失败响应示例"} {
		assert.True(t, failureLabel(l), l)
	}
	for _, l := range []string{"请求成功样例", "正常响应样例", "Example response", "Sample response (successful response)"} {
		assert.False(t, failureLabel(l), l)
	}
}

func TestResponsePart(t *testing.T) {
	for label, failed := range map[string]bool{
		"正常响应要素": false, "正常响应要素说明": false, "成功响应": false, "Normal response": false,
		"异常响应要素": true, "异常响应要素说明": true, "失败响应参数": true, "Abnormal Response": true, "Error response": true,
	} {
		f, ok := responsePart(label)
		assert.True(t, ok, label)
		assert.Equal(t, failed, f, label)
	}
	for _, label := range []string{"响应参数", "Response parameters", "异常响应要素如下所示", "error数据结构", "Parameters in the error field"} {
		_, ok := responsePart(label)
		assert.False(t, ok, label)
	}
}

func TestFailureClause(t *testing.T) {
	for text, want := range map[string]bool{
		"正确响应示例如下，错误响应示例请参见":                       true,
		"For the error response, see":              true,
		"错误响应示例见下文。响应参数请参见":                        false,
		"For details about the response, see":      false,
		"The failed response is below; details in": false,
	} {
		assert.Equal(t, want, failureClause(text), text)
	}
}

// A row name that names a map's keys is never a member name; an array's
// element marker and broken member names are not key rows.
func TestKeyRowName(t *testing.T) {
	for in, want := range map[string]bool{
		"User-defined field key and value pair": true, "VPC ID": true, "Name of the network where the ECS accesses": true,
		"用户自定义字段键值对": true, "{自定义key}": true, "<key>": true, "[自定义key]": true, "key_val": true, "Key-Value": true,
		"[数组元素]": false, "数组元素": false, "key": false, "metadata": false, "scaling_ configuration _id": false,
		"Content-Type": false, "X-Auth-Token": false, "": false,
	} {
		assert.Equal(t, want, keyRowName(in), in)
	}
}

func TestHeadingSection(t *testing.T) {
	for title, want := range map[string]section{
		"请求示例":                              secReqExample,
		"Example Request (Creating an ECS)": secReqExample,
		"Example Response (Creating ECSs)":  secRespExample,
		"请求示例：上传对象":                         secReqExample,
		"示例1":                               secExample,
		"Request":                           secRequest,
		"Cypher预置条件":                        secOther,
		"Show Object Details":               secOther,
	} {
		assert.Equal(t, want, headingSection(title), title)
	}
}
