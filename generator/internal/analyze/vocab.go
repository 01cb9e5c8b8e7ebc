package analyze

import (
	"regexp"
	"strings"

	"github.com/docspec/docspec/generator/internal/docparse"
)

// The documentation format's vocabulary, one table per concept. Words are
// matched in their normal form (normWord: lower case, trimmed, inner white
// space folded, a trailing colon dropped); TestVocabularyIsNormal keeps the
// keys normal.

// section is what a "## Title" section documents.
type section int

const (
	secOther section = iota
	secTitle
	secSummary
	secURI
	secRequest
	secResponse
	secReqExample
	secRespExample
	secExample
	secStatus
	secErrors
)

// sectionWords: section titles.
var sectionWords = map[string]section{
	"功能介绍": secSummary, "function": secSummary, "function description": secSummary, "description": secSummary,
	"功能说明": secSummary, "functions": secSummary, "overview": secSummary, "功能描述": secSummary,

	"uri": secURI, "url": secURI, "请求uri": secURI, "请求方法": secURI, "method": secURI, "request uri": secURI,
	"request methods": secURI, "request method": secURI, "api format": secURI, "uri格式": secURI,

	"请求消息": secRequest, "request": secRequest, "请求参数": secRequest, "request message": secRequest, "请求": secRequest,
	"请求消息头": secRequest, "请求消息元素": secRequest, "请求消息参数": secRequest, "request headers": secRequest,
	"request parameters": secRequest, "request elements": secRequest, "requests": secRequest, "request parameter": secRequest,
	"请求消息体（可选）": secRequest, "request query parameters": secRequest, "请求消息体": secRequest, "request body": secRequest,

	"响应消息": secResponse, "response": secResponse, "响应参数": secResponse, "response message": secResponse, "响应": secResponse,
	"响应消息头": secResponse, "响应消息元素": secResponse, "response headers": secResponse, "response elements": secResponse,
	"responses": secResponse, "response parameter": secResponse, "响应消息体（可选）": secResponse, "响应消息体": secResponse,
	"response parameters": secResponse, "response body": secResponse,

	"请求示例": secReqExample, "example request": secReqExample, "sample request": secReqExample,
	"request example": secReqExample, "请求样例": secReqExample, "request examples": secReqExample,

	"响应示例": secRespExample, "example response": secRespExample, "sample response": secRespExample,
	"normal response": secRespExample, "abnormal response": secRespExample, "正常响应": secRespExample,
	"异常响应": secRespExample, "response example": secRespExample, "响应样例": secRespExample,
	"example responses": secRespExample, "response examples": secRespExample,

	"示例": secExample, "example": secExample, "examples": secExample, "样例": secExample, "json样例": secExample, "示例代码": secExample,

	"状态码": secStatus, "status code": secStatus, "返回值": secStatus, "status codes": secStatus,
	"returned values": secStatus, "returned value": secStatus, "返回码": secStatus, "return code": secStatus,

	"错误码": secErrors, "error codes": secErrors, "error code": secErrors, "错误码说明": secErrors, "error code description": secErrors,
}

func classifySection(title string) section { return sectionWords[normWord(title)] }

// column is what a parameter table's column holds.
type column int

const (
	colNone column = iota
	colName
	colRequired
	colType
	colDesc
	colDefault
	colRange
	colIn
	colExample
)

// columnWords: header cells of parameter tables.
var columnWords = map[string]column{
	"参数": colName, "名称": colName, "参数名称": colName, "参数名": colName, "属性": colName, "字段名称": colName,
	"字段": colName, "字段名": colName, "key": colName, "parameter": colName, "name": colName, "attribute": colName,
	"element": colName, "header": colName, "parameter name": colName, "属性名称": colName, "元素名称": colName,

	"是否必选": colRequired, "必选": colRequired, "是否为必选": colRequired, "是否必须": colRequired, "是否必填": colRequired,
	"必填": colRequired, "mandatory": colRequired, "mandatory or not": colRequired, "required": colRequired, "是否必需": colRequired,

	"参数类型": colType, "类型": colType, "数据类型": colType, "值类型": colType, "type": colType, "value type": colType,
	"字段类型": colType, "data type": colType,

	"描述": colDesc, "说明": colDesc, "备注": colDesc, "含义": colDesc, "参数说明": colDesc, "description": colDesc,
	"remarks": colDesc, "参数描述": colDesc, "remark": colDesc,

	"默认值": colDefault, "缺省值": colDefault, "default value": colDefault, "default": colDefault,
	"取值范围": colRange, "value range": colRange, "range": colRange, "取值": colRange,
	"in": colIn, "位置": colIn, "location": colIn, "参数位置": colIn,
	"示例": colExample, "example": colExample, "示例值": colExample,
}

// statusColumnWords: the status-code column of a status table.
var statusColumnWords = map[string]bool{
	"状态码": true, "返回值": true, "返回码": true, "status code": true, "returned value": true,
	"return code": true, "status codes": true, "http状态码": true, "code": true,
}

// tableRole is what a table documents, from its caption.
type tableRole int

const (
	roleUnknown tableRole = iota
	rolePath
	roleQuery
	roleHeader
	roleBody
	roleRespHeader
	roleRespBody
)

// captionRoles: words in a caption that give a table's role, tried in order
// (the first that the lower-case caption contains wins: "响应header" before
// "header").
var captionRoles = []struct {
	word string
	role tableRole
}{
	{"响应header", roleRespHeader}, {"响应头", roleRespHeader}, {"response header", roleRespHeader},
	{"响应body", roleRespBody}, {"响应参数", roleRespBody}, {"response body", roleRespBody}, {"response parameter", roleRespBody},
	{"header", roleHeader},
	{"query", roleQuery},
	{"路径参数", rolePath}, {"path parameter", rolePath}, {"uri参数", rolePath},
	{"请求body", roleBody}, {"请求参数", roleBody}, {"request body", roleBody}, {"request parameter", roleBody},
}

func captionRole(caption string) tableRole {
	if caption == "" {
		return roleUnknown
	}
	c := strings.ToLower(caption)
	for _, r := range captionRoles {
		if strings.Contains(c, r.word) {
			return r.role
		}
	}
	return roleUnknown
}

// captionSuffixes: what follows a struct's or a field's name in a caption
// that names it ("version对象", "cluster field description",
// "instance_config字段数据结构说明"), lower case, the longer of two
// suffixes with a common end first.
var captionSuffixes = []string{
	"字段数据结构说明", "参数数据结构说明", "定义数据结构说明", "数据结构说明", "字段要素说明", "要素说明", "字段结构说明",
	"元素结构说明", "定义结构说明", "结构体说明", "结构说明", "对象参数说明", "结构体参数说明", "字段说明", "参数说明",
	"属性说明", "属性列表说明", "属性列表", "参数信息", "对象说明", "对象属性", "数据结构", "对象", "结构体", "结构",
	"属性", "参数", "类型",
	" field data structure description", " parameter structure description", " data structure description",
	" structure description", " field description", " object description", " parameter description",
	" parameters description", " parameter information", " parameters", " parameter", " objects", " object",
	" attributes", " information", " elements", " data structure", " structure", " fields", " field",
}

// captionNamePhrases: captions that name a field inside a phrase
// ("Description of the dnat_rule field", "参数results中各要素说明").
var captionNamePhrases = []*regexp.Regexp{
	regexp.MustCompile(`(?i)^(?:[a-z]+ ){0,3}(?:of|in|for) (?:the )?(\S+) (?:fields?|arrays?|objects?|parameters?|structures?|formats?|lists?)$`),
	regexp.MustCompile(`(?i)^(?:[a-z]+ ){0,3}(?:of|in|for) (?:the )?(?:fields?|parameters?) (\S+)$`),
	regexp.MustCompile(`^参数(.+?)中各要素说明$`),
}

// requiredWords: a required cell starting with one of these means required
// (lower case).
var requiredWords = []string{"是", "必选", "yes", "mandatory", "required", "true", "y"}

// statusIntro: the line that opens a status code's part of the response
// section: "**状态码： 200**", "**状态码为 200 时: **", "状态码为 400 时:".
var statusIntro = regexp.MustCompile(`(?i)^\**\s*(?:状态码|status code|http状态码)\s*(?:为)?\s*[:：]?\s*([1-5][0-9][0-9]|default)\s*(?:时)?\s*[:：。.]?\s*\**\s*$`)

// uriLine: "METHOD /path" in a URI section, after an optional list bullet and
// an optional label ("URI format:", "URI格式：", "接口：").
var uriLine = regexp.MustCompile(`^(?:[-*]\s+)?(?:(?:URI(?: format| 格式|格式)?|请求URI|接口)\s*[:：]\s*)?([A-Za-z]+)\s*(/\S*|\{[^ ]*\}\S*)`)

// tableReference: "see Table 3", "详见表3", "参见表 4" (the number).
var tableReference = regexp.MustCompile(`(?i)(?:see|参见|详见|参考|见)\s*(?:table|表)\s*([0-9]+)`)

// tableNumberAt: a link text that starts with a table's number, "表6",
// "Table 6", "表11 fault字段数据结构说明".
var tableNumberAt = regexp.MustCompile(`(?i)^\s*(?:table|表)\s*([0-9]+)\b`)

// captionReference: a reference to a table by its caption, "参考graph图类型数据结构说明".
var captionReference = regexp.MustCompile(`(?i)^(?:请参见|参见|参考|详见|see)\s*(.+)$`)

// requiredValues: a type cell holding one of these holds the required
// column's value (the row's cells are shifted).
var requiredValues = map[string]bool{"是": true, "否": true, "yes": true, "no": true, "mandatory": true, "optional": true, "必选": true, "可选": true}

// structAnchor: an anchor naming a struct, "response_X", "zh-cn_topic_1_request_X", "request_X_2".
var structAnchor = regexp.MustCompile(`^(?:.*_)?(?:request|response)_(.+?)(?:_[0-9]+)?$`)

// topicID: the documentation system's page ids, which name no operation.
var topicID = regexp.MustCompile(`(?i)^(zh-cn|en-us)?_?topic_[0-9]+$`)

// facetKind is what a facet key introduces in a description cell.
type facetKind int

const (
	facetEnum facetKind = iota + 1
	facetDefault
	facetMin
	facetMax
	facetMinLen
	facetMaxLen
)

// facetKeys: "枚举值：", "缺省值：", "最小长度："… in description cells.
var facetKeys = map[string]facetKind{
	"枚举值": facetEnum, "enumeration values": facetEnum, "enumerated values": facetEnum,
	"缺省值": facetDefault, "默认值": facetDefault, "default value": facetDefault,
	"最小值": facetMin, "minimum": facetMin,
	"最大值": facetMax, "maximum": facetMax,
	"最小长度": facetMinLen, "minimum length": facetMinLen,
	"最大长度": facetMaxLen, "maximum length": facetMaxLen,
}

// facetKeyEnd: a facet key at the end of the text before a colon.
var facetKeyEnd = regexp.MustCompile(`(?i)(枚举值|缺省值|默认值|最小值|最大值|最小长度|最大长度|enumeration values|enumerated values|default value|minimum length|maximum length|minimum|maximum)$`)

// maxFacetKey bounds the length of a facet key in bytes.
const maxFacetKey = 24

var httpMethods = map[string]bool{"GET": true, "POST": true, "PUT": true, "DELETE": true, "PATCH": true, "HEAD": true, "OPTIONS": true}

// normWord is a word's normal form: lower case, trimmed, inner white space
// folded, a trailing colon dropped.
func normWord(s string) string {
	s = strings.TrimSpace(strings.ToLower(s))
	s = strings.TrimRight(s, ":：")
	return strings.Join(strings.Fields(s), " ")
}

// mapColumns maps a header row to column roles.
func mapColumns(header []docparse.Cell) columnMap {
	var m columnMap
	for i, h := range header {
		c := columnWords[normWord(h.Line())]
		if c != colNone && m.idx[c] == 0 {
			m.idx[c] = i + 1
		}
	}
	return m
}

// columnMap maps column roles to a table's columns.
type columnMap struct {
	idx [colExample + 1]int // column index + 1; 0: absent
}

func (m columnMap) has(c column) bool { return m.idx[c] > 0 }

// col is the index of column c; ok false when the header has none.
func (m columnMap) col(c column) (int, bool) { return m.idx[c] - 1, m.idx[c] > 0 }

// statusCell: the status code at the start of a status table's cell.
var statusCell = regexp.MustCompile(`^\s*([1-5][0-9][0-9])\b`)

// placeholder: a path's "{name}" placeholders.
var placeholder = regexp.MustCompile(`\{([^{}]+)\}`)

// opIDWord: an anchor that can be an operation id.
var opIDWord = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]*$`)

// asciiWord: the ASCII letters and digits of a name.
var asciiWord = regexp.MustCompile(`[A-Za-z0-9]+`)

// numberPrefix: the number that starts a facet's value.
var numberPrefix = regexp.MustCompile(`^[-+]?[0-9]+(?:\.[0-9]+)?`)
