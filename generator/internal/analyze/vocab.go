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

// exampleWords: list items that open examples inside a section
// ("-   Example request" under "## Request", "-   响应样例" under "## 示例").
var exampleWords = map[string]section{
	"example request": secReqExample, "request example": secReqExample, "sample request": secReqExample,
	"请求样例": secReqExample, "请求示例": secReqExample, "请求成功样例": secReqExample, "请求消息样例": secReqExample,
	"example response": secRespExample, "response example": secRespExample, "sample response": secRespExample,
	"响应样例": secRespExample, "响应示例": secRespExample, "成功响应样例": secRespExample, "响应消息样例": secRespExample,
	"example responses": secRespExample, "example requests": secReqExample,
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

// Operation and struct names (names.go).

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
	"Copy": true, "Upload": true, "Download": true, "Abort": true, "Complete": true, "Initiate": true, "Append": true, "Restore": true}

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
	"lives": "life", "aliases": "alias", "indices": "index", "children": "child", "people": "person"}

// cloudPrefix: "cloudservers", "cloudimages" name servers and images.
const cloudPrefix = "cloud"

// paramSuffixes: a placeholder's last word that is not the resource's, "server_id".
var paramSuffixes = map[string]bool{"id": true, "name": true, "urn": true, "key": true, "uuid": true}

// listSegments: a last segment that lists its collection, "…/servers/detail".
var listSegments = map[string]bool{"list": true, "detail": true, "details": true}

// actionSegments: a last segment whose body says which action to take.
var actionSegments = map[string]bool{"action": true, "actions": true}

// genericSegments: resources that belong to their parent (…/{vpc_id}/tags → VpcTags).
var genericSegments = map[string]bool{"tags": true, "tag": true, "metadata": true}

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
	"move": "Move", "send": "Send", "rename": "Rename", "refresh": "Refresh", "login": "Login", "logout": "Logout",
}

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

// statusLine: a line that is only a status code and its reason phrase.
var statusLine = regexp.MustCompile(`^([1-5][0-9][0-9])((?:\s+[A-Za-z][A-Za-z -]*)?)$`)

// placeholder: a path's "{name}" placeholders.
var placeholder = regexp.MustCompile(`\{([^{}]+)\}`)

// asciiWord: the ASCII letters and digits of a name.
var asciiWord = regexp.MustCompile(`[A-Za-z0-9]+`)

// numberPrefix: the number that starts a facet's value.
var numberPrefix = regexp.MustCompile(`^[-+]?[0-9]+(?:\.[0-9]+)?`)
