package analyze

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/internal/docparse"
	"github.com/docspec/docspec/generator/model"
)

// readExamples attaches the JSON examples of the example sections. In a
// section of both kinds ("## 示例"), a block is a request example when a
// label before it says so or when it starts with the request line, else a
// response example.
func (c *pageCtx) readExamples(secs []*sectionBlocks) {
	for _, s := range secs {
		secKind := exampleKind(s)
		if secKind == secOther {
			continue
		}
		kind := secKind
		status := ""
		summary := ""
		failed := failureLabel(s.title) // "## 异常响应", "-   请求失败样例"
		for _, b := range s.blocks {
			switch b.Kind {
			case docparse.Text:
				if code := statusOf(b.Text); code != "" {
					status = code
					continue
				}
				if strings.HasPrefix(b.Text, ">") {
					continue // a note ("> **NOTICE:** …"), not which example follows
				}
				label := bulletLabel(b.Text)
				failed = failureLabel(label)
				if k, ok := exampleLabel(label); ok && secKind == secExample {
					kind = k
					continue
				}
				if t := docparse.CleanText(label); !reqLine.MatchString(t) && !conjunctionWords[strings.ToLower(t)] {
					summary = t // not a request line, nor "or" between two examples
				}
			case docparse.Code:
				k, st := kind, status
				if st == "" && failed {
					st = errorStatus
				}
				if code := codeStatus(b.Text); code != "" {
					// "Http Status Code: 400" before the JSON: an answer,
					// whatever the label said
					k, st = secRespExample, code
				}
				if k == secExample {
					k = secRespExample
					if first, _, _ := strings.Cut(strings.TrimSpace(b.Text), "\n"); reqLine.MatchString(strings.TrimSpace(first)) || strings.HasPrefix(first, "curl ") {
						k = secReqExample
					}
				}
				if k == secReqExample {
					c.requestExample(b, summary)
				} else {
					c.responseExample(b, st, summary)
				}
				if start, _ := jsonStart(b.Text); start >= 0 || strings.HasPrefix(strings.TrimSpace(b.Text), "curl ") {
					summary = "" // a block of only the request line leaves it to the JSON after it
				}
			}
		}
	}
}

// conjunctionWords: a paragraph of one of these between two examples joins
// them; it says what neither is.
var conjunctionWords = map[string]bool{"or": true, "and": true, "或": true, "或者": true, "和": true}

// bodyExamples reads the JSON blocks that no label introduces in a request
// or response section with tables, when the block is an object of that
// body's fields only (the request's JSON after the request's table): the
// block shows that body. Other blocks stay unattached (unlabelledExamples).
func (c *pageCtx) bodyExamples(secs []*sectionBlocks) {
	for _, s := range secs {
		if exampleKind(s) != secOther || s.kind != secRequest && s.kind != secResponse {
			continue
		}
		var body *model.Body
		status := ""
		if s.kind == secRequest {
			body = c.op.RequestBody
		} else if r := c.successResponse(); r != nil {
			body, status = r.Body, r.Status
		}
		if body == nil || body.Schema == nil || len(body.Schema.Fields) == 0 {
			continue
		}
		for _, b := range s.blocks {
			if b.Kind != docparse.Code || !membersOf(b, body.Schema) {
				continue
			}
			if c.bodyBlocks == nil {
				c.bodyBlocks = map[int]bool{}
			}
			c.bodyBlocks[b.Pos.Line] = true
			if s.kind == secRequest {
				c.requestExample(b, "")
			} else {
				c.responseExample(b, status, "")
			}
		}
	}
}

// successResponse is the operation's first successful response with a
// body schema; nil when none has one.
func (c *pageCtx) successResponse() *model.Response {
	for _, r := range c.op.Responses {
		if strings.HasPrefix(r.Status, "2") && r.Body != nil && r.Body.Schema != nil {
			return r
		}
	}
	return nil
}

// membersOf says whether a code block holds a JSON object whose members
// (one at least) are all fields of s.
func membersOf(b docparse.Block, s *model.Schema) bool {
	start, off, _ := jsonStartAt(b.Text)
	if start < 0 {
		return false
	}
	v, _, _ := readJSON(b.Text[off:], 1, "")
	if v == nil || v.kind != 'o' || len(v.keys) == 0 {
		return false
	}
	return !slices.ContainsFunc(v.keys, func(k string) bool { return fieldOf(s, k) == nil })
}

// exampleKind is the kind of examples a section holds: its own for an
// example section; for a request or response section without a table that
// holds JSON (the body's tables are elsewhere, "## Normal Response" holds
// only its JSON), a request or response example; secOther for a section of
// no examples.
func exampleKind(s *sectionBlocks) section {
	switch s.kind {
	case secReqExample, secRespExample, secExample:
		return s.kind
	case secRequest, secResponse:
		if s.tables || s.resumed || !slices.ContainsFunc(s.blocks, holdsJSON) {
			return secOther // ("{}" says nothing)
		}
		if s.kind == secRequest {
			return secReqExample
		}
		return secRespExample
	}
	return secOther
}

// unlabelledExamples reports the JSON blocks that no example label
// introduces, in the sections that hold no examples (request and response
// sections, and any other but the written out request and response of
// object storage), and in every section when the page's examples are not
// read (object storage's pages without a JSON body): the page does not say
// whose example they are, so they are not attached. Empty ones ("{}") say
// nothing and are passed over, and so are blocks that only look like JSON
// ("[264 Byte object content]").
func (c *pageCtx) unlabelledExamples(secs []*sectionBlocks, examplesRead bool) {
	for _, s := range secs {
		example := exampleKind(s) != secOther
		if example && examplesRead || s.kind == secReqSyntax || s.kind == secRespSyntax {
			continue
		}
		why := " that no example label introduces"
		if example {
			why = ", on a page whose bodies are not JSON"
		}
		for _, b := range s.blocks {
			if holdsJSON(b) && !c.bodyBlocks[b.Pos.Line] {
				c.diags.Report(b.Pos, diag.UnlabelledExample, "a JSON block in section %q%s: not read as an example", s.title, why)
			}
		}
	}
}

// holdsJSON reports whether a code block holds JSON that says something,
// after any request line and headers: an object (not "{}") or its members,
// or an array (not "[]") that reads as JSON, maybe mended ("[264 Byte
// object content]" only looks like one); or JSON after text that is not
// read.
func holdsJSON(b docparse.Block) bool {
	if b.Kind != docparse.Code {
		return false
	}
	start, off, _ := jsonStartAt(b.Text)
	if start < 0 {
		return holdsJSONLine(b.Text) // JSON after text that is not read
	}
	src := b.Text[off:]
	switch t := strings.TrimSpace(src); {
	case t == "{}" || t == "[]":
		return false
	case strings.HasPrefix(t, "{") || memberLine.MatchString(t):
		return true
	case !strings.HasPrefix(t, "["):
		return false
	}
	v, _, _ := readJSON(src, 1, "")
	return v != nil
}

// readJSON parses src, or when it is not valid JSON, src mended
// (mendJSON): the value, nil when neither parses; mends what was mended to
// read it, and err src's own error.
func readJSON(src string, firstLine int, file string) (v *jv, mends []mend, err error) {
	if v, err = parseJSON(src, firstLine, file); err == nil {
		return v, nil, nil
	}
	if mended, ms := mendJSON(src); ms != nil {
		if mv, merr := parseJSON(mended, firstLine, file); merr == nil {
			return mv, ms, err
		}
	}
	return nil, nil, err
}

func (c *pageCtx) requestExample(b docparse.Block, summary string) {
	v, pos, ok := c.exampleJSON(b)
	if !ok {
		return
	}
	if c.op.RequestBody == nil {
		// A method that sends a body and an example of it that no table
		// documents.
		body := &model.Body{Pos: pos}
		if !maySendBody(c.op.Method) || !c.bodyFromExample(v, body, "RequestBody", "request") {
			c.diags.Report(pos, diag.ExampleWithoutBody, "request example, but no request body table: example not attached")
			return
		}
		c.op.RequestBody = body
	}
	body := c.op.RequestBody
	ex := &model.Example{Name: exampleName(len(body.Examples)), Summary: summary, JSON: v.json(), Pos: pos}
	body.Examples = append(body.Examples, ex)
	if len(body.Examples) == 1 {
		c.listBodyFromExample(requestExampleWhat, v, body)
	}
	c.shapeFromExample(requestExampleWhat, v, body.Schema, len(body.Examples) == 1)
	ex.Problems = c.checkExample(requestExampleWhat, v, body.Schema)
	// Kubernetes' PATCH: "Content-Type: application/merge-patch+json"
	sent := body.MediaType
	if sent == "" {
		sent = "application/json"
	}
	switch mt := declaredMediaType(b.Text, summary); {
	case mt == "" || mt == sent:
	case len(body.Examples) == 1 && body.MediaType == "":
		body.MediaType = mt // the first example's is the body's
	default:
		ex.Problems = append(ex.Problems, fmt.Sprintf("the example is sent as %s, the body as %s", mt, sent))
	}
}

// declaredMediaType is the JSON media type a request example says it is
// sent as, on a header line before its JSON or in its label
// ("Content-Type: application/json-patch+json"); "" when it says none.
func declaredMediaType(code, label string) string {
	if _, off := jsonStart(code); off > 0 {
		if m := contentTypeLine.FindStringSubmatch(code[:off]); m != nil {
			return jsonMediaType(m[1])
		}
	}
	if m := contentTypeLine.FindStringSubmatch(label); m != nil {
		return jsonMediaType(m[1])
	}
	return ""
}

// jsonMediaType is mt, lower case, when it is a JSON media type
// (application/json, application/merge-patch+json), else "".
func jsonMediaType(mt string) string {
	mt = strings.ToLower(mt)
	if mt == "application/json" || strings.HasSuffix(mt, "+json") {
		return mt
	}
	return ""
}

// contentTypeLine: "Content-Type: application/merge-patch+json".
var contentTypeLine = regexp.MustCompile(`(?i)content-type\s*:\s*([a-z]+/[a-z0-9.+-]+)`)

func (c *pageCtx) responseExample(b docparse.Block, status, summary string) {
	v, pos, ok := c.exampleJSON(b)
	if !ok {
		return
	}
	if (status == "" || strings.HasPrefix(status, "2")) && c.errorShaped(v, status) {
		// "Example response … or {"badRequest": {"message": …}}": an answer
		// to a failed request under a success label
		status = errorStatus
	}
	var resp *model.Response
	for _, r := range c.op.Responses {
		if r.Status == status || (status == "" && strings.HasPrefix(r.Status, "2")) ||
			(status == errorStatus && !strings.HasPrefix(r.Status, "2")) {
			resp = r
			break
		}
	}
	if resp == nil {
		switch code := status; {
		case status == errorStatus:
			// the answer to a failed request, of no status: any status the
			// page does not document
			code = "default"
			fallthrough
		case status != "" && (status[0] == '4' || status[0] == '5'):
			resp = &model.Response{Status: code, Description: defaultDescription(code), Pos: pos}
			c.op.Responses = append(c.op.Responses, resp)
			c.diags.Report(pos, diag.ExampleErrorStatus, "response example of a failed request (%s), which the page documents no response for: attached to a %s response of its own", statusWords(status), code)
		default:
			c.diags.Report(pos, diag.ExampleUnknownStatus, "response example for status %s, which the page does not document: not attached", status)
			return
		}
	}
	if resp.Body == nil {
		resp.Body = &model.Body{Pos: pos}
	}
	ex := &model.Example{Name: exampleName(len(resp.Body.Examples)), Summary: summary, JSON: v.json(), Pos: pos}
	resp.Body.Examples = append(resp.Body.Examples, ex)
	if resp.Body.Schema == nil && len(resp.Body.Examples) == 1 && strings.HasPrefix(resp.Status, "2") {
		c.bodyFromExample(v, resp.Body, responseSuffix(resp.Status), "response "+resp.Status)
	}
	if resp.Body.Schema != nil {
		what := "response " + resp.Status + " example"
		if len(resp.Body.Examples) == 1 {
			c.listBodyFromExample(what, v, resp.Body)
			if x := c.externalOf(resp.Body.Schema); x != nil && x.Field == "" {
				x.Keys = v.keys // which of the linked page's bodies it is (xref.go)
			}
		}
		c.shapeFromExample(what, v, resp.Body.Schema, len(resp.Body.Examples) == 1)
		ex.Problems = c.checkExample(what, v, resp.Body.Schema)
	}
}

// statusWords names an example's status in a message.
func statusWords(status string) string {
	if status == errorStatus {
		return "no status given"
	}
	return "status " + status
}

// errorStatus stands for the status of an example of a failed request that
// gives no code: the page's first error status.
const errorStatus = "error"

// errorShaped reports whether an example is the answer to a failed request
// that the success status's body does not document: {"error_code": …,
// "error_msg": …}, an object of members that an error status's table
// documents, or one member holding a message ({"badRequest": {"message": …,
// "code": 400}}, {"error": {"message": …}}).
func (c *pageCtx) errorShaped(v *jv, status string) bool {
	if v.kind != 'o' || len(v.keys) == 0 {
		return false
	}
	var body *model.Schema
	for _, r := range c.op.Responses {
		if (r.Status == status || status == "" && strings.HasPrefix(r.Status, "2")) && r.Body != nil {
			body = r.Body.Schema
			break
		}
	}
	documented := func(k string) bool { return body != nil && fieldOf(body, k) != nil }
	if slices.ContainsFunc(v.keys, documented) {
		return false
	}
	if member(v, "error_code") != nil && (member(v, "error_msg") != nil || member(v, "error_message") != nil) {
		return true
	}
	for _, r := range c.op.Responses {
		// every member is one an error status's table documents
		if e := r.Body; !strings.HasPrefix(r.Status, "2") && e != nil && e.Schema != nil &&
			!slices.ContainsFunc(v.keys, func(k string) bool { return fieldOf(e.Schema, k) == nil }) {
			return true
		}
	}
	if len(v.keys) != 1 {
		return false
	}
	inner := v.vals[0]
	return inner.kind == 'o' && (member(inner, "message") != nil || member(inner, "error_msg") != nil)
}

func exampleName(n int) string {
	if n == 0 {
		return "example"
	}
	return fmt.Sprintf("example%d", n+1)
}

// requestExampleWhat is what a request's example is called in diagnostics;
// a response's is "response 200 example".
const requestExampleWhat = "request example"

var (
	reqLine    = regexp.MustCompile(`^(?i)(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)(\s+\S+|$)`)
	headerLine = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9-]*\s*:\s*\S`)
	// codeStatusLine: the status an example's code block opens with
	// ("Http Status Code: 200", "Http Status: 200", "STATUS CODE 200",
	// "状态码：400", "HTTP/1.1 201 Created", "HTTP / 1.1 404 Not Found").
	codeStatusLine = regexp.MustCompile(`^(?i)(?:(?:http\s*)?(?:status(?:\s*code)?|状态码)\s*[:：]?\s*|HTTP\s*/\s*[0-9.]+\s+)([1-5][0-9][0-9])\b`)
	// codeLabelLine: a label an example's code block opens with, alone on
	// its line ("响应Body参数：", "Body:").
	codeLabelLine = regexp.MustCompile(`^[^{}\[\]":：]{1,40}[:：]$`)
	// codePreamble: the other lines an example's code block may open with:
	// a path alone ("/v2/{project_id}/fgs/functions HTTP/1.1"), a comment
	// ("// Example 1", "# request"), a list item's fence ("-   ```").
	codePreamble = regexp.MustCompile("^(?:/\\S*(?:\\s+HTTP/[0-9.]+)?|//.*|#.*|(?:-\\s+)?```\\w*)$")
)

// curlData finds the body of a curl command line: the single-quoted
// argument of -d, --data, --data-raw or --data-binary.
var curlData = regexp.MustCompile(`(?:^|\s)(?:-d|--data|--data-raw|--data-binary)\s*'`)

// exampleJSON finds the JSON document of a code block: leading request,
// status and header lines are skipped, a curl command's data argument is
// read; blocks that are not JSON are ignored.
func (c *pageCtx) exampleJSON(b docparse.Block) (*jv, diag.Pos, bool) {
	if text := strings.TrimSpace(b.Text); strings.HasPrefix(text, "curl ") {
		loc := curlData.FindStringIndex(b.Text)
		if loc == nil {
			return nil, b.Pos, false
		}
		data, _, ok := strings.Cut(b.Text[loc[1]:], "'")
		if t := strings.TrimSpace(data); !ok || t == "" || t[0] != '{' && t[0] != '[' {
			return nil, b.Pos, false
		}
		b.Text = strings.Repeat("\n", strings.Count(b.Text[:loc[1]], "\n")) + data
	}
	start, off, stop := jsonStartAt(b.Text)
	if start < 0 {
		if stop != "" && holdsJSONLine(b.Text) {
			c.diags.Report(b.Pos, diag.InvalidExampleJSON, "example is not valid JSON: before its JSON comes %q, which is not a request line, a status, a header or a label", stop)
		}
		return nil, b.Pos, false
	}
	firstLine := b.Pos.Line + 1 + start
	src := b.Text[off:]
	v, mends, err := readJSON(src, firstLine, b.Pos.File)
	if err != nil {
		var pe *jsonError
		pos := diag.Pos{File: b.Pos.File, Line: firstLine}
		if errors.As(err, &pe) {
			pos.Line = pe.line
		}
		if v == nil {
			c.diags.Report(pos, diag.InvalidExampleJSON, "example is not valid JSON: %v", err)
			return nil, pos, false
		}
		c.diags.Report(pos, diag.MendedExampleJSON, "example is not valid JSON: %v; read with %s mended", err, joinMends(mends))
		if slices.Contains(mends, mendMissingClose) {
			if c.closedByGuess == nil {
				c.closedByGuess = map[*jv]bool{}
			}
			c.closedByGuess[v] = true
		}
	}
	return v, diag.Pos{File: b.Pos.File, Line: firstLine}, true
}

// jsonStart finds the JSON of a code block after the request line, URL,
// status line and headers that may come first: the index of its first line
// and that line's offset; -1 when the block holds no JSON (prose, shell,
// XML…).
func jsonStart(text string) (line, off int) {
	line, off, _ = jsonStartAt(text)
	return line, off
}

// jsonStartAt is jsonStart, with the line it stopped at when it found no
// JSON ("" at the block's end).
func jsonStartAt(text string) (line, off int, stop string) {
	for i, rest := 0, text; ; i++ {
		l, after, more := strings.Cut(rest, "\n")
		t := strings.TrimSpace(l)
		if len(t) > 2 && t[0] == '"' && t[len(t)-1] == '"' && !strings.Contains(t, "\":") {
			t = t[1 : len(t)-1] // a quoted line ("\"POST https://…\"")
		}
		switch {
		case t == "":
		case t[0] == '{' || t[0] == '[' || memberLine.MatchString(t) && strings.TrimSpace(after) != "":
			return i, off, "" // an object's members, without braces, on more than one line
		case reqLine.MatchString(t) || strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://") ||
			strings.HasPrefix(t, "HTTP/") || headerLine.MatchString(t) || codeStatusLine.MatchString(t) ||
			codeLabelLine.MatchString(t) || codePreamble.MatchString(t):
		default:
			return -1, 0, strings.TrimSpace(l)
		}
		if !more {
			return -1, 0, ""
		}
		off += len(l) + 1
		rest = after
	}
}

// holdsJSONLine reports whether a code block has a line that opens a JSON
// object or array ("{", "[", "{\"key\"…", "[{"), after text jsonStart does
// not read: an example lost unless reported (prose, shell and XML blocks
// have no such line).
func holdsJSONLine(text string) bool {
	for _, l := range strings.Split(text, "\n") {
		if t := strings.TrimSpace(l); t == "{" || t == "[" || strings.HasPrefix(t, "{\"") || strings.HasPrefix(t, "[{") {
			return true
		}
	}
	return false
}

// codeStatus is the status a code block gives on a line before its JSON
// ("Http Status Code: 400"); "" when it gives none.
func codeStatus(text string) string {
	for rest := text; rest != ""; {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if t[0] == '{' || t[0] == '[' {
			return ""
		}
		if m := codeStatusLine.FindStringSubmatch(t); m != nil {
			return m[1]
		}
	}
	return ""
}

// jv is a JSON value with the line it starts on.
type jv struct {
	line  int
	kind  byte // o a s n b z(null)
	keys  []string
	vals  []*jv
	str   string
	num   json.Number
	boolV bool
}

// json writes the value as compact JSON, keys in the docs' order.
func (v *jv) json() string {
	var b strings.Builder
	v.appendJSON(&b)
	return b.String()
}

func (v *jv) appendJSON(b *strings.Builder) {
	switch v.kind {
	case 'o':
		b.WriteByte('{')
		for i, k := range v.keys {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSONString(b, k)
			b.WriteByte(':')
			v.vals[i].appendJSON(b)
		}
		b.WriteByte('}')
	case 'a':
		b.WriteByte('[')
		for i, e := range v.vals {
			if i > 0 {
				b.WriteByte(',')
			}
			e.appendJSON(b)
		}
		b.WriteByte(']')
	case 's':
		writeJSONString(b, v.str)
	case 'n':
		b.WriteString(v.num.String())
	case 'b':
		if v.boolV {
			b.WriteString("true")
		} else {
			b.WriteString("false")
		}
	default:
		b.WriteString("null")
	}
}

func writeJSONString(b *strings.Builder, s string) {
	data, _ := json.Marshal(s)
	b.Write(data)
}

type jsonError struct {
	line int
	msg  string
}

func (e *jsonError) Error() string { return e.msg }

// parseJSON decodes src through encoding/json's tokens, keeping the line of
// every value; trailing content after the first document is an error, and
// an error says what is wrong and where.
func parseJSON(src string, firstLine int, file string) (*jv, error) {
	dec := json.NewDecoder(strings.NewReader(src))
	dec.UseNumber()
	lastO, lastN := 0, 0 // newlines before lastO: the offsets mostly grow
	lineAt := func(off int64) int {
		o := int(off)
		for o < len(src) && strings.IndexByte(" \t\r\n:,", src[o]) >= 0 {
			o++
		}
		if o > len(src) {
			o = len(src)
		}
		if o >= lastO {
			lastN += strings.Count(src[lastO:o], "\n")
		} else {
			lastN = strings.Count(src[:o], "\n")
		}
		lastO = o
		return firstLine + lastN
	}
	var read func(depth int) (*jv, error)
	read = func(depth int) (*jv, error) {
		if depth > 256 {
			return nil, &jsonError{line: lineAt(dec.InputOffset()), msg: "nested too deeply"}
		}
		line := lineAt(dec.InputOffset())
		tok, err := dec.Token()
		if err != nil {
			return nil, wrapJSONErr(err, src, firstLine, dec.InputOffset())
		}
		v := &jv{line: line}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{':
				v.kind = 'o'
				for dec.More() {
					kl := lineAt(dec.InputOffset())
					kt, err := dec.Token()
					if err != nil {
						return nil, wrapJSONErr(err, src, firstLine, dec.InputOffset())
					}
					k, ok := kt.(string)
					if !ok {
						return nil, &jsonError{line: kl, msg: "object key is not a string"}
					}
					val, err := read(depth + 1)
					if err != nil {
						return nil, err
					}
					v.keys = append(v.keys, k)
					v.vals = append(v.vals, val)
				}
			case '[':
				v.kind = 'a'
				for dec.More() {
					val, err := read(depth + 1)
					if err != nil {
						return nil, err
					}
					v.vals = append(v.vals, val)
				}
			default:
				return nil, &jsonError{line: line, msg: fmt.Sprintf("unexpected %q", t)}
			}
			if _, err := dec.Token(); err != nil {
				return nil, wrapJSONErr(err, src, firstLine, dec.InputOffset())
			}
		case string:
			v.kind, v.str = 's', t
		case json.Number:
			v.kind, v.num = 'n', t
		case bool:
			v.kind, v.boolV = 'b', t
		case nil:
			v.kind = 'z'
		}
		return v, nil
	}
	v, err := read(0)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &jsonError{line: lineAt(dec.InputOffset()), msg: "more than one JSON value in the block"}
	}
	return v, nil
}

func wrapJSONErr(err error, src string, firstLine int, off int64) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off = se.Offset
	}
	o := min(int(off), len(src))
	if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
		return &jsonError{line: firstLine + strings.Count(src[:o], "\n"), msg: "unexpected end of JSON"}
	}
	line := firstLine + bytes.Count([]byte(src[:o]), []byte("\n"))
	msg := err.Error()
	// encoding/json names the first byte of a character: name it whole
	for _, at := range []int{o, o - 1} {
		if at >= 0 && at < len(src) && src[at] >= utf8.RuneSelf {
			if r, _ := utf8.DecodeRuneInString(src[at:]); r != utf8.RuneError {
				msg = strings.Replace(msg, fmt.Sprintf("%q", rune(src[at])), fmt.Sprintf("%q", r), 1)
				break
			}
		}
	}
	return &jsonError{line: line, msg: msg}
}

// checkExample reports every disagreement between an example and the tables.
func (c *pageCtx) checkExample(what string, v *jv, s *model.Schema) []string {
	n := 0
	var problems []string
	// The path of the value being checked, as segments: written out
	// ("$.a[2].b") only for a report.
	type seg struct {
		key   string
		index int // -1: key
	}
	var at []seg
	pathOf := func() string {
		var b strings.Builder
		b.WriteString("$")
		for _, s := range at {
			if s.index < 0 {
				b.WriteByte('.')
				b.WriteString(s.key)
			} else {
				fmt.Fprintf(&b, "[%d]", s.index)
			}
		}
		return b.String()
	}
	var walk func(v *jv, s *model.Schema, depth int)
	walkKey := func(k string, v *jv, s *model.Schema, depth int) {
		at = append(at, seg{k, -1})
		walk(v, s, depth)
		at = at[:len(at)-1]
	}
	report := func(line int, format string, args ...any) {
		n++
		problems = append(problems, fmt.Sprintf(format, args...))
		if n > 20 {
			return
		}
		c.diags.Report(diag.Pos{File: c.page.Path, Line: line}, diag.ExampleMismatch, "%s: "+format, append([]any{what}, args...)...)
	}
	walk = func(v *jv, s *model.Schema, depth int) {
		if s == nil || depth > 64 {
			return
		}
		if v.kind == 'z' {
			if s.Nullable {
				return
			}
			if c.inferred[s] && s.Type == "" {
				report(v.line, "%s is null, and no example gives it a type (OpenAPI 3.0 takes null only where a schema is nullable)", pathOf())
				return
			}
			// OpenAPI 3.0: null is a value only of a nullable schema
			want := s.Type
			if want == "" {
				want = "a value"
			}
			report(v.line, "%s is null, the table says %s", pathOf(), want)
			return
		}
		if s.Type == "" {
			return
		}
		want := s.Type
		got := kindName(v.kind)
		switch want {
		case "":
			return
		case "object":
			if v.kind != 'o' {
				label := want
				if s.Name != "" {
					label = s.Name + " object"
				}
				report(v.line, "%s is %s, the table says %s", pathOf(), article(got), label)
				return
			}
			if len(s.Fields) == 0 {
				if s.AdditionalProperties != nil {
					for i, k := range v.keys {
						walkKey(k, v.vals[i], s.AdditionalProperties, depth+1)
					}
				}
				return
			}
			for i, k := range v.keys {
				f := fieldOf(s, k)
				if f == nil && s.AdditionalProperties != nil {
					walkKey(k, v.vals[i], s.AdditionalProperties, depth+1) // another key
					continue
				}
				if f == nil {
					report(v.vals[i].line, "%s.%s is not in %s", pathOf(), k, tableOf(s))
					continue
				}
				if f.Nullable && v.vals[i].kind == 'z' {
					continue
				}
				walkKey(k, v.vals[i], f.Schema, depth+1)
			}
			for _, f := range s.Fields {
				if f.Required && !slices.Contains(v.keys, f.Name) {
					report(v.line, "%s has no %q, which the table marks required", pathOf(), f.Name)
				}
			}
		case "array":
			if v.kind != 'a' {
				report(v.line, "%s is %s, the table says array", pathOf(), article(got))
				return
			}
			for i, e := range v.vals {
				at = append(at, seg{"", i})
				walk(e, s.Items, depth+1)
				at = at[:len(at)-1]
			}
		case "string":
			if v.kind != 's' {
				report(v.line, "%s is %s, the table says string", pathOf(), article(got))
				return
			}
			checkEnum(pathOf, v.str, s, v.line, report)
			n := int64(utf8.RuneCountInString(v.str))
			if s.MinLength != nil && n < *s.MinLength {
				report(v.line, "%s is shorter than the table's minimum length %d", pathOf(), *s.MinLength)
			}
			if s.MaxLength != nil && n > *s.MaxLength {
				report(v.line, "%s is longer than the table's maximum length %d", pathOf(), *s.MaxLength)
			}
			if s.Format == "date-time" {
				if _, err := time.Parse(time.RFC3339, v.str); err != nil {
					report(v.line, "%s is %q, not a date-time (RFC 3339)", pathOf(), v.str)
				}
			}
		case "integer", "number":
			if v.kind != 'n' {
				report(v.line, "%s is %s, the table says %s", pathOf(), article(got), want)
				return
			}
			if want == "integer" && strings.ContainsAny(v.num.String(), ".eE") {
				report(v.line, "%s is %s, the table says integer", pathOf(), v.num)
				return
			}
			checkEnum(pathOf, v.num.String(), s, v.line, report)
			if f, err := v.num.Float64(); err == nil {
				if s.Minimum != nil && f < *s.Minimum {
					report(v.line, "%s is %s, below the table's minimum %v", pathOf(), v.num, *s.Minimum)
				}
				if s.Maximum != nil && f > *s.Maximum {
					report(v.line, "%s is %s, above the table's maximum %v", pathOf(), v.num, *s.Maximum)
				}
				if s.Format == "int32" && (f < math.MinInt32 || f > math.MaxInt32) {
					report(v.line, "%s is %s, outside int32", pathOf(), v.num)
				}
			}
		case "boolean":
			if v.kind != 'b' {
				report(v.line, "%s is %s, the table says boolean", pathOf(), article(got))
			}
		}
	}
	walk(v, s, 0)
	if n > 20 {
		c.diags.Report(diag.Pos{File: c.page.Path, Line: v.line}, diag.ExampleMismatch, "%s: %d more disagreements not shown", what, n-20)
	}
	return problems
}

// kindName names a JSON value's kind as the tables do ("" for null).
func kindName(k byte) string {
	switch k {
	case 'o':
		return "object"
	case 'a':
		return "array"
	case 's':
		return "string"
	case 'n':
		return "number"
	case 'b':
		return "boolean"
	}
	return ""
}

func checkEnum(path func() string, val string, s *model.Schema, line int, report func(int, string, ...any)) {
	if len(s.Enum) == 0 {
		return
	}
	for _, e := range s.Enum {
		if e == val {
			return
		}
	}
	report(line, "%s is %q, not one of the table's values %s", path(), val, strings.Join(s.Enum, ", "))
}

func article(t string) string {
	switch t {
	case "":
		return "null"
	case "object", "array", "integer":
		return "an " + t
	}
	return "a " + t
}
