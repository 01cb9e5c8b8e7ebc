package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docspec/docspec/generator/internal/docparse"
)

// section kinds
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

func classifySection(title string) section {
	return lookupNormal(sectionWords, title)
}

// normWord lower-cases, trims and folds inner white space.
func normWord(s string) string {
	s = strings.TrimSpace(toLower(s))
	s = strings.TrimRight(s, ":：")
	return joinFields(s)
}

// lookupNormal is m[normWord(s)] for a map whose keys are normal words.
// A key as written needs no normWord, nor does a short ASCII word whose
// only white space is single inner spaces and which has no colon: its normal
// word is its lower case, made in a buffer.
func lookupNormal[V any](m map[string]V, s string) V {
	if v, ok := m[s]; ok {
		return v
	}
	var buf [32]byte
	if s == "" || len(s) > len(buf) {
		return m[normWord(s)]
	}
	space := true // before the word: a leading space needs normWord
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf || c < ' ' || c == ':':
			return m[normWord(s)]
		case c == ' ':
			if space {
				return m[normWord(s)]
			}
			space = true
		default:
			space = false
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
		}
		buf[i] = c
	}
	if space {
		return m[normWord(s)] // a trailing space
	}
	return m[string(buf[:len(s)])]
}

// joinFields is strings.Join(strings.Fields(s), " "): s itself (no
// allocation) when it has no white space but single inner spaces.
func joinFields(s string) string {
	space := true // before the text: a leading space changes s
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ':
				if space {
					return strings.Join(strings.Fields(s), " ")
				}
				space = true
			case '\t', '\n', '\v', '\f', '\r':
				return strings.Join(strings.Fields(s), " ")
			default:
				space = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return strings.Join(strings.Fields(s), " ")
		}
		space = false
		i += n
	}
	if space && s != "" {
		return strings.Join(strings.Fields(s), " ") // a trailing space
	}
	return s
}

// column roles of a parameter table
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

// columnMap maps a header row to column roles.
type columnMap struct {
	idx [colExample + 1]int // column index + 1; 0: absent
}

func (m *columnMap) has(c column) bool { return m.idx[c] > 0 }

// col is the index of column c; ok false when the header has none.
func (m *columnMap) col(c column) (int, bool) { return m.idx[c] - 1, m.idx[c] > 0 }

func mapColumns(header []docparse.Cell) columnMap {
	var m columnMap
	for i, h := range header {
		c := lookupNormal(columnWords, h.Line())
		if c == colNone {
			continue
		}
		if m.idx[c] == 0 {
			m.idx[c] = i + 1
		}
	}
	return m
}

var statusWords = map[string]bool{
	"状态码": true, "返回值": true, "返回码": true, "status code": true, "returned value": true,
	"return code": true, "status codes": true, "http状态码": true, "code": true,
}

// table roles from captions
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

func captionRole(caption string) tableRole {
	c := toLower(caption)
	switch {
	case c == "":
		return roleUnknown
	case strings.Contains(c, "响应header") || strings.Contains(c, "响应头") || strings.Contains(c, "response header"):
		return roleRespHeader
	case strings.Contains(c, "响应body") || strings.Contains(c, "响应参数") || strings.Contains(c, "response body") || strings.Contains(c, "response parameter"):
		return roleRespBody
	case strings.Contains(c, "header"):
		return roleHeader
	case strings.Contains(c, "query"):
		return roleQuery
	case strings.Contains(c, "路径参数") || strings.Contains(c, "path parameter") || strings.Contains(c, "uri参数"):
		return rolePath
	case strings.Contains(c, "请求body") || strings.Contains(c, "请求参数") || strings.Contains(c, "request body") || strings.Contains(c, "request parameter"):
		return roleBody
	}
	return roleUnknown
}

var httpMethods = map[string]bool{"GET": true, "POST": true, "PUT": true, "DELETE": true, "PATCH": true, "HEAD": true, "OPTIONS": true}
