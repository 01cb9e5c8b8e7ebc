package analyze

import (
	"slices"
	"strconv"
	"strings"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/internal/docparse"
)

// endpoint is an operation's method and path template.
type endpoint struct {
	Method string // upper case
	Path   string // the clean template, without the query string
	Query  []queryItem
	Pos    diag.Pos
	// Notation is the uriReaders entry that read it ("line", "pair"…).
	Notation string
	// Versions are the paths of the same operation in other versions of
	// the API that the page documents too ("POST /v2/…/action" and "POST
	// /v2.1/…/action"): each is an operation of its own.
	Versions []string
	// versionPos: where the page writes each of Versions.
	versionPos []diag.Pos
}

// uriFound is a method and path one notation reads, as written.
type uriFound struct {
	Method string // upper case
	Text   string // the path text (a URL's host removed), Markdown escapes undone
	Pos    diag.Pos
	row    *rowKey // the table row it was read from, if any
	key    string  // the path key as is, when the notation makes one (request syntax)
}

// uriReader reads the method and path in one notation: every occurrence on
// the page, in page order. When it saw something that looks like its
// notation but is broken (an unknown method), it returns the problem.
type uriReader struct {
	name string
	read func(c *pageCtx, secs []*sectionBlocks) ([]uriFound, *uriProblem)
}

// uriProblem is a notation seen but not readable.
type uriProblem struct {
	pos  diag.Pos
	code diag.Code
	msg  string
}

// uriReaders are the notations of the method and path, tried in order: the
// first that finds one gives the operation. The later ones are the less
// explicit notations: a URL with a placeholder host is the operation only
// when the page writes no template.
var uriReaders = []uriReader{
	{"line", readURILines},
	{"table", readURITable},
	{"pair", readURIPair},
	{"split", readURISplit},
	{"request syntax", readURISyntax},
	{"url", readURIURL},
}

// findEndpoint reads the operation's method and path. ok is false when the
// page documents none; a problem is then reported when some notation was
// seen but could not be read, or when the path template is not well formed.
// The first method and path of the first notation that finds one wins; the
// page's other ones are its examples (the same method and a concrete
// instance of the path) or are reported as not read.
func (c *pageCtx) findEndpoint(secs []*sectionBlocks) (endpoint, bool) {
	var first *uriProblem
	var found [][]uriFound
	win := -1
	for i, r := range uriReaders {
		f, prob := r.read(c, secs)
		found = append(found, f)
		if prob != nil && first == nil {
			first = prob
		}
		if win < 0 && len(f) > 0 {
			win = i
		}
	}
	if win < 0 {
		if first != nil {
			c.diags.Report(first.pos, first.code, "%s", first.msg)
		}
		return endpoint{}, false
	}
	if uriReaders[win].name != "request syntax" {
		c.syntax = nil
	}
	w := found[win][0]
	if w.key != "" {
		ep := endpoint{Method: w.Method, Path: w.key, Pos: w.Pos, Notation: uriReaders[win].name}
		return ep, true
	}
	path, query, problem := parsePath(w.Text)
	if problem != "" {
		c.diags.Report(w.Pos, diag.BadPath, "path template %q: %s: operation %s left out", w.Text, problem, w.Method)
		return endpoint{}, false
	}
	if w.row != nil {
		c.use(w.row.t, w.row.i)
	}
	ep := endpoint{Method: w.Method, Path: path, Query: query, Pos: w.Pos, Notation: uriReaders[win].name}
	for _, fs := range found {
		for _, f := range fs {
			if f.Pos == w.Pos {
				continue
			}
			c.otherEndpoint(&ep, f)
		}
	}
	c.settleVersions(&ep)
	return ep, true
}

// settleVersions makes the newest version of the API that the page
// documents the operation's path, and the others its versions: the newest
// is the one named plainly (NovaListKeypairs for GET
// /v2.1/{project_id}/os-keypairs, NovaListKeypairsV2 for /v2/…), whichever
// the page writes first. Kubernetes' names say their version already.
func (c *pageCtx) settleVersions(ep *endpoint) {
	newest := -1
	for i, v := range ep.Versions {
		if pathVersion(v) > pathVersion(ep.Path) && (newest < 0 || pathVersion(v) > pathVersion(ep.Versions[newest])) {
			newest = i
		}
	}
	if newest >= 0 && kubeName(ep.Method, ep.Path, "") == "" {
		ep.Path, ep.Versions[newest] = ep.Versions[newest], ep.Path
		ep.Pos, ep.versionPos[newest] = ep.versionPos[newest], ep.Pos
	}
	for i, v := range ep.Versions {
		c.diags.Report(ep.versionPos[i], diag.VersionURI, "%s %s is the operation in another version of the API: an operation of its own", ep.Method, v)
	}
}

// otherEndpoint weighs a second method and path of the page against the
// operation: an example of it is fine (its query names are added when the
// path is the template itself); anything else is reported as not read.
func (c *pageCtx) otherEndpoint(ep *endpoint, f uriFound) {
	path, query, problem := parsePath(f.Text)
	if problem == "" && f.Method == ep.Method {
		if path == ep.Path {
			for _, q := range query {
				if !hasQueryItem(ep.Query, q.Name) {
					ep.Query = append(ep.Query, q)
				}
			}
			c.useFound(f)
			return
		}
		if samePathTemplate(ep.Path, path) {
			c.useFound(f)
			return
		}
		if otherVersion(ep.Path, path) {
			if !slices.Contains(ep.Versions, path) {
				ep.Versions = append(ep.Versions, path)
				ep.versionPos = append(ep.versionPos, f.Pos)
			}
			c.useFound(f)
			return
		}
	}
	if f.row != nil {
		c.drop(f.row.t, f.row.i)
	}
	c.diags.Report(f.Pos, diag.ExtraURI, "another method and path on the page, %s %s: not read (the page's operation is %s %s, line %d)", f.Method, f.Text, ep.Method, ep.Path, ep.Pos.Line)
}

// otherVersion reports whether two paths differ only in their version
// segment (/v2/{project_id}/servers and /v2.1/{project_id}/servers), and
// for Kubernetes' APIs in the API group before it
// (/apis/apps/v1/namespaces/{namespace}/deployments and
// /apis/extensions/v1beta1/…).
func otherVersion(a, b string) bool {
	as, bs := strings.Split(a, "/"), strings.Split(b, "/")
	if len(as) != len(bs) || a == b {
		return false
	}
	kube := len(as) > 3 && as[1] == "apis" && bs[1] == "apis"
	for i := range as {
		if as[i] != bs[i] && !(versionSegment.MatchString(as[i]) && versionSegment.MatchString(bs[i])) && !(kube && i == 2) {
			return false
		}
	}
	return true
}

// useFound records that the table row a method and path came from is read.
func (c *pageCtx) useFound(f uriFound) {
	if f.row != nil {
		c.use(f.row.t, f.row.i)
	}
}

func hasQueryItem(q []queryItem, name string) bool {
	for _, x := range q {
		if x.Name == name {
			return true
		}
	}
	return false
}

// uriLines calls fn with every text line of the URI sections (code blocks
// line by line), unescaped and trimmed, and its position. Inline code marks
// are left out: "`GET /v1/{project_id}/instances`" is the line without them.
func uriLines(secs []*sectionBlocks, fn func(line string, pos diag.Pos, b *docparse.Block)) {
	for _, s := range of(secs, secURI) {
		for i := range s.blocks {
			b := &s.blocks[i]
			switch b.Kind {
			case docparse.Text:
				fn(strings.TrimSpace(strings.ReplaceAll(docparse.Unescape(b.Text), "`", "")), b.Pos, b)
			case docparse.Code:
				for k, l := range strings.Split(b.Text, "\n") {
					pos := b.Pos
					pos.Line += k + 1
					fn(strings.TrimSpace(l), pos, b)
				}
			}
		}
	}
}

// methodWord checks a method word: the method (upper case) and whether it is
// one; known is false for a word that is no HTTP method.
func methodWord(word string) (string, bool) {
	m := strings.ToUpper(word)
	return m, httpMethods[m]
}

// readURILines reads "METHOD /path" lines (text or code) of the URI
// sections: "GET /v1/x", "GET/v1/x", "Get /v1/x", "URI format: GET /v1/x",
// "GET v1.0/x" (relative), "POST /x \(note\)". Lines with an absolute URL are
// left to readURIURL.
func readURILines(c *pageCtx, secs []*sectionBlocks) ([]uriFound, *uriProblem) {
	var out []uriFound
	var prob *uriProblem
	uriLines(secs, func(l string, pos diag.Pos, _ *docparse.Block) {
		m := uriLine.FindStringSubmatch(l)
		if m == nil {
			return
		}
		word, space, rest := m[1], m[2], m[3]
		text, _, ok := takePath(rest)
		if _, _, isURL := splitURL(text); isURL || !ok || !pathLike(text) {
			return
		}
		meth, known := methodWord(word)
		relative := !strings.HasPrefix(text, "/") && !strings.HasPrefix(text, "{")
		if relative && (space == "" || word != meth || !relativePath.MatchString(text)) {
			return // "Get v1…" is prose more often than a path
		}
		if !known {
			if prob == nil && len(word) >= 3 && meth == word {
				prob = &uriProblem{pos, diag.UnknownMethod, "URI line: unknown HTTP method " + strconv.Quote(word)}
			}
			return
		}
		out = append(out, uriFound{Method: meth, Text: text, Pos: pos})
	})
	return out, prob
}

// pathLike reports whether the text after a method word is written as a path
// (ASCII before the query string, at least a slash or a placeholder) rather
// than prose.
func pathLike(s string) bool {
	s, _ = cutQuery(s)
	if s == "" || !strings.ContainsAny(s, "/{") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// readURIURL reads "METHOD https://{endpoint}/path" lines of the URI
// sections. A URL with a real host ("iam.example.com") is an example and
// never the operation; one whose host is a placeholder is the operation when
// the page writes no template (readers before this one found nothing).
func readURIURL(c *pageCtx, secs []*sectionBlocks) ([]uriFound, *uriProblem) {
	var out []uriFound
	uriLines(secs, func(l string, pos diag.Pos, _ *docparse.Block) {
		m := uriLine.FindStringSubmatch(l)
		if m == nil {
			return
		}
		meth, known := methodWord(m[1])
		text, _, ok := takePath(m[3])
		host, path, isURL := splitURL(text)
		if !known || !ok || !isURL || !hostIsPlaceholder(host) {
			return
		}
		out = append(out, uriFound{Method: meth, Text: path, Pos: pos})
	})
	return out, nil
}

// readURITable reads the rows of a method + URI table in the URI sections
// (`请求方法 | URI`, `Method | URI | Description`).
func readURITable(c *pageCtx, secs []*sectionBlocks) ([]uriFound, *uriProblem) {
	var out []uriFound
	var prob *uriProblem
	for _, s := range of(secs, secURI) {
		for _, b := range s.blocks {
			t := b.Table
			if t == nil {
				continue
			}
			mc, uc := methodTableColumns(t)
			if mc < 0 || uc < 0 {
				continue
			}
			for ri, r := range t.Rows {
				if mc >= len(r.Cells) || uc >= len(r.Cells) {
					continue
				}
				word := strings.TrimSpace(r.Cells[mc].Line())
				text, _, ok := takePath(r.Cells[uc].Line())
				if word == "" || !ok || !pathLike(text) {
					continue
				}
				meth, ok := methodWord(word)
				if !ok {
					if prob == nil {
						prob = &uriProblem{r.Pos, diag.UnknownMethod, "method and URI table: unknown HTTP method " + strconv.Quote(word)}
					}
					continue
				}
				out = append(out, uriFound{Method: meth, Text: text, Pos: r.Pos, row: &rowKey{t, ri}})
			}
		}
	}
	return out, prob
}

// methodTableColumns finds the method and URI columns of a method + URI
// table; -1 when the table has none.
func methodTableColumns(t *docparse.Table) (method, uri int) {
	method, uri = -1, -1
	for i, h := range t.Header {
		w := normWord(h.Line())
		if methodColumnWords[w] && method < 0 {
			method = i
		}
		if uriColumnWords[w] && uri < 0 {
			uri = i
		}
	}
	return method, uri
}

func isMethodTable(t *docparse.Table) bool {
	m, u := methodTableColumns(t)
	return m >= 0 && u >= 0
}

// readURIPair reads a "PATH：/path" line and a "Method：POST" line of the
// same URI section (either order).
func readURIPair(c *pageCtx, secs []*sectionBlocks) ([]uriFound, *uriProblem) {
	var out []uriFound
	var prob *uriProblem
	for _, s := range of(secs, secURI) {
		var path, meth string
		var pathPos, methPos diag.Pos
		for _, b := range s.blocks {
			if b.Kind != docparse.Text {
				continue
			}
			l := strings.TrimSpace(docparse.Unescape(b.Text))
			if m := uriPathLine.FindStringSubmatch(l); m != nil && path == "" {
				path, pathPos = m[1], b.Pos
			}
			if m := uriMethodLine.FindStringSubmatch(l); m != nil && meth == "" {
				meth, methPos = m[1], b.Pos
			}
		}
		if path == "" || meth == "" {
			continue
		}
		text, _, _ := takePath(path)
		m, ok := methodWord(meth)
		if !ok {
			if prob == nil {
				prob = &uriProblem{methPos, diag.UnknownMethod, "Method line: unknown HTTP method " + strconv.Quote(meth)}
			}
			continue
		}
		if pathLike(text) {
			out = append(out, uriFound{Method: m, Text: text, Pos: pathPos})
		}
	}
	return out, prob
}

// readURISplit reads a method written alone at the start of a line, with
// prose after it ("GET 参数说明请参见表1。"), and the path alone on the next
// text line of the URI section.
func readURISplit(c *pageCtx, secs []*sectionBlocks) ([]uriFound, *uriProblem) {
	var out []uriFound
	for _, s := range of(secs, secURI) {
		meth := ""
		for _, b := range s.blocks {
			if b.Kind != docparse.Text {
				meth = ""
				continue
			}
			l := strings.TrimSpace(docparse.Unescape(b.Text))
			if meth != "" {
				text, rest, _ := takePath(l)
				if rest == "" && strings.HasPrefix(text, "/") && pathLike(text) {
					out = append(out, uriFound{Method: meth, Text: text, Pos: b.Pos})
				}
				meth = ""
			}
			if m := methodAlone.FindStringSubmatch(l); m != nil && httpMethods[m[1]] {
				meth = m[1]
			}
		}
	}
	return out, nil
}
