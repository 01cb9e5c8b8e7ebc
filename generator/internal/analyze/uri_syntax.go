package analyze

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/internal/docparse"
)

// Request-syntax pages (object storage, S3 style) have no URI section: they
// write the request out, under "## 请求消息样式" / "## Request Syntax":
//
//	PUT /ObjectName?partNumber=partNum&uploadId=uploadID HTTP/1.1
//	Host: bucketname.obs.region.example.com
//	Content-MD5: md5
//
//	<object Content>
//
// The bucket is in the host, so a bucket's path is "/" and an object's is
// "/{ObjectName}" (the object's name, which may hold "/"). Many operations
// share a method and a URL path and differ only in what else the request
// carries: a sub-resource ("DELETE /" deletes the bucket, "DELETE /?cors"
// its CORS rules), a parameter ("?uploadId=…" aborts an upload), a header
// (x-obs-copy-source makes an upload a copy). The OpenAPI path key keeps
// them apart:
//
//	/{ObjectName}?uploads                 sub-resources without a value, sent as written
//	/{ObjectName}#partNumber&uploadId     required parameters with a value and selecting
//	                                      headers: the fragment names them, and is never sent
//	/#service                             the service's "/" (the bucket list), not a bucket's
//
// Parameters with values are query parameters as usual; the path key's
// query string holds only the valueless sub-resources, so that a client
// built from the key sends them and adds the parameters once.

// requestSyntax is the page's request, as its syntax block writes it.
type requestSyntax struct {
	block   syntaxBlock
	method  string
	path    string        // "/", "/{ObjectName}", "/v2/workflows/{graph_name}"
	query   []syntaxQuery // the request line's query items, in order
	service bool          // the Host line addresses the service, not a bucket
	key     string        // the OpenAPI path key
	// objectWord is the request line's word for the object's name
	// ("ObjectName", "destinationObjectName"), "" when the path has none.
	objectWord string
}

// syntaxQuery is a query item of a request line: "uploads", "uploadId=…".
type syntaxQuery struct {
	name   string
	valued bool
}

// syntaxBlock is a code block of written-out HTTP: a request or status
// line, header lines, then a body.
type syntaxBlock struct {
	start    string // the request or status line ("" when the block starts with headers)
	startPos diag.Pos
	headers  []syntaxHeader
	body     string // the lines after the headers
	bodyPos  diag.Pos
}

type syntaxHeader struct {
	name, value string
	pos         diag.Pos
}

// header is the value of the block's header name ("" when absent).
func (b *syntaxBlock) header(name string) (string, bool) {
	for _, h := range b.headers {
		if strings.EqualFold(h.name, name) {
			return h.value, true
		}
	}
	return "", false
}

// parseSyntaxBlock splits a code block into its start line, headers and body.
func parseSyntaxBlock(b *docparse.Block) syntaxBlock {
	lines := strings.Split(strings.ReplaceAll(b.Text, "\r", ""), "\n")
	at := func(i int) diag.Pos { return diag.Pos{File: b.Pos.File, Line: b.Pos.Line + 1 + i} }
	var out syntaxBlock
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	// the start line; a status line may follow an interim one ("HTTP/1.1 100 Continue")
	for i < len(lines) {
		l := strings.TrimSpace(lines[i])
		if requestLine.MatchString(l) || statusLine.MatchString(l) {
			out.start, out.startPos = l, at(i)
			i++
			continue
		}
		break
	}
	// the headers, up to a line that is not one (a blank line ends them
	// unless more headers follow it)
	for i < len(lines) {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			j := i
			for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
				j++
			}
			if j < len(lines) && isSyntaxHeader(strings.TrimSpace(lines[j])) {
				i = j
				continue
			}
			break
		}
		m := syntaxHeaderLine.FindStringSubmatch(l)
		if m == nil || !isSyntaxHeader(l) {
			break
		}
		out.headers = append(out.headers, syntaxHeader{name: m[1], value: strings.TrimSpace(m[2]), pos: at(i)})
		i++
	}
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i < len(lines) {
		out.body = strings.TrimRight(strings.Join(lines[i:], "\n"), " \n\t")
		out.bodyPos = at(i)
	}
	return out
}

// isSyntaxHeader tells a header line from a body line that has a colon (a
// multipart part's "Content-Disposition: …" comes after a boundary line, so
// it is never seen here).
func isSyntaxHeader(l string) bool {
	m := syntaxHeaderLine.FindStringSubmatch(l)
	return m != nil && !strings.Contains(m[1], "--")
}

// messagePartOf is what a section of a request-syntax page documents.
func messagePartOf(title string) messagePart {
	return messagePartWords[normWord(title)]
}

// readRequestSyntax reads the method and path from the request line of the
// first request-syntax block. It also decides the path key (which needs the
// request-parameter tables: a parameter with a value selects the operation
// only when it is required).
// readURISyntax is readRequestSyntax as a URI reader: its path key keeps the
// sub-resources that tell operations on one path apart.
func readURISyntax(c *pageCtx, secs []*sectionBlocks) ([]uriFound, *uriProblem) {
	ep, prob := readRequestSyntax(c, secs)
	if ep.Method == "" {
		return nil, prob
	}
	return []uriFound{{Method: ep.Method, Text: ep.Path, Pos: ep.Pos, key: c.syntax.key}}, prob
}

func readRequestSyntax(c *pageCtx, secs []*sectionBlocks) (endpoint, *uriProblem) {
	var found *requestSyntax
	var prob *uriProblem
	for _, s := range secs {
		if s.kind != secReqSyntax {
			continue
		}
		for i := range s.blocks {
			b := &s.blocks[i]
			if b.Kind != docparse.Code {
				continue
			}
			blk := parseSyntaxBlock(b)
			m := requestLine.FindStringSubmatch(blk.start)
			if m == nil {
				continue
			}
			meth := strings.ToUpper(m[1])
			if !httpMethods[meth] {
				if prob == nil {
					prob = &uriProblem{blk.startPos, diag.UnknownMethod, "request syntax: unknown HTTP method " + strconv.Quote(m[1])}
				}
				continue
			}
			if found != nil {
				c.diags.Report(blk.startPos, diag.ExtraRequestSyntax, "a second request syntax (%s %s): only the first (line %d) is read",
					meth, m[2], found.block.startPos.Line)
				continue
			}
			found = &requestSyntax{block: blk, method: meth}
			found.path, found.query, found.objectWord = syntaxTarget(docparse.Unescape(m[2]))
		}
	}
	if found == nil {
		return endpoint{}, prob
	}
	if host, ok := found.block.header("Host"); ok {
		found.service = serviceHost(host)
	}
	found.key = c.syntaxKey(found, secs)
	c.syntax = found
	return endpoint{Method: found.method, Path: found.path, Pos: found.block.startPos}, nil
}

// syntaxTarget splits a request target into its path (the object's word
// made the placeholder {ObjectName}) and its query items.
func syntaxTarget(target string) (path string, query []syntaxQuery, objectWord string) {
	raw, rest, _ := strings.Cut(target, "?")
	segs := strings.Split(raw, "/")
	for i, seg := range segs {
		if objectNameWords[strings.ToLower(seg)] && objectWord == "" {
			objectWord = seg
			segs[i] = "{" + objectKeyParam + "}"
		}
	}
	path = cleanPath(strings.Join(segs, "/"))
	for _, item := range strings.Split(rest, "&") {
		name, _, valued := strings.Cut(strings.TrimSpace(item), "=")
		name = strings.Trim(name, "{} ")
		if name == "" {
			continue
		}
		query = append(query, syntaxQuery{name: name, valued: valued})
	}
	return path, query, objectWord
}

// serviceHost reports whether a Host line addresses the service endpoint
// rather than a bucket ("obs.region.example.com", not
// "bucketname.obs.region.example.com").
func serviceHost(host string) bool {
	host = strings.TrimSpace(host)
	label, _, dotted := strings.Cut(host, ".")
	return dotted && !strings.ContainsAny(host, " \t") && !bucketHostLabels[strings.ToLower(label)]
}

// syntaxKey is the OpenAPI path key of the request (see the top of this
// file): the path, the valueless sub-resources after "?", and after "#"
// what else selects the operation on a bucket's or an object's path:
// required query parameters with a value, selecting headers, the service
// mark.
func (c *pageCtx) syntaxKey(sx *requestSyntax, secs []*sectionBlocks) string {
	required := map[string]bool{}
	documented := map[string]bool{}
	selecting := map[string]bool{}
	for _, s := range secs {
		if s.kind != secRequest {
			continue
		}
		part := messagePartOf(s.title)
		for _, b := range s.blocks {
			if b.Kind != docparse.TableBlock || (part != partParams && part != partHeaders) {
				continue
			}
			for _, r := range requiredCells(b.Table) {
				if part == partParams {
					documented[r.name] = true
					required[r.name] = required[r.name] || r.required
				} else if r.required && selectingHeaders[strings.ToLower(r.name)] {
					selecting[strings.ToLower(r.name)] = true
				}
			}
		}
	}
	// Only a bucket's or an object's path is shared by many operations; a
	// resource's (/v2/workflows/{graph_name}) is its own, and a required
	// parameter there is just required.
	shared := sx.path == "/" || sx.objectWord != ""
	var flags, marks []string
	for _, q := range sx.query {
		switch {
		case !q.valued:
			flags = append(flags, q.name)
		case shared && (required[q.name] || !documented[q.name]):
			marks = append(marks, q.name)
		}
	}
	for _, h := range sx.block.headers {
		if l := strings.ToLower(h.name); selectingHeaders[l] {
			selecting[l] = true
		}
	}
	if shared {
		marks = append(marks, slices.Sorted(maps.Keys(selecting))...) // after the query names
	}
	if sx.service && sx.path == "/" && len(flags) == 0 && len(marks) == 0 {
		marks = append(marks, serviceRootMark)
	}
	key := sx.path
	if len(flags) > 0 {
		key += "?" + strings.Join(flags, "&")
	}
	if len(marks) > 0 {
		key += "#" + strings.Join(marks, "&")
	}
	return key
}

// requiredCell is a table row's name and whether it is required.
type requiredCell struct {
	name     string
	required bool
}

// requiredCells reads the names and required cells of a table, before the
// page's tables are indexed.
func requiredCells(t *docparse.Table) []requiredCell {
	cols := mapColumns(t.Header)
	nameCol, ok := cols.col(colName)
	if !ok {
		return nil
	}
	reqCol := requiredColumn(t, cols)
	var out []requiredCell
	for _, r := range t.Rows {
		if nameCol >= len(r.Cells) {
			continue
		}
		name := cleanName(r.Cells[nameCol].Line())
		if name == "" || name == "-" {
			continue
		}
		req := false
		if reqCol >= 0 && reqCol < len(r.Cells) {
			req = requiredText(r.Cells[reqCol].Line())
		}
		out = append(out, requiredCell{name, req})
	}
	return out
}

// requiredColumn is the column that says whether a row is required: the
// required column, else a remarks column whose cells say "Mandatory" or
// "Optional" (-1: none).
func requiredColumn(t *docparse.Table, cols columnMap) int {
	if i, ok := cols.col(colRequired); ok {
		return i
	}
	desc, _ := cols.col(colDesc)
	for i, h := range t.Header {
		if i == desc || columnWords[normWord(h.Line())] != colDesc {
			continue
		}
		// a second description column (Remarks): required words only?
		says, other := 0, 0
		for _, r := range t.Rows {
			if i >= len(r.Cells) {
				continue
			}
			l := strings.ToLower(strings.TrimSpace(r.Cells[i].Line()))
			if strings.HasPrefix(l, "optional") || strings.HasPrefix(l, "mandatory") || strings.HasPrefix(l, "required") ||
				strings.HasPrefix(l, "no") || strings.HasPrefix(l, "yes") || strings.HasPrefix(l, "是") || strings.HasPrefix(l, "否") {
				says++
			} else if l != "" {
				other++
			}
		}
		if says > 0 && says >= other {
			return i
		}
	}
	return -1
}

// requiredText reads a required cell: "是", "Mandatory"; a condition
// ("Mandatory if the Date parameter is absent.") is not required.
func requiredText(s string) bool {
	s = strings.TrimSpace(s)
	return isRequired(s) && !conditionalRequired.MatchString(s)
}
