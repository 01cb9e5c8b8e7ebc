package analyze

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

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
	secReqSyntax  // the request written out: "PUT /?cors HTTP/1.1", headers, body
	secRespSyntax // the response written out: "HTTP/1.1 status_code", headers, body
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
	// the answer when the request succeeds: its tables, and its examples under labels
	"正常响应": secResponse, "normal response": secResponse,

	"请求示例": secReqExample, "example request": secReqExample, "sample request": secReqExample,
	"request example": secReqExample, "请求样例": secReqExample, "request examples": secReqExample,
	"sample requests": secReqExample,

	"响应示例": secRespExample, "example response": secRespExample, "sample response": secRespExample,
	"abnormal response": secRespExample, "异常响应": secRespExample, "response example": secRespExample, "响应样例": secRespExample,
	"example responses": secRespExample, "response examples": secRespExample, "sample responses": secRespExample,

	"示例": secExample, "example": secExample, "examples": secExample, "样例": secExample, "json样例": secExample, "示例代码": secExample,

	"状态码": secStatus, "status code": secStatus, "返回值": secStatus, "status codes": secStatus,
	"returned values": secStatus, "returned value": secStatus, "返回码": secStatus, "return code": secStatus,

	"错误码": secErrors, "error codes": secErrors, "error code": secErrors, "错误码说明": secErrors, "error code description": secErrors,

	"请求消息样式": secReqSyntax, "请求消息格式": secReqSyntax, "request syntax": secReqSyntax,
	"响应消息样式": secRespSyntax, "响应消息格式": secRespSyntax, "response syntax": secRespSyntax,
}

func classifySection(title string) section { return sectionWords[normWord(title)] }

// headingSection classifies a section's heading: by its words, else as an
// example's label, numbered or qualified ("Example Request (Creating an
// ECS)", "请求示例：上传对象", "示例1"), else by its words before a colon,
// a parenthesis or a number ("请求消息样式（多版本）").
func headingSection(title string) section {
	if k := classifySection(title); k != secOther {
		return k
	}
	if k, ok := exampleLabel(title); ok {
		return k
	}
	if genericExampleLabel(title) {
		return secExample
	}
	return classifySection(titleHead(title))
}

// titleHead is a title's words before a colon, a parenthesis or a number
// ("请求示例 1：上传对象" → "请求示例").
func titleHead(title string) string {
	if i := strings.IndexAny(title, ":：(（"); i > 0 {
		title = title[:i]
	}
	return strings.TrimRight(strings.TrimSpace(title), "0123456789 ")
}

// exampleLabel reads a label that opens examples ("-   Example request"
// inside a section, "**响应示例**"): a kind of example said by its words,
// maybe numbered and qualified ("Example normal response 2", "Sample
// response (successful response)", "Example request 1: Creating a private
// network load balancer", "Example request for creating a master/standby
// instance", "正常响应样例", "请求成功样例").
func exampleLabel(label string) (section, bool) {
	l, ok := labelStem(label)
	if !ok {
		return secOther, false
	}
	if m := zhExampleLabel.FindStringSubmatch(l); m != nil {
		if m[2] == "请求" && m[4] == "" {
			return secReqExample, true
		}
		return secRespExample, true // 响应样例, 请求成功样例: what comes back
	}
	// "example request", "sample error responses", "response example"
	example, kind := false, secOther
	for _, w := range strings.Fields(l) {
		if example && kind != secOther && exampleQualifiers[w] {
			break // "Example request for creating a …", "Sample request when action is …"
		}
		switch strings.TrimSuffix(w, "s") {
		case "example", "sample":
			example = true
		case "normal", "abnormal", "successful", "success", "failed", "failure", "error":
		case "request":
			if kind != secOther {
				return secOther, false
			}
			kind = secReqExample
		case "response":
			if kind != secOther {
				return secOther, false
			}
			kind = secRespExample
		default:
			return secOther, false
		}
	}
	return kind, example && kind != secOther
}

// exampleQualifiers: words after which an English example label says which
// request it shows, not what kind of example it is.
var exampleQualifiers = map[string]bool{"for": true, "of": true, "when": true, "with": true, "in": true, "using": true}

// genericExampleLabel reports whether a label only says "example",
// maybe numbered ("示例1：", "样例", "Example 2").
func genericExampleLabel(label string) bool {
	l, ok := labelStem(label)
	switch {
	case !ok:
		return false
	case l == "示例", l == "样例", l == "举例", l == "example", l == "examples", l == "sample", l == "samples":
		return true
	}
	return false
}

// labelStem is a label's words in their normal form, without its number or
// what follows a colon or a parenthesis ("Example response 2: …" →
// "example response"); ok false for text that cannot label an example.
func labelStem(label string) (string, bool) {
	if !mayLabelExample(label) {
		return "", false // most text, cheaply
	}
	return titleHead(normWord(label)), true
}

// mayLabelExample reports whether a text may be an example's label: short,
// and saying 例 or (s)ample.
func mayLabelExample(label string) bool {
	return len(label) <= 200 && (strings.Contains(label, "例") || strings.Contains(label, "ample") || strings.Contains(label, "AMPLE"))
}

// zhExampleLabel: Chinese example labels ("正常响应样例", "失败响应示例",
// "请求体样例", "响应参数样例", "请求成功样例"), maybe after what the example
// does or when ("创建SSH密钥对请求样例", "action为filter时请求样例",
// "请求成功响应样例"): a phrase without punctuation, not a reference ("详见").
var zhExampleLabel = regexp.MustCompile(`^(?:[^。；;：:，,、见]{0,40}?)(正常|异常|成功|失败|错误)?(请求|响应|返回)(消息|参数|体|Body|结果|消息体)?(成功|失败)?(样例|示例|用例)$`)

// failureWords mark an example of a failed request ("请求失败样例",
// "Sample response (failed response)", "异常响应").
var failureWords = []string{"失败", "异常", "错误", "fail", "error", "abnormal"}

// failureLabel reports whether a short label or title says its examples
// answer a failed request.
func failureLabel(label string) bool {
	l := strings.ToLower(label)
	if utf8.RuneCountInString(l) > 60 {
		return false // prose, not a label
	}
	return hasAny(l, failureWords)
}

// responsePartLabel: a bullet that introduces the part of a response section
// for success or for failure ("正常响应要素", "异常响应要素说明", "Abnormal
// response", "Error response body parameter description").
var responsePartLabel = regexp.MustCompile(`(?i)^(?:(正常|成功)|异常|失败|错误)响应(?:body)?(?:要素|参数|消息)?(?:说明)?$|^(?:(normal|successful)|abnormal|error|failed|failure) response(?: body)?(?: parameters?| elements)?(?: description)?$`)

// responsePart reads a response part's label: whether it is one, and
// whether for failure.
func responsePart(label string) (failed, ok bool) {
	m := responsePartLabel.FindStringSubmatch(label)
	if m == nil {
		return false, false
	}
	return m[1] == "" && m[2] == "", true
}

// failureClauseWords: the answer to a failed request, in prose.
var failureClauseWords = []string{"错误响应", "失败响应", "异常响应", "error response", "failed response", "failure response", "abnormal response"}

// failureClause reports whether the last clause of a text speaks of the
// answer to a failed request ("正确响应示例如下，错误响应示例请参见", "For
// the error response, see"); an English comma does not end a clause.
func failureClause(text string) bool {
	if i := strings.LastIndexAny(text, ";，。；"); i >= 0 {
		_, n := utf8.DecodeRuneInString(text[i:])
		text = text[i+n:]
	}
	if i := strings.LastIndex(text, ". "); i >= 0 {
		text = text[i+2:]
	}
	return hasAny(strings.ToLower(text), failureClauseWords)
}

// anchorTag: an "<a name=…></a>" anchor inside a line.
var anchorTag = regexp.MustCompile(`<a name="[^"]*"></a>`)

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
	colOptional // a required column that asks the other way round ("是否可选": 否 is required)
)

// columnWords: header cells of parameter tables.
var columnWords = map[string]column{
	"参数": colName, "名称": colName, "参数名称": colName, "参数名": colName, "属性": colName, "字段名称": colName,
	"字段": colName, "字段名": colName, "key": colName, "parameter": colName, "name": colName, "attribute": colName,
	"element": colName, "header": colName, "parameter name": colName, "parameters": colName, "属性名称": colName, "元素名称": colName,
	"名字": colName, "元素": colName, "消息头名称": colName, "响应字段名称": colName, "form field": colName,

	"是否必选": colRequired, "必选": colRequired, "是否为必选": colRequired, "是否必须": colRequired, "是否必填": colRequired,
	"必填": colRequired, "mandatory": colRequired, "mandatory or not": colRequired, "required": colRequired, "是否必需": colRequired,
	"必选/可选": colRequired, "mandatory/optional": colRequired, "required/optional": colRequired, "required or not": colRequired,
	"是否可选": colOptional,

	"参数类型": colType, "类型": colType, "数据类型": colType, "值类型": colType, "type": colType, "value type": colType,
	"字段类型": colType, "data type": colType,

	"描述": colDesc, "说明": colDesc, "备注": colDesc, "含义": colDesc, "参数说明": colDesc, "description": colDesc,
	"remarks": colDesc, "参数描述": colDesc, "remark": colDesc, "元素说明": colDesc,

	"默认值": colDefault, "缺省值": colDefault, "default value": colDefault, "default": colDefault,
	"取值范围": colRange, "value range": colRange, "range": colRange, "取值": colRange,
	"in": colIn, "位置": colIn, "location": colIn, "参数位置": colIn,
	"示例": colExample, "example": colExample, "示例值": colExample,
}

// statusColumnWords: the status-code column of a status table.
var statusColumnWords = map[string]bool{
	"状态码": true, "返回值": true, "返回码": true, "status code": true, "returned value": true,
	"return code": true, "status codes": true, "http状态码": true, "code": true, "returned values": true,
	"return value": true, "return codes": true, "状态码编号": true,
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
	{"响应header", roleRespHeader}, {"响应头", roleRespHeader}, {"响应消息头", roleRespHeader}, {"response header", roleRespHeader},
	{"response message header", roleRespHeader}, {"请求消息头", roleHeader}, {"request message header", roleHeader},
	{"响应body", roleRespBody}, {"响应参数", roleRespBody}, {"response body", roleRespBody}, {"response parameter", roleRespBody},
	{"header", roleHeader},
	{"query", roleQuery},
	{"路径参数", rolePath}, {"path parameter", rolePath}, {"uri参数", rolePath}, {"uri parameter", rolePath},
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
	"属性", "参数", "类型", "公共域说明", "信息表", "元素格式",
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

// uriLine: "METHOD /path" in a URI section (the method word, the space
// after it, the rest of the line), after optional list bullets or a quote
// marker and an optional label ("URI format:", "URI格式：", "接口：").
var uriLine = regexp.MustCompile(`^(?:[-*>]\s*)*(?:(?:URI(?: format| 格式|格式)?|请求URI|接口)\s*[:：]\s*)?([A-Za-z]+)(\s*)(\S.*)$`)

// relativePath: a path written without its leading slash, from its version
// segment ("GET v1.0/x").
var relativePath = regexp.MustCompile(`^[vV][0-9][A-Za-z0-9.]*/`)

// uriPathLine and uriMethodLine: the "PATH：/path" and "Method：POST" lines
// that write the method and path apart.
var (
	uriPathLine   = regexp.MustCompile(`^(?:[-*]\s+)?(?:PATH|Path|路径)\s*[:：]\s*(\S.*)$`)
	uriMethodLine = regexp.MustCompile(`^(?:[-*]\s+)?(?:METHOD|Method|方法|请求方法)\s*[:：]\s*([A-Za-z]+)\s*$`)
)

// methodAlone: a line that starts with an upper-case method followed by
// prose, not a path ("GET 参数说明请参见表1。"); the path is on the next line.
var methodAlone = regexp.MustCompile(`^([A-Z]+)(?:\s+[^/{\s].*)?$`)

// methodColumnWords and uriColumnWords: the header cells of a method + URI
// table (`请求方法 | URI`, `Method | URI | Description`).
var (
	methodColumnWords = map[string]bool{"请求方法": true, "方法": true, "http方法": true, "method": true, "http method": true, "request method": true}
	uriColumnWords    = map[string]bool{"uri": true, "url": true, "请求uri": true, "path": true, "路径": true, "request uri": true}
)

// uriQueryCaptions: captions that make a URI-section table the query
// parameters ("查询参数" is Chinese for "query parameters").
var uriQueryCaptions = []string{"查询参数", "查询检索参数", "optional parameters"}

// bodyCaptionWords: words of a request table's caption that say it is the
// body (lower case), "请求Body参数", "Request body parameters", "请求消息体".
var bodyCaptionWords = []string{"body", "消息体"}

// headerName: a parameter name shaped like an HTTP header, capitalised words
// joined by hyphens ("X-Auth-Token", "Content-Type", "X-Language").
var headerName = regexp.MustCompile(`^(?:[A-Z][a-z0-9]*|X)(?:-[A-Za-z0-9]+)+$`)

// markdownLink: "[text](href)", inside a path ("{[recordset_id](x.md)}")
// or a line of prose ("see [Table 2](#table2)"); the href may hold
// parentheses in pairs ("responses-(task).md").
var markdownLink = regexp.MustCompile(`\[([^\[\]]*)\]\(((?:[^()\s]|\([^()\s]*\))*)\)`)

// placeholderName: what a path placeholder may be called.
var placeholderName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_.-]*$`)

// tableReference: "see Table 3", "详见表3", "参见表 4", "如表5所示" (the number).
var tableReference = regexp.MustCompile(`(?i)(?:see|参见|详见|参考|见|如)\s*(?:table|表)\s*([0-9]+)`)

// tableRefs lists the numbers of the tables a text refers to (tableReference).
func tableRefs(s string) []string {
	var nums []string
	for _, r := range tableRefsAt(s) {
		nums = append(nums, r.num)
	}
	return nums
}

// tableRefAt is a reference to a table by its number, and the text after
// it ("详情请参见表2 flavors数据结构说明。" → 2, "flavors数据结构说明。").
type tableRefAt struct{ num, after string }

// tableRefsAt lists the references to tables by number in a text. Most
// descriptions have none: a text without "表" or "table" is not searched.
func tableRefsAt(s string) []tableRefAt {
	if !numberedTable(s) {
		return nil
	}
	var refs []tableRefAt
	for _, m := range tableReference.FindAllStringSubmatchIndex(s, -1) {
		refs = append(refs, tableRefAt{s[m[2]:m[3]], s[m[1]:]})
	}
	return refs
}

// numberedTable reports whether s names a table by its number ("表 3",
// "Table 3"): what tableReference needs, found without it.
func numberedTable(s string) bool {
	for _, word := range []string{"表", "able", "ABLE"} {
		for rest := s; ; {
			i := strings.Index(rest, word)
			if i < 0 {
				break
			}
			after := strings.TrimLeft(rest[i+len(word):], " \t\n\f\r")
			if after != "" && after[0] >= '0' && after[0] <= '9' {
				return true
			}
			rest = rest[i+len(word):]
		}
	}
	return false
}

// tableOnPage: the number of a table on the page a link names, written
// after the link ("请参见 创建批处理作业 中的 表6").
var tableOnPage = regexp.MustCompile(`^\s*中\s*的?\s*表\s*([0-9]+)`)

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

// Operation and struct names (names.go, names_convention.go, names_schema.go).

// opName: the shape of an operation name, camel case with at least two
// words: "ListBackups", "CreateL7Policy", "createCoreV1Namespace".
var opName = regexp.MustCompile(`^[A-Za-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$`)

// docPageID: the documentation systems' page, topic and table ids, which
// name neither an operation nor a struct: "ZH-CN_TOPIC_0000001082135087",
// "topic_300000001", "eip_api_0004", "rds_06_0616", "nat_apiv2_0000",
// "dcs-api-0312014", "smn_api_a1000", "table12345", any long number.
var docPageID = regexp.MustCompile(`(?i)^(?:(?:zh-cn|en-us)_?)?topic_?[0-9]+|^table[0-9]+$|^[a-z]+(?:[-_][a-z][a-z0-9]*)*[-_][a-z]?[0-9]{2,}(?:[-_][a-z0-9]+)*$|[0-9]{5,}`)

// pageIDShape: a long number, which no name carries.
var pageIDShape = regexp.MustCompile(`[0-9]{4,}`)

// explorerLink: the URL of an API Explorer link, whose api= parameter is
// the operation's name.
var explorerLink = regexp.MustCompile(`(https?://[^\s()"'<>]*apiexplorer[^\s()"'<>]*)`)

// debugSection: the section that holds the page's API Explorer link.
var debugSection = regexp.MustCompile(`(?i)调试|debug`)

// parenName: a title whose parentheses give the name, "GET Bucket (List Objects)".
var parenName = regexp.MustCompile(`^[A-Z]+ [A-Za-z ]+\(([A-Za-z ]+)\)$`)

// parenthesis: a parenthesised remark in a title, "(Native OpenStack API)".
var parenthesis = regexp.MustCompile(`\([^)]*\)`)

// titleVerbs: an imperative that starts a title naming its operation ("Upload Part").
var titleVerbs = map[string]bool{"Create": true, "Delete": true, "List": true, "Show": true, "Get": true, "Update": true,
	"Copy": true, "Upload": true, "Download": true, "Abort": true, "Complete": true, "Initiate": true, "Append": true, "Restore": true, "Replace": true}

// titleWord: a word of a title that names its operation.
var titleWord = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9]*$`)

// titleStopWords: words of an English title that end a qualifier (and that
// no title naming its operation has).
var titleStopWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "to": true,
	"for": true, "from": true, "by": true, "with": true, "and": true, "or": true, "all": true, "specified": true,
	"specific": true, "details": true, "detail": true, "list": true, "batch": true, "batches": true, "information": true,
	"about": true, "whether": true, "that": true}

// Verbs of names, by what they do: a GET never creates, updates or
// deletes, a PUT or DELETE never lists (verbFits).
var (
	readVerbs   = map[string]bool{"List": true, "Show": true, "Query": true, "Get": true, "Count": true, "Search": true, "Describe": true}
	writeVerbs  = map[string]bool{"Create": true, "Delete": true, "Update": true, "Modify": true, "Add": true, "Remove": true, "Set": true}
	createVerbs = map[string]bool{"Create": true, "Update": true, "Modify": true, "Add": true, "Set": true}
)

// queryEndpoint: the last static segment of a POST that queries.
var queryEndpoint = regexp.MustCompile(`(?i)action|search|query|filter|list|links`)

// nameVerbs: the leading words of a name the convention builds.
var nameVerbs = map[string]bool{"list": true, "show": true, "create": true, "update": true, "delete": true, "batch": true, "check": true}

// versionSegment: a path's API version, "v1", "v2.0", "v3-ext", "v1beta1".
var versionSegment = regexp.MustCompile(`^[vV]([0-9]+)(?:\.[0-9]+)*(?:[a-z]+[0-9]*)?(?:-ext)?$`)

// versionNumbers: the major and minor numbers of a version segment.
var versionNumbers = regexp.MustCompile(`^[vV]([0-9]+)(?:\.([0-9]+))?`)

// scopeParams: placeholders that scope a path to a project, not a resource.
var scopeParams = map[string]bool{"project_id": true, "tenant_id": true}

// extensionNamespace: an OpenStack extension's namespace segment, "OS-AGENCY".
var extensionNamespace = regexp.MustCompile(`^OS-[A-Z0-9-]+$`)

// nounSingulars: plurals the endings do not undo.
var nounSingulars = map[string]string{"shelves": "shelf", "leaves": "leaf", "halves": "half", "knives": "knife",
	"lives": "life", "aliases": "alias", "indices": "index", "children": "child", "people": "person",
	"apis": "api", "vertices": "vertex"}

// invariantNouns are their own singular and plural: service names that end
// in "s" ("kms" in /kms/enable-key, "rds"), "series".
var invariantNouns = map[string]bool{"kms": true, "dns": true, "rds": true, "dds": true, "dws": true,
	"ecs": true, "evs": true, "ims": true, "obs": true, "sms": true, "cts": true, "ces": true, "lts": true,
	"cbs": true, "aos": true, "bms": true, "cms": true, "ges": true, "fgs": true, "dcs": true, "css": true, "sfs": true,
	"dis": true, "dms": true, "mrs": true, "rts": true, "vbs": true, "csbs": true, "ddos": true, "antiddos": true,
	"qos": true, "iops": true, "series": true, "news": true, "data": true}

// singularNouns end in "s" and are singular: "alias" (aliases), "canvas".
var singularNouns = map[string]bool{"alias": true, "canvas": true, "atlas": true, "bias": true}

// cloudPrefix: "cloudservers", "cloudimages" name servers and images.
const cloudPrefix = "cloud"

// paramSuffixes: a placeholder's last word that is not the resource's, "server_id".
var paramSuffixes = map[string]bool{"id": true, "name": true, "urn": true, "key": true, "uuid": true}

// listSegments: a last segment that lists its collection, "…/servers/detail".
var listSegments = map[string]bool{"list": true, "detail": true, "details": true}

// actionSegments: a last segment whose body says which action to take.
var actionSegments = map[string]bool{"action": true, "actions": true}

// genericSegments: resources that belong to their parent (…/{vpc_id}/tags → VpcTags).
var genericSegments = map[string]bool{"tags": true, "tag": true, "metadata": true, "status": true, "config": true, "configs": true, "statistics": true, "info": true, "code": true}

// itemVerbs: the verb of each method on one item ("GET …/{id}" → Show).
var itemVerbs = map[string]string{"GET": "Show", "HEAD": "Check", "PUT": "Update", "PATCH": "Update",
	"POST": "Create", "DELETE": "Delete", "OPTIONS": "Options"}

// batchSegments: a segment that makes the operation a batch one.
var batchSegments = map[string]bool{"batch": true, "batches": true}

// segmentVerbs: a last segment (or its first word) that is the operation's
// verb ("…/servers/{id}/reboot" → RebootServer), and its name's verb.
var segmentVerbs = map[string]string{
	"start": "Start", "startup": "Start", "stop": "Stop", "shutdown": "Stop", "restart": "Restart", "reboot": "Reboot",
	"resize": "Resize", "extend": "Extend", "expand": "Expand", "shrink": "Shrink", "upgrade": "Upgrade",
	"attach": "Attach", "detach": "Detach", "accept": "Accept", "reject": "Reject", "restore": "Restore",
	"reset": "Reset", "migrate": "Migrate", "rollback": "Rollback", "export": "Export", "import": "Import",
	"copy": "Copy", "clone": "Clone", "enable": "Enable", "disable": "Disable", "pause": "Pause", "resume": "Resume",
	"cancel": "Cancel", "retry": "Retry", "check": "Check", "validate": "Validate", "verify": "Verify",
	"associate": "Associate", "disassociate": "Disassociate", "dissociate": "Disassociate", "bind": "Bind",
	"unbind": "Unbind", "register": "Register", "unregister": "Unregister", "install": "Install",
	"uninstall": "Uninstall", "publish": "Publish", "subscribe": "Subscribe", "unsubscribe": "Unsubscribe",
	"switch": "Switch", "add": "Add", "remove": "Remove", "insert": "Insert", "invoke": "Invoke",
	"change": "Change", "set": "Set", "unset": "Unset", "execute": "Execute", "apply": "Apply", "update": "Update",
	"delete": "Delete", "create": "Create", "terminate": "Terminate", "reinstall": "Reinstall", "recover": "Recover",
	"freeze": "Freeze", "unfreeze": "Unfreeze", "lock": "Lock", "unlock": "Unlock", "renew": "Renew",
	"move": "Move", "clear": "Clear", "send": "Send", "rename": "Rename", "refresh": "Refresh", "login": "Login", "logout": "Logout",
	"encrypt": "Encrypt", "decrypt": "Decrypt", "retire": "Retire", "revoke": "Revoke", "schedule": "Schedule",
	"gen": "Create", "generate": "Create", "describe": "Show", "get": "Show", "show": "Show", "list": "List",
	"open": "Open", "close": "Close", "sync": "Sync", "abort": "Abort", "approve": "Approve", "confirm": "Confirm",
	"archive": "Archive", "rebuild": "Rebuild", "reload": "Reload", "flush": "Flush", "purge": "Purge", "suspend": "Suspend",
	"grant": "Grant", "query": "List", "run": "Run", "submit": "Submit", "awake": "Awake", "hibernate": "Hibernate",
	"failover": "Failover", "failback": "Failback", "switchover": "Switchover", "reverse": "Reverse", "revert": "Revert",
	"retype": "Retype", "rotate": "Rotate", "download": "Download", "upload": "Upload", "protect": "Protect",
	"unprotect": "Unprotect", "reprotect": "Reprotect", "reserve": "Reserve", "unreserve": "Unreserve", "transfer": "Transfer",
	"scale": "Scale",
}

// batchPhrases: words of a title that make its operation a batch one
// ("Performing Operations on AS Policies in Batches", "at a Time").
var batchPhrases = []string{"批量", "in batches", "in a batch", "at a time", "multiple"}

// zhTitleVerbs: the verbs a Chinese title starts with, longest first where
// one starts another, and the SDKs' verb for each.
var zhTitleVerbs = []struct{ word, verb string }{
	{"创建", "Create"}, {"新建", "Create"}, {"新增", "Create"}, {"制作", "Create"}, {"生成", "Create"},
	{"删除", "Delete"}, {"查询", "List"}, {"获取", "List"}, {"列举", "List"}, {"更新", "Update"},
	{"修改", "Update"}, {"添加", "Add"}, {"增加", "Add"}, {"移除", "Remove"}, {"重启", "Restart"},
	{"启动", "Start"}, {"停止", "Stop"}, {"关闭", "Stop"}, {"暂停", "Pause"}, {"接受", "Accept"},
	{"拒绝", "Reject"}, {"导出", "Export"}, {"导入", "Import"}, {"启用", "Enable"}, {"禁用", "Disable"},
	{"停用", "Disable"}, {"取消", "Cancel"}, {"发布", "Publish"}, {"执行", "Execute"}, {"迁移", "Migrate"},
	{"复制", "Copy"}, {"重置", "Reset"}, {"同步", "Sync"}, {"升级", "Upgrade"}, {"注册", "Register"},
	{"切换", "Switch"}, {"授权", "Grant"},
}

// gerundVerbs: English title gerunds whose verb is not the gerund's stem.
var gerundVerbs = map[string]string{"querying": "List", "listing": "List", "modifying": "Update",
	"creating": "Create", "canceling": "Cancel", "cancelling": "Cancel", "adding": "Add"}

// gluedVerbs: verbs written together with their object in one segment
// ("attachvolume", "removeresources"), longest first. Short verbs (add,
// set, check) are left out: "address", "settings", "checkpoints".
var gluedVerbs = []string{"disassociate", "associate", "dissociate", "reinstall", "migrate", "disable", "enable",
	"attach", "detach", "remove", "change", "import", "export"}

// openstackAPIs: OpenStack's own APIs, which the services serve beside
// theirs; the SDKs prefix their names with the OpenStack component
// (NeutronListSecurityGroups beside ListSecurityGroups).
var openstackAPIs = []struct {
	component string
	path      *regexp.Regexp
}{
	{"Keystone", regexp.MustCompile(`^/v3/(?:users|groups|projects|domains|roles|regions|services|endpoints|auth|OS-FEDERATION|OS-INHERIT|role_assignments|credentials|policies)(?:/|$)`)},
	{"Neutron", regexp.MustCompile(`^/v2\.0/(?:networks|subnets|ports|routers|floatingips|security-groups|security-group-rules|fwaas|lbaas|qos)(?:/|$)`)},
	{"Glance", regexp.MustCompile(`^/v2/(?:images|schemas)(?:/|$)`)},
	{"Cinder", regexp.MustCompile(`^/v[23]/\{[^}]+\}/(?:volumes|os-volume-transfer|os-quota-sets|types|snapshots|os-vendor-volumes|os-availability-zone)(?:/|$)`)},
	{"Nova", regexp.MustCompile(`^/v2(?:\.1)?/\{[^}]+\}/(?:servers|flavors|os-keypairs|os-server-groups|os-quota-sets|os-hypervisors|os-interface|os-availability-zone)(?:/|$)`)},
}

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

// valueLabels: the labels of a description's part that gives one value or
// range, alone in their paragraph in the newer pages (joinLabels);
// sectionLabels: the other parts' labels there.
var (
	valueLabels   = map[string]bool{"取值范围": true, "默认取值": true, "默认值": true, "缺省值": true, "range": true, "value range": true, "default value": true, "default": true}
	sectionLabels = map[string]bool{"参数解释": true, "约束限制": true, "definition": true, "constraints": true}
)

// facetKeyEnd: a facet key at the end of the text before a colon.
var facetKeyEnd = regexp.MustCompile(`(?i)(枚举值|缺省值|默认值|最小值|最大值|最小长度|最大长度|enumeration values|enumerated values|default value|minimum length|maximum length|minimum|maximum)$`)

// maxFacetKey bounds the length of a facet key in bytes.
const maxFacetKey = 24

// The prose notations of facets (the facets*.go files read them from a
// description and apply them by the field's type). A notation is an
// introducing phrase followed by the values, a range or a default; the
// words below are matched as written.

// enumIntrosZH: the phrases that introduce a list of values in Chinese
// ("取值范围：", "取值为A、B", "可选值如下：", "枚举值为"), each optionally
// followed by one of enumConnectorsZH, then an optional colon.
var enumIntrosZH = []string{"取值范围", "取值", "可选值", "可选取值", "可取值", "枚举值", "枚举取值", "枚举", "有效值", "合法值", "参数值"}

// enumVerbsZH: the phrases that introduce values by themselves ("可设置为A、B",
// "目前支持vhd、zvhd和raw").
var enumVerbsZH = []string{"可设置为", "可以设置为", "可配置为", "目前支持", "当前支持", "仅支持", "只支持", "固定为", "固定取值为", "值为", "值是"}

// supportOnlyZH: the verbs of enumVerbsZH that say what is supported, and
// supportFillersZH the words that may stand between them and the values,
// the verbs of giving a value among them ("目前只支持填写字符串“ntp”或
// “addresstime”", "只支持指定""和"neutron:VIP_PORT"").
var (
	supportOnlyZH    = map[string]bool{"目前支持": true, "当前支持": true, "仅支持": true, "只支持": true}
	supportFillersZH = append([]string{"填写字符串", "指定"}, giveVerbsZH...)
)

// valueIsZH: the verbs of enumVerbsZH that introduce values only at the
// start of a clause ("值为：shared或dedicated。"), not after a noun that
// makes them another phrase ("默认值为", "最大值为", "返回值为").
var valueIsZH = map[string]bool{"值为": true, "值是": true}

// valueNounsZH: the nouns that say a list of values follows them
// ("目前支持的协议包括：", "支持以下四个阶段："), as alternatives of a regular
// expression; a noun of parts (字段, 参数, 配置项) or of what a case allows
// (网段范围) is none.
const valueNounsZH = `取值|值|状态|类型|选项|阶段|模式|方式|级别|操作|场景|协议|算法`

// listHeadNounsZH: the nouns that end the first clause of a description of
// a kind of value ("函数调用类型", "参数位置", "后端请求方法"), whose values a
// bare verb of listVerbsZH may list.
var listHeadNounsZH = append(strings.Split(valueNounsZH, "|"), "方法", "位置", "来源", "单位", "行为", "对象", "格式", "标识", "动作")

// listVerbsZH: the verbs that, bare, may list the values in the
// description of a kind of value ("参数位置，支持path、header、query", "作业类型，
// 包含DDL、DCL、QUERY", "网络状态，可以为ACTIVE，BUILD，DOWN或ERROR"); giveVerbsZH:
// what tells to give a value ("则传入ALL").
var (
	listVerbsZH = []string{"支持", "包含", "包括", "可以为", "可以是", "可为"}
	giveVerbsZH = []string{"传入", "输入", "填写", "填入", "设置为", "设为", "配置为"}
)

// listAnnouncesZH: the words that announce a list when a colon ends their
// paragraph ("版本状态，为如下3种：", "支持以下几种：").
var listAnnouncesZH = []string{"如下", "以下"}

// supportVerbsZH: a bare "支持" introduces values before a colon
// ("支持：ssh，https"); without one, only in the description of a kind of
// value (supportedListZH): "IP地址，支持IPv4、IPv6" says what the text may
// hold, and "书架引擎，支持Redis和Memcached" what it applies to.
var supportVerbsZH = []string{"支持"}

// enumConnectorsZH: what may follow an enum intro before the values.
var enumConnectorsZH = []string{
	"如下", "包括", "包含", "有", "为", "是", "可以是", "可以为", "可为", "只能为", "只能是", "仅支持", "必须为", "必须是", "范围为", "范围是",
	"可以取", "可取", "列表", "填写为", "可填写为", "固定为", "固定是",
}

// enumIntrosEN: the phrases that introduce a list of values in English, at
// the start of a sentence ("The value can be A or B.", "Possible values:"),
// then optionally one of enumTailsEN, then an optional colon.
var enumIntrosEN = []string{
	"the value can be", "the value can only be", "the value must be", "the value is", "the values are",
	"the value can be one of", "the value must be one of", "the value is one of", "optional values", "the optional values",
	"the following options are available", "the following values are available", "the following values are supported",
	"the following protocols are supported", "the following types are supported", "the following modes are supported",
	"possible values are", "possible values include", "possible values", "valid values are", "valid values include", "valid values",
	"the valid values are", "the possible values are", "the options are", "the option is", "options are", "options include", "options", "valid options are",
	"allowed values are", "allowed values", "value options", "value range", "the value range is", "values", "enumerated values",
	"enumeration values", "the enumerated values are", "supported values are", "supported values",
	"available values include", "available values are", "available values", "valid value", "value", "it can only be", "it can be",
	"which can be", "which can only be", "which must be", "which must be one of", "which can be one of",
	"its value can be", "its value can only be", "its value must be", "its value is", "can be", "can only be",
	"the value is fixed at", "the value is fixed to", "the value is fixed as", "the value can only be set to",
	"this parameter can be", "this parameter can be set to", "this parameter must be", "the parameter can be",
	"the parameter value can be", "the value can be set to", "can be set to", "it can be set to", "must be", "must be one of",
}

// fixedWords: the intros and connectors that say a field takes one value
// ("The value is fixed at v3.", "取值只能为v3。", "固定为v3"): a lone value
// after them is the field's enum.
var fixedWords = map[string]bool{
	"只能为": true, "只能是": true, "固定为": true, "固定是": true, "仅能为": true, "固定取值为": true,
	"the value can only be": true, "the value can only be set to": true, "the value is fixed at": true,
	"the value is fixed to": true, "the value is fixed as": true, "it can only be": true,
	"its value can only be": true, "which can only be": true,
}

// fixedTailEN: what may follow the one value of a fixed intro in its
// sentence ("The value is fixed at v3 and cannot be changed.").
var fixedTailEN = regexp.MustCompile(`(?i)^( ?\S+?) and (?:cannot|can ?not|can't|must not) be (?:changed|modified|updated)(?:\.\s|\.?$)`)

// leadAdverbEN: an adverb that may open the sentence of an English intro,
// at the end of the text before it.
var leadAdverbEN = regexp.MustCompile(`(?i)\b(?:currently|at present|now),\s*$`)

// perCaseLead: a case that opens the sentence of an intro, at the end of
// the text before it ("For MySQL, the value is async or semisync.",
// "对于副本集实例，取值为…"): what follows is the field's values in that case.
var perCaseLead = regexp.MustCompile(`(?i)(?:\bfor [^,，.。;；:：]{1,40},|对于[^,，.。;；:：]{1,20}[，,])\s*$`)

// caseSubjectZH: a case named in Latin letters (an engine, a product:
// "MySQL", "Microsoft SQL Server") as the subject of 为, and the quote that
// opens the value it takes (submatch 1 ends at 为).
var caseSubjectZH = regexp.MustCompile(`([A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*){0,3}为)[“"]`)

// caseLeadEN: a note on letter case that may open the sentence of an
// English intro, at the end of the text before it ("The value is case
// sensitive and can be create or delete.", "This parameter is
// case-sensitive and its value can be filter or count.").
var caseLeadEN = regexp.MustCompile(`(?i)\b(?:the|this|its)(?: parameter)?(?: value)? (?:is|are) case[- ]?(?:in)?sensitive,? and\s*$`)

// describingWords: words that describe a value after "can only be"
// ("unique", "positive") and are no value of it.
var describingWords = map[string]bool{
	"unique": true, "positive": true, "negative": true, "numeric": true, "alphanumeric": true, "lowercase": true,
	"uppercase": true, "valid": true, "integer": true, "integers": true, "digits": true, "letters": true,
}

// describingShape: a plain lower-case word with the ending of a participle,
// an adverb or an adjective ("modified", "optionally", "editable").
var describingShape = regexp.MustCompile(`^[a-z]+(?:ed|ly|able|ible|ive|ous)$`)

// enumTailsEN: what may follow an English enum intro before a colon.
var enumTailsEN = []string{"are as follows", "is as follows", "the following", "one of the following", "any of the following", "as follows", "the following values", "following values"}

// caseNotesZH: a note on letter case between a Chinese intro and its colon
// ("取值范围如下，区分大小写：").
var caseNotesZH = []string{"，区分大小写", "，不区分大小写", ",区分大小写", ",不区分大小写"}

// caseNotesEN: what may follow an enum tail before the colon ("Its value can
// be any of the following and is case-sensitive:").
var caseNotesEN = []string{"and is case-sensitive", "and is case-insensitive", "and are case-sensitive", "and are case-insensitive", "(case-sensitive)", "(case-insensitive)"}

// defaultIntros: the phrases that introduce a default value in prose
// ("默认值为X", "默认为X", "The default value is X.", "Defaults to X.").
var defaultIntros = []string{
	"默认值为", "默认值是", "默认值取", "缺省值为", "缺省值是", "默认取值为", "默认取值是", "默认取值", "默认为", "默认是", "默认取", "缺省为", "缺省是",
	"默认", // "，默认false。": the value right after it, alone in its clause
	"the default value is", "default value is", "the default is", "default is", "defaults to", "default:",
}

// defaultMarks: a list item "VALUE（默认）：…" or ending in "（默认值）" is the default.
var defaultMarks = []string{"默认", "默认值", "缺省", "缺省值", "default", "default value"}

// rangeIntrosEN: the phrases that introduce a numeric range or a length
// range in English (the enum intros may also introduce one: "取值范围：[1～500]").
var rangeIntrosEN = []string{"the value ranges from", "value ranges from", "the value range is from", "the value range is", "value range", "range", "the value is from", "the value must be from", "the value can be from", "the value must range from"}

// rangeVerbsEN: what says a range after a subject of its own that names
// the field ("The port number ranges from 1 to 65535.", "The value is an
// integer ranging from 1 to 30.", "The port range is 2100 to 9500.", "It
// can be any number from 1 to 10,000").
var rangeVerbsEN = []string{"ranges from", "ranging from", "range is from", "range is", "an integer from", "a positive integer from", "any number from", "a number from"}

// lengthIntros: the phrases that introduce a length range ("长度为1-64",
// "The value contains 1 to 64 characters").
var lengthIntros = []string{
	"长度为", "长度范围为", "长度范围是", "长度范围", "长度是", "长度：", "长度:", "字符长度为", "字符串长度为", "长度取值范围为", "长度取值范围",
	"the value contains", "the value can contain", "the value must contain", "it contains", "it can contain", "the length is", "length:", "the length ranges from", "the value length ranges from",
	"the value must be", "the value can be", "the value is", "contains", "length range:",
}

// lengthSubjects: how a clause starts whose subject is the value's length
// ("The length is greater than 0 and less than 256", "字符长度不能大于255").
var lengthSubjects = []string{"长度", "字符长度", "字符串长度", "最大长度", "the length", "its length", "length", "value length", "the value length", "the string length"}

// partsTogether: what says a limit holds for some parts of a value
// together ("中划线和$累计总长度小于等于10个字符").
var partsTogether = []string{"累计", "加起来", "combined", "in total"}

// lengthUnits: what makes a range a length range ("1-64个字符", "1 to 64
// characters"); bytes count too, a looser bound for non-ASCII text.
var lengthUnits = []string{"个字符", "字符", "位字符", "个字节", "字节", "个英文字符", "个unicode字符", "unicode字符", "characters", "character", "chars", "bytes", "characters long", "characters in length", "bytes long"}

// boundPhrases: what says one end of a number's values, with the number
// right after it ("最小值为0", "offset大于等于0", "不超过2147483647", "The
// minimum value is 1.", "greater than or equal to 0", "Value range: ≥ 0",
// "Value length: > 0 characters"; an ASCII sign with the space after it, as
// a phrase is two bytes or more).
var boundPhrases = map[string]bound{
	"最小值为": {}, "最小值是": {}, "最小为": {}, "最小是": {}, "大于等于": {}, "大于或等于": {}, "不小于": {}, "不能小于": {}, "不得小于": {}, "≥": {}, ">=": {},
	"the minimum value is": {}, "minimum value is": {}, "the minimum is": {}, "greater than or equal to": {}, "no less than": {}, "not less than": {}, "cannot be less than": {}, "at least": {},
	"大于": {exclusive: true}, "greater than": {exclusive: true}, "larger than": {exclusive: true}, "> ": {exclusive: true}, "＞": {exclusive: true},
	"最大值为": {upper: true}, "最大值是": {upper: true}, "最大为": {upper: true}, "最大是": {upper: true}, "最大": {upper: true}, "最多": {upper: true}, "最多允许": {upper: true},
	"小于等于": {upper: true}, "小于或等于": {upper: true}, "不大于": {upper: true}, "不超过": {upper: true}, "不能超过": {upper: true}, "不能大于": {upper: true}, "不得超过": {upper: true}, "≤": {upper: true}, "<=": {upper: true},
	"the maximum value is": {upper: true}, "maximum value is": {upper: true}, "the maximum is": {upper: true}, "less than or equal to": {upper: true}, "no greater than": {upper: true},
	"not greater than": {upper: true}, "no more than": {upper: true}, "cannot exceed": {upper: true}, "must not exceed": {upper: true}, "cannot be greater than": {upper: true}, "at most": {upper: true},
	"小于": {upper: true, exclusive: true}, "less than": {upper: true, exclusive: true}, "smaller than": {upper: true, exclusive: true},
	"< ": {upper: true, exclusive: true}, "＜": {upper: true, exclusive: true},
	"a maximum of": {upper: true}, "maximum of": {upper: true}, "up to": {upper: true}, "not more than": {upper: true},
	// of a length whatever follows ("最大长度为64", "The value can contain up to 64")
	"长度不超过": {upper: true, length: true}, "长度不能超过": {upper: true, length: true}, "长度不大于": {upper: true, length: true},
	"长度最大为": {upper: true, length: true}, "最大长度为": {upper: true, length: true}, "最大长度是": {upper: true, length: true}, "最大长度": {upper: true, length: true},
	"长度上限为": {upper: true, length: true}, "最长": {upper: true, length: true}, "can contain a maximum of": {upper: true, length: true},
	"can contain up to": {upper: true, length: true}, "contains a maximum of": {upper: true, length: true},
}

// supportedLeads and supportedTails: the words around a sentence that is an
// English list of supported values ("Supports "TCP" and "UDP".", "TCP, UDP,
// and HTTP are supported."; "One of" is read by oneOf).
var (
	supportedLeads = []string{"Supports "}
	supportedTails = []string{" are supported", " is supported"}
)

// boundGoesOnZH: what may follow the number of a bound in its clause
// besides "and" and "but": the other end ("长度大于0小于256字节").
var boundGoesOnZH = []string{"小于", "且", "并且", "不大于", "不超过"}

// signWords: what says an integer's sign, and so its lowest value ("Value
// must be a non-negative integer."). Not "正整数" or "positive integer",
// which the pages also say of offsets that start at 0.
var signWords = map[string]bound{"非负整数": {}, "non-negative integer": {}, "nonnegative integer": {}}

// quantityUnits: the units a range may give at both its ends ("1 GB to
// 1024 GB", "5Mbit/s~2000Mbit/s"); the field's values count in them.
var quantityUnits = []string{"GB", "MB", "KB", "TB", "GiB", "MiB", "KiB", "TiB", "Mbit/s", "Gbit/s", "kbit/s", "Mbps", "Gbps", "Kbps"}

// rangeSeparators: between the two ends of a range.
var rangeSeparators = []string{"-", "~", "～", "－", "–", "—", "至", "到", "to "}

// rangeTails: what may follow a range before the sentence ends ("1~100之间的整数").
var rangeTails = []string{"之间的整数", "之间的正整数", "之间", "以内", "的整数", "的正整数", "范围内", "(inclusive)", "（包含）", "inclusive", "in length", "long"}

// exclusiveWords: a range that leaves its ends out is not read.
var exclusiveWords = []string{"不包括", "不包含", "不含", "exclusive", "excluding", "开区间"}

// enumSeparators: between the values of an inline list, longest first
// (the words need spaces around them).
var enumSeparators = []string{"，或者", "，以及", ", or", ", and", "、或者", "，或", "，和", "、或", "、和", "或者", "以及", "or", "and", "、", "，", ",", "或", "和", "及", "与", "/", "|"}

// openListWords: a list followed by these is not exhaustive ("A、B等"): not read.
var openListWords = []string{"等", "etc", "such as", "for example", "e.g.", "例如", "比如", "包括但不限于", "including but not limited to", "and so on", "and more", "and others", "and so forth"}

// conditionSpan: an intro after this in its sentence is conditional
// ("type为PATH时，取值范围：…", "If the value is X", "In this case, …"; at
// one site or in some regions only: "华南局点…", "in the eu-de region").
var conditionSpan = regexp.MustCompile(`(?i)时[，,：:\s]|时$|当[^前]|如果|若|此时|对于|局点|\bif\b|\bwhen\b|\bin this case\b|\botherwise\b|\bin (?:the )?[a-z-]+ regions?\b`)

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

// partWords: the words at the head of a paragraph ("WORD: …") that name a
// part of the description, not a value: facet keys and the sides of a pair,
// in any case; facetKeyWords: those that are keys only as written ("Default:
// TCP", where "default：默认方式" and "OPTIONS" are values).
var (
	partWords = map[string]bool{
		"key": true, "value": true, "minimum": true, "maximum": true, "min": true, "max": true,
		"range": true, "length": true, "enumeration": true, "enumerated": true,
	}
	facetKeyWords = map[string]bool{"Default": true, "Options": true, "Values": true, "Type": true}
)

// noDefault: what a default-value column, or a label of the newer pages'
// layout ("默认取值：" + "不涉及", "Default Value" + "N/A"), holds for "no
// value" (in upper case).
var noDefault = map[string]bool{"": true, "-": true, "—": true, "N/A": true, "NA": true, "NONE": true, "不涉及": true, "无": true}

// reversedValueIntros: what may stand between the colon and the value of an
// item that gives its meaning first ("Public image: The value is gold.").
var reversedValueIntros = []string{"the value is", "the value can be"}

// clauseMeaningWords: what follows the value of a clause that explains it
// ("7表示管理权限，3表示编辑权限", "DATA indicates a data disk. SYS indicates
// a system disk.").
var clauseMeaningWords = []string{"表示", "代表", "indicates ", "means ", "represents ", "stands for "}

// clauseLeadWords: what may stand before the value of such a clause, in
// order ("and SNAPSHOTTING indicates…", "Value REBOOTING indicates…").
var clauseLeadWords = []string{"and ", "or ", "the value ", "value "}

// partsIntro: a paragraph that explains the parts of a format or a value
// ("格式为hh:mm，其中hh表示小时"), whose clauses are not a list of values.
var partsIntro = regexp.MustCompile(`(?i)其中|格式|\bformat\b|\bwhere\b`)

// maxReversedLabel bounds the label of such an item, in bytes: a name, not a
// sentence.
const maxReversedLabel = 48

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

// emptyWords: the words a list item may start with, before its colon, for
// an empty value: true for the empty string, a value of its own (a string's:
// "空值：可用" is what "phase": "" means); false for the field not sent,
// which adds no value (as null does).
var emptyWords = map[string]bool{
	"空字符串": true, "空串": true, `""`: true, "“”": true, "empty string": true, "an empty string": true,
	"空": true, "空值": true, "为空": true, "不传": false, "不填": false, "未传": false,
}

// itemValueLeads are the words a list item may start with before its quoted
// value ("值为“Running”，表示…").
var itemValueLeads = []string{"取值为", "值为", "取"}

// placeholderValue: a value that stands for others ("compute:xxx", "*", "...",
// "Non-0", "UUID" for an id): a list holding one is a pattern, not an enum.
// A lower-case "uuid" among attribute names is one of them ("created_at,
// host, uuid").
var placeholderValue = regexp.MustCompile(`(?i:xxx|\*|\.\.\.|…|^\{[^}]*\}$|^non-|yyyy)|^UUID$`)

// multiValue: a description that says several values combine in one
// ("多个类型用逗号分隔", "separated by commas"), or that patterns stand for
// several ("允许使用通配符"): its list is not an enum.
var multiValue = regexp.MustCompile(`(?i)(?:逗号|中划线|分号|空格|竖线)(?:分隔|隔开|分开|分割|间隔)|以逗号|用逗号|使用逗号|comma-separated|separated (?:by|with) (?:a )?commas?|多个值|(?:允许|支持|可以|可)(?:使用)?(?:以下)?通配符|使用通配符|\bwildcards\b|\bwildcard characters?\b`)

// asciiRun: a run of ASCII letters, digits and identifier punctuation.
var asciiRun = regexp.MustCompile(`[A-Za-z0-9_:.\-]+`)

// namesIntro: a description whose list names parts, not values ("包含以下
// 字段：", "目前支持的配置项：", "The following parameters:"): the noun of
// parts ends the clause or follows 以下 / "following", it is not a word of
// a name ("集群参数状态。" lists states, "Indicates whether the parameters
// can be modified." what 0 and 1 mean).
var namesIntro = regexp.MustCompile(`(?i)(?:字段|配置项|参数|属性)(?:名|名称|说明|如下|如下所示|包括|有)?[：:。，,\s]*$|(?:以下|如下|下列)(?:[0-9两二三四五六七八九十几]+(?:个|种|类))?(?:的)?(?:字段|配置项|参数|属性)|\b(?:following|these|below)\b[^.:]{0,24}\b(?:fields?|parameters?|attributes?|keys?|operators?)\b|\b(?:fields?|parameters?|attributes?|keys?|operators?)\b(?: (?:are|is) (?:as follows|included|supported))?[\s:：.]*$`)

// formatIntro: a description that gives a format ("The value is in format
// of "{type}:{spec}"", "格式为…"): the list after it names the format's parts.
var formatIntro = regexp.MustCompile(`(?i)\bin (?:the )?format\b|\bformat (?:is|of)\b|\bformatted as\b|格式为|格式如下|格式是`)

// selfReference: the words by which a description speaks of its own field
// ("This parameter is mandatory."): they name no parts.
var selfReference = regexp.MustCompile(`(?i)\b(?:this|the) (?:parameter|field)\b|该参数|此参数|本参数|该字段|此字段`)

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
// folded (left out between Chinese words: "是 否必选"), a trailing colon or
// full stop dropped ("说明。").
func normWord(s string) string {
	s = strings.TrimSpace(strings.ToLower(s))
	s = strings.TrimRight(s, ":：。.")
	fs := strings.Fields(s)
	if len(fs) > 1 && s[0] >= utf8.RuneSelf {
		return strings.Join(fs, "") // "是 否必选": Chinese words are written without spaces
	}
	return strings.Join(fs, " ")
}

// mapColumns maps a header row to column roles. A header without a name
// column whose first column and a later one both describe ("参数说明 |
// 参数类型 | 说明") names the parameters in the first.
func mapColumns(header []docparse.Cell) columnMap {
	var m columnMap
	var descs, others []int
	for i, h := range header {
		c := columnWords[normWord(h.Line())]
		if c == colNone || c == colRange || c == colExample || c == colDesc && len(descs) > 0 {
			others = append(others, i) // (a second description column too)
		}
		if c == colDesc {
			descs = append(descs, i)
		}
		if c != colNone && c != colRange && c != colExample && m.idx[c] == 0 {
			m.idx[c] = i + 1 // (a range or an example is read with the description)
		}
	}
	if !m.has(colName) && len(descs) > 1 && descs[0] == 0 {
		m.idx[colName], m.idx[colDesc] = 1, descs[1]+1
	}
	for _, i := range others {
		if !slices.Contains(m.idx[:], i+1) && header[i].Line() != "" {
			m.extra = append(m.extra, i)
		}
	}
	return m
}

// columnMap maps column roles to a table's columns.
type columnMap struct {
	idx [colOptional + 1]int // column index + 1; 0: absent
	// extra are the columns read with the description, under their
	// header: a range, an example, or a column of no known role
	extra []int
}

func (m columnMap) has(c column) bool { return m.idx[c] > 0 }

// col is the index of column c; ok false when the header has none.
func (m columnMap) col(c column) (int, bool) { return m.idx[c] - 1, m.idx[c] > 0 }

// statusCell: the status code at the start of a status table's cell.
var statusCell = regexp.MustCompile(`^\s*([1-5][0-9][0-9])\b`)

// statusOnly: a line that is only a status code and its reason phrase.
var statusOnly = regexp.MustCompile(`^([1-5][0-9][0-9])((?:\s+[A-Za-z][A-Za-z -]*)?)$`)

// arrayMarker: a row name that stands for the elements of an array.
var arrayMarker = regexp.MustCompile(`^[*_]?\\?\[[^\]]{1,20}\\?\][*_]?$`)

// arrayWords: a row name that stands for an array's elements without
// brackets ("数组元素").
var arrayWords = map[string]bool{"数组元素": true, "数组": true}

// keyWords: row names that stand for the keys of a map (keyRowTable).
var keyWords = map[string]bool{"key_val": true, "key-value": true, "key_value": true, "keyvalue": true}

// phraseName: a row name written as words ("VPC ID", "User-defined field key
// and value pair"), not as a member name ("scaling_ configuration _id" is a
// broken one).
var phraseName = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9-]*( [A-Za-z0-9-]+)+$`)

// placeholder: a path's "{name}" placeholders.
var placeholder = regexp.MustCompile(`\{([^{}]+)\}`)

// asciiWord: the ASCII letters and digits of a name.
var asciiWord = regexp.MustCompile(`[A-Za-z0-9]+`)

// numberPrefix: the number that starts a facet's value.
var numberPrefix = regexp.MustCompile(`^[-+]?[0-9]+(?:\.[0-9]+)?`)

// The request-syntax notation (object storage pages): no URI section; the
// method and path are the first line of a code block under a syntax section
// ("DELETE /?cors HTTP/1.1"), the headers follow, then the body.

// requestLine: "METHOD /target HTTP/1.1" (the HTTP version may be missing).
var requestLine = regexp.MustCompile(`^([A-Za-z]+)\s+(/\S*)(?:\s+HTTP/[0-9.]+)?\s*$`)

// statusLine: "HTTP/1.1 204 No Content", "HTTP/1.1 status_code".
var statusLine = regexp.MustCompile(`^HTTP/[0-9.]+\s+(\S+)`)

// syntaxHeaderLine: a header line of a syntax block ("Host: bucketname.obs…",
// "Content-MD5：md5", "Range:bytes=…").
var syntaxHeaderLine = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9-]*)\s*[:：]\s*(.*)$`)

// objectNameWords: path segments that stand for the object's name (key) in a
// request line ("PUT /ObjectName HTTP/1.1", "/destinationObjectName",
// "OPTIONS /object"); lower case. They become the path parameter
// objectKeyParam.
var objectNameWords = map[string]bool{
	"objectname": true, "objectkey": true, "object": true, "destinationobjectname": true, "object-name": true,
	"object_name": true, "objectkeyname": true,
}

// objectKeyParam is the path parameter of an object's name.
const objectKeyParam = "ObjectName"

// bucketHostLabels: the first label of a Host line that names a bucket
// ("bucketname.obs.region.example.com"); lower case. A Host line with a
// domain whose first label is none of these addresses the service itself.
var bucketHostLabels = map[string]bool{
	"bucketname": true, "bucket": true, "examplebucket": true, "bucket-name": true, "{bucketname}": true, "{bucket}": true,
	"mybucket": true,
}

// serviceRootMark is the path key's mark of a request to the service
// endpoint's "/" (the bucket list), which the bucket endpoint's "/" (the
// bucket) would otherwise share.
const serviceRootMark = "service"

// commonHeaders: headers every request or response carries, which the
// common-header pages document (lower case): a syntax block's lines naming
// them are not parameters.
var commonHeaders = map[string]bool{
	"host": true, "date": true, "authorization": true, "content-length": true, "content-type": true, "user-agent": true,
	"accept": true, "accept-encoding": true, "accept-language": true, "accept-charset": true, "connection": true,
	"keep-alive": true, "expect": true, "server": true, "x-obs-request-id": true, "x-obs-id-2": true,
	"x-amz-request-id": true, "x-amz-id-2": true, "x-reserved": true, "x-request-id": true, "etag": true,
	"x-reserved-indicator": true,
}

// transportHeaders: headers the HTTP client sets itself; a table row naming
// one is not a parameter (lower case).
var transportHeaders = map[string]bool{"host": true, "content-length": true}

// selectingHeaders: request headers whose presence makes another operation
// of the same method and URL (a copy rather than an upload); lower case.
var selectingHeaders = map[string]bool{"x-obs-copy-source": true, "x-amz-copy-source": true}

// bodyKind is what a syntax block's body (or its placeholder) is.
type bodyKind int

const (
	bodyNone     bodyKind = iota
	bodyElements          // described by the element tables (XML unless they say JSON)
	bodyXML
	bodyJSON
	bodyBinary // the object's content
	bodyForm   // multipart/form-data
)

// bodyPlaceholders: placeholder lines of a syntax block ("<object Content>",
// "<Response Body>", "Policy written in JSON"), lower case, without the
// angle brackets.
var bodyPlaceholders = map[string]bodyKind{
	"object content": bodyBinary, "object data": bodyBinary, "response body": bodyElements,
	"conditional response body": bodyElements, "optional additional header": bodyNone, "additional header": bodyNone,
	"json body": bodyJSON, "policy json body": bodyJSON, "policy written in json": bodyJSON, "policy content": bodyJSON,
}

// mediaTypeKinds: Content-Type values of a syntax block that say what its
// body is (an object upload's "application/xml" does not: only a body that
// looks like XML is XML).
var mediaTypeKinds = map[string]bodyKind{"application/json": bodyJSON, "multipart/form-data": bodyForm}

// elementKey is the fact an element-table key introduces.
type elementKey int

const (
	keyOther    elementKey = iota + 1 // a fact kept in the description (example, constraint…)
	keyType                           // the element's type word
	keyParent                         // its parent element(s)
	keyChildren                       // its child elements
	keyValues                         // its valid values
	keyDefault                        // its default value
)

// elementKeys: the facts a description cell states after its prose, each
// before a colon ("类型：String父节点：CORSRule。", "Type: XML", "Ancestor:
// None", "有效值：Enabled，Disabled"); lower case.
var elementKeys = map[string]elementKey{
	"类型": keyType, "type": keyType,
	"父节点": keyParent, "父元素": keyParent, "ancestor": keyParent, "ancestors": keyParent, "parent": keyParent,
	"parent node": keyParent, "parent element": keyParent,
	"子节点": keyChildren, "子元素": keyChildren, "children": keyChildren, "child": keyChildren, "child element": keyChildren,
	"有效值": keyValues, "可选值": keyValues, "合法值": keyValues, "取值范围": keyValues, "valid values": keyValues,
	"valid value": keyValues, "value range": keyValues, "possible values": keyValues,
	"默认值": keyDefault, "缺省值": keyDefault, "default": keyDefault, "default value": keyDefault,
	"示例": keyOther, "example": keyOther, "说明": keyOther, "约束": keyOther, "constraints": keyOther, "constraint": keyOther,
	"条件": keyOther, "condition": keyOther, "格式": keyOther, "格式为": keyOther, "format": keyOther, "限制": keyOther,
	"固定值": keyOther, "规格": keyOther, "参数描述": keyOther,
}

// elementTypeWords: type words of element tables that are not type-column
// words (lower case).
var elementTypeWords = map[string]string{
	"container": "object", "xml": "object", "enumeration": "string", "enum": "string", "positive integer": "integer",
	"binary": "string", "date": "string", "http": "string",
}

// noneWords: a parent cell saying the element is the root ("父节点：无",
// "Ancestor: None"); lower case.
var noneWords = map[string]bool{"无": true, "none": true, "n/a": true, "-": true, "null": true}

// alternativeWords separate the names of a parent or children list and the
// values of a valid-values list ("Date或Days", "Expedited, Standard, and Bulk").
var alternativeWords = regexp.MustCompile(`\s*(?:[,，、|;；]|\bor\b|\band\b|或者|或|和)\s*`)

// conditionalRequired: a required cell that makes the element required only
// under a condition ("Mandatory if the Date parameter is absent.").
var conditionalRequired = regexp.MustCompile(`(?i)^(?:mandatory|required|yes|必选|是)\s*[,，]?\s*(?:(?:if|when|unless|for|only)\b|如果|当|若|在)`)

// valueToken: a valid value that can be an enum value (no prose).
var valueToken = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.:*+-]*$`)

// messagePart is what a section of a request-syntax page documents (the
// request and the response sections are told apart by sectionWords).
type messagePart int

const (
	partNone     messagePart = iota
	partParams               // the request's query (and path) parameters
	partHeaders              // request or response headers
	partElements             // the body's elements (or form fields)
)

// messagePartWords: section titles of request-syntax pages.
var messagePartWords = map[string]messagePart{
	"请求消息参数": partParams, "请求参数": partParams, "request parameters": partParams,
	"request parameter": partParams, "request query parameters": partParams,

	"请求消息头": partHeaders, "响应消息头": partHeaders, "request headers": partHeaders,
	"response headers": partHeaders, "request header": partHeaders, "response header": partHeaders,

	"请求消息元素": partElements, "响应消息元素": partElements, "request elements": partElements,
	"response elements": partElements, "请求消息体": partElements, "响应消息体": partElements,
	"request body": partElements, "response body": partElements,
}

// repeatPhrase: an element table's description saying a parent may hold
// several of an element: of the row's own element ("CORSConfiguration下可最多
// 包含100个规则", "Grant元素不能超过100个", "can contain a maximum of 100
// rules"), or of the child the phrase names ("可以配置多条Rule",
// "OptionalFields可以包含多个Field元素"). Group 1 is the phrase ("255个字符"
// counts characters, not elements).
var repeatPhrase = regexp.MustCompile(`(?i)((?:(?:可以|可)?(?:最多|至多)?(?:包含|配置|设置|添加)(?:多个|多条|(?:[2-9]|[1-9][0-9]+)\s*[个条])|不(?:能|可|得)?超过\s*(?:[2-9]|[1-9][0-9]+)\s*个)|\bcan (?:contain|include|hold|have) (?:multiple|a maximum of (?:[2-9]|[1-9][0-9]+)|up to (?:[2-9]|[1-9][0-9]+))\b)(?:[^字节]|$)`)

// manyPrefix: "one or more" before the names of a children fact
// ("子元素：一个或者多个FilterRule").
var manyPrefix = regexp.MustCompile(`(?i)^(?:一个或(?:者)?多个|一个或以上|one or more|multiple)\s*`)

// deprecationWords: a title holding one of these (lower case) documents a
// deprecated operation ("删除队列（废弃）", "(Discarded)", "（不推荐使用）").
var deprecationWords = []string{"废弃", "deprecated", "discarded", "不推荐"}

// titleMarkWords: parenthesised remarks of a title that do not name the
// operation: its status (deprecated, recommended) and the release stage of
// a version ("（2.2.16公测）"); two pages whose titles differ only in these
// and in a version document one operation.
var titleMarkWords = []string{"废弃", "deprecated", "discarded", "不推荐使用", "不推荐", "推荐", "recommended", "公测", "beta"}

// titleVersion: a version in a title, "(2.1.16)", "（1.0.0）", "(V1)",
// "2.2.16公测": group 1 the numbers.
var titleVersion = regexp.MustCompile(`[(（]\s*[vV]?([0-9]+(?:\.[0-9]+)*)[^()（）]*[)）]|[vV]?([0-9]+(?:\.[0-9]+)+)\s*[)）]?\s*$`)

// copySuffix: a file name that numbers a copy of another page's
// ("查询主维度信息列表1.md", "变更云服务器规格-7.md", "创建连接-0.md").
var copySuffix = regexp.MustCompile(`(?:[-_ ][0-9]+|[^\x00-\x7f][0-9]|[(（][0-9]+[)）])$`)

// selectorValue: a constant that may name an operation in a path key
// (after "#"): a value of the URI's query string or of a body field.
var selectorValue = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.:-]*$`)

// olderNotations are the uriReaders notations of the older generation of
// the docs (`PATH：/v1/…` + `Method：GET`): when a page in such a notation
// and one of the current generation would have one operation id, the
// current one keeps it.
var olderNotations = map[string]bool{"pair": true}

// listWords say that a member holds several values.
var listWords = []string{"列表", "数组", "list of", "a list", "array of", "an array"}

// responseWords, in a link's text, say that it names a page documenting a
// response ("Responses (Task)", "响应（任务类）").
var responseWords = []string{"响应", "response"}

// tableNumber: a link's text that names a table by its number ("Table 2",
// "表2", "表 3").
var tableNumber = regexp.MustCompile(`^\s*(?i:table|表)\s*(\d+)\s*$`)

// wellKnownTypes: struct names, by their end, that stand for a scalar in
// the JSON they document, as Kubernetes writes them
// ("io.k8s.apimachinery.pkg.apis.meta.v1.Time object": an RFC 3339 string;
// a Quantity is a string, an IntOrString either).
var wellKnownTypes = []struct {
	suffix string
	typ    typeExpr
}{
	{"meta.v1.time", typeExpr{Type: "string", Format: "date-time"}},
	{"meta.v1.microtime", typeExpr{Type: "string", Format: "date-time"}},
	{"resource.quantity", typeExpr{Type: "string"}},
	{"intstr.intorstring", typeExpr{}},
}

// loneValue is a value an enum intro gives alone ("取值范围：private",
// "取值：v3。"): a token that starts with a letter, without a capital after
// a small letter (words run together, "LinuxWindowsOther", are a list).
var loneValue = regexp.MustCompile(`^(?:[A-Z][A-Z0-9_.-]*|[A-Za-z][a-z0-9_.-]*)$`)

// scalarTypeWords are type words that a lone value after "Valid values:"
// may be, meaning the type, not a value ("Valid values: String").
var scalarTypeWords = map[string]bool{"string": true, "integer": true, "int": true, "long": true, "boolean": true,
	"bool": true, "number": true, "float": true, "double": true, "object": true, "array": true, "character": true}

// valueCaptionSuffixes end the caption of a table of a field's values
// ("tls_ciphers_policy取值说明", "status values").
var valueCaptionSuffixes = []string{"取值说明", "取值列表", "的取值", "取值", " values", " value description", " value"}
