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

// captionSuffixes: what follows a struct's name in a caption that names it
// ("version对象", "cluster field description").
var captionSuffixes = []string{"对象", " 对象", " object", "对象说明", " object description", "字段说明", " field description", " field"}

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

// The prose notations of facets (facets.go reads them from a description
// and applies them by the field's type). A notation is an introducing phrase followed by
// the values, a range or a default; the words below are matched as written.

// enumIntrosZH: the phrases that introduce a list of values in Chinese
// ("取值范围：", "取值为A、B", "可选值如下：", "枚举值为"), each optionally
// followed by one of enumConnectorsZH, then an optional colon.
var enumIntrosZH = []string{"取值范围", "取值", "可选值", "可选取值", "可取值", "枚举值", "枚举取值", "枚举", "有效值", "合法值", "参数值"}

// enumVerbsZH: the phrases that introduce values by themselves ("可设置为A、B",
// "目前支持vhd、zvhd和raw").
var enumVerbsZH = []string{"可设置为", "可以设置为", "可配置为", "目前支持", "当前支持", "仅支持", "只支持"}

// supportVerbsZH: a bare "支持" introduces values only before a colon
// ("支持：ssh，https"); "IP地址，支持IPv4、IPv6" says what the text may hold,
// and "支持Redis和Memcached" what it applies to.
var supportVerbsZH = []string{"支持"}

// enumConnectorsZH: what may follow an enum intro before the values.
var enumConnectorsZH = []string{
	"如下", "包括", "包含", "有", "为", "是", "可以是", "可以为", "可为", "只能为", "只能是", "仅支持", "必须为", "必须是", "范围为", "范围是",
	"可以取", "可取", "列表", "填写为", "可填写为",
}

// enumIntrosEN: the phrases that introduce a list of values in English, at
// the start of a sentence ("The value can be A or B.", "Possible values:"),
// then optionally one of enumTailsEN, then an optional colon.
var enumIntrosEN = []string{
	"the value can be", "the value can only be", "the value must be", "the value is", "the values are",
	"the value can be one of", "the value must be one of", "the value is one of",
	"possible values are", "possible values include", "possible values", "valid values are", "valid values include", "valid values",
	"the valid values are", "the possible values are", "the options are", "options are", "options include", "options", "valid options are",
	"allowed values are", "allowed values", "value options", "value range", "the value range is", "values", "enumerated values",
	"enumeration values", "the enumerated values are", "supported values are", "supported values",
	"available values include", "available values are", "available values", "valid value", "value", "it can only be", "it can be",
}

// enumTailsEN: what may follow an English enum intro before a colon.
var enumTailsEN = []string{"the following", "one of the following", "any of the following", "as follows", "the following values", "following values"}

// defaultIntros: the phrases that introduce a default value in prose
// ("默认值为X", "默认为X", "The default value is X.", "Defaults to X.").
var defaultIntros = []string{
	"默认值为", "默认值是", "默认值取", "缺省值为", "缺省值是", "默认取值为", "默认取值是", "默认取值", "默认为", "默认是", "默认取", "缺省为", "缺省是",
	"the default value is", "default value is", "the default is", "defaults to", "default:",
}

// defaultMarks: a list item "VALUE（默认）：…" or ending in "（默认值）" is the default.
var defaultMarks = []string{"默认", "默认值", "缺省", "缺省值", "default", "default value"}

// rangeIntrosEN: the phrases that introduce a numeric range or a length
// range in English (the enum intros may also introduce one: "取值范围：[1～500]").
var rangeIntrosEN = []string{"the value ranges from", "value ranges from", "the value range is from", "the value range is", "value range", "range", "the value is from", "the value must be from", "the value can be from", "the value must range from"}

// lengthIntros: the phrases that introduce a length range ("长度为1-64",
// "The value contains 1 to 64 characters").
var lengthIntros = []string{
	"长度为", "长度范围为", "长度范围是", "长度范围", "长度是", "长度：", "长度:", "字符长度为", "字符串长度为", "长度取值范围为", "长度取值范围",
	"the value contains", "the value can contain", "the value must contain", "it contains", "it can contain", "the length is", "length:", "the length ranges from", "the value length ranges from",
	"the value must be", "the value can be", "the value is", "contains", "length range:",
}

// maxLengthIntros: "不超过64个字符", "最多64个字符", "a maximum of 64 characters".
var maxLengthIntros = []string{
	"长度不超过", "不超过", "最多", "最长", "长度最大为", "最大长度为", "最大长度是", "长度上限为", "不能超过", "长度不能超过", "长度不大于", "不大于", "最大",
	"a maximum of", "no more than", "up to", "cannot exceed", "can contain a maximum of", "can contain up to", "contains a maximum of", "must not exceed", "at most", "maximum of",
}

// lengthUnits: what makes a range a length range ("1-64个字符", "1 to 64
// characters"); bytes count too, a looser bound for non-ASCII text.
var lengthUnits = []string{"个字符", "字符", "位字符", "个字节", "字节", "个英文字符", "characters", "character", "chars", "bytes", "characters long", "characters in length", "bytes long"}

// rangeSeparators: between the two ends of a range.
var rangeSeparators = []string{"-", "~", "～", "－", "–", "—", "至", "到", "to "}

// rangeTails: what may follow a range before the sentence ends ("1~100之间的整数").
var rangeTails = []string{"之间的整数", "之间的正整数", "之间", "以内", "的整数", "的正整数", "范围内", "(inclusive)", "（包含）", "inclusive", "in length", "long"}

// exclusiveWords: a range that leaves its ends out is not read.
var exclusiveWords = []string{"不包括", "不包含", "不含", "exclusive", "excluding", "开区间"}

// enumSeparators: between the values of an inline list, longest first
// (the words need spaces around them).
var enumSeparators = []string{", or", ", and", "、或者", "、或", "、和", "或者", "以及", "or", "and", "、", "，", ",", "或", "和", "及", "与", "/", "|"}

// openListWords: a list followed by these is not exhaustive ("A、B等"): not read.
var openListWords = []string{"等", "etc", "such as", "for example", "e.g.", "例如", "比如", "包括但不限于", "including but not limited to", "and so on"}

// conditionSpan: an intro after this in its sentence is conditional
// ("type为PATH时，取值范围：…", "If the value is X", "In this case, …").
var conditionSpan = regexp.MustCompile(`(?i)时[，,：:\s]|时$|当[^前]|如果|若|此时|对于|\bif\b|\bwhen\b|\bin this case\b|\botherwise\b`)

// conditionEN: an English default after this in its sentence is
// conditional ("If no group is specified, the default value is used.").
var conditionEN = regexp.MustCompile(`(?i)\bif\b|\bwhen\b|\bunless\b`)

// notValues: words of English prose that are never a value of a list
// ("The value can be a string or null", "A, B, and more").
var notValues = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "etc": true, "more": true, "others": true,
	"any": true, "not": true, "is": true, "are": true, "be": true, "of": true, "to": true, "in": true, "on": true, "for": true,
	"it": true, "this": true, "that": true, "if": true, "when": true, "with": true, "by": true, "as": true, "can": true,
	"must": true, "left": true, "blank": true, "empty": true, "specifies": true, "indicates": true, "see": true,
	"used": true, "applied": true, "returned": true, "displayed": true,
}

// labelWords: a list item "说明：…", "Note: …" is a label after the values,
// not a value (any other item that is not a value makes the list unreadable).
var labelWords = map[string]bool{
	"note": true, "notes": true, "example": true, "examples": true, "remarks": true, "remark": true, "constraints": true,
	"constraint": true, "description": true, "instructions": true, "caution": true, "warning": true, "default value": true,
	"format": true, "unit": true, "value range": true,
	"说明": true, "约束": true, "使用说明": true, "注意": true, "功能说明": true, "默认值": true, "缺省值": true, "取值范围": true,
	"示例": true, "取值示例": true, "参数说明": true, "备注": true, "须知": true, "注": true, "最小长度": true, "最大长度": true,
	"最小值": true, "最大值": true, "约束条件": true, "注意事项": true, "格式": true, "单位": true,
}

// placeholderValue: a value that stands for others ("compute:xxx", "*", "...",
// "Non-0"): a list holding one is a pattern, not an enum.
var placeholderValue = regexp.MustCompile(`(?i)xxx|\*|\.\.\.|…|^\{[^}]*\}$|^non-|yyyy`)

// multiValue: a description that says several values combine in one
// ("多个类型用逗号分隔", "separated by commas"): its list is not an enum.
var multiValue = regexp.MustCompile(`(?i)(?:逗号|中划线|分号|空格|竖线)(?:分隔|隔开|分开|分割|间隔)|以逗号|用逗号|使用逗号|comma-separated|separated (?:by|with) (?:a )?commas?|多个值`)

// asciiRun: a run of ASCII letters, digits and identifier punctuation.
var asciiRun = regexp.MustCompile(`[A-Za-z0-9_:.\-]+`)

// namesIntro: a description whose list names parts, not values ("包含以下
// 字段：", "目前支持的配置项：", "The following parameters:").
var namesIntro = regexp.MustCompile(`(?i)字段|配置项|参数|属性|\bfields?\b|\bparameters?\b|\battributes?\b|\bkeys?\b|\boperators?\b`)

// exampleIntro: a description whose list gives examples ("Example values:",
// "示例：", "例如"): not an enum.
var exampleIntro = regexp.MustCompile(`(?i)\bexamples?\b|e\.g\.|示例|样例|例如|比如`)

// dateFormatParts: "yyyy/MM/dd" is a date format, not three values.
var dateFormatParts = map[string]bool{
	"yyyy": true, "yy": true, "MM": true, "dd": true, "HH": true, "hh": true, "mm": true, "ss": true, "SSS": true,
}

// referenceOnly: a description that says its list is for reference only
// ("以上规格仅供参照，实际支持规格以具体区域为准"): not an enum.
var referenceOnly = regexp.MustCompile(`(?i)仅供参考|仅供参照|以实际.{0,12}为准|以具体.{0,12}为准|for reference only`)

// mediaTypes: the top-level media types; "text/plain" is one value.
var mediaTypes = map[string]bool{
	"application": true, "text": true, "image": true, "audio": true, "video": true, "multipart": true, "message": true, "font": true, "model": true,
}

// meaningWords: what may directly follow a value in a list item ("ACTIVE表示…").
var meaningWords = []string{"表示", "代表", "即", "指", "：", ":", "（", "("}

// meaningVerbs: what may follow a value and a space in a list item ("bios
// indicates the BIOS boot mode.").
var meaningVerbs = []string{"indicates", "indicate", "means", "represents", "stands for"}

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
