package analyze

import (
	"strconv"
	"strings"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/internal/docparse"
)

// endpoint is an operation's method and path as a page writes them.
type endpoint struct {
	Method string // upper case
	Path   string // raw: may still hold a query string
	Pos    diag.Pos
}

// uriReader reads the method and path in one notation. It returns the
// endpoint found, or, when it saw something that looks like its notation
// but is broken (an unknown method), a diagnostic-worthy problem.
type uriReader struct {
	name string
	read func(c *pageCtx, secs []*sectionBlocks) (endpoint, *uriProblem)
}

// uriProblem is a notation seen but not readable.
type uriProblem struct {
	pos  diag.Pos
	code diag.Code
	msg  string
}

// uriReaders are the notations of the method and path, tried in order; the
// first that finds an endpoint wins.
var uriReaders = []uriReader{
	{"line", readURILine},
	{"request syntax", readRequestSyntax},
}

// findEndpoint reads the operation's method and path. ok is false when the
// page documents none; a problem is then reported when some notation was
// seen but could not be read.
func (c *pageCtx) findEndpoint(secs []*sectionBlocks) (endpoint, bool) {
	var first *uriProblem
	for _, r := range uriReaders {
		ep, prob := r.read(c, secs)
		if ep.Method != "" {
			return ep, true
		}
		if prob != nil && first == nil {
			first = prob
		}
	}
	if first != nil {
		c.diags.Report(first.pos, first.code, "%s", first.msg)
	}
	return endpoint{}, false
}

// readURILine reads "METHOD /path" from the text lines and code blocks of
// the URI sections.
func readURILine(c *pageCtx, secs []*sectionBlocks) (endpoint, *uriProblem) {
	var prob *uriProblem
	for _, s := range of(secs, secURI) {
		for i := range s.blocks {
			b := &s.blocks[i]
			var lines []string
			switch b.Kind {
			case docparse.Text:
				lines = []string{b.Text}
			case docparse.Code:
				lines = strings.Split(b.Text, "\n")
			default:
				continue
			}
			for k, l := range lines {
				l = strings.TrimSpace(docparse.Unescape(strings.TrimSpace(l)))
				m := uriLine.FindStringSubmatch(l)
				if m == nil {
					continue
				}
				word, path := m[1], m[2]
				pos := b.Pos
				if b.Kind == docparse.Code {
					pos.Line += k + 1
				}
				meth := strings.ToUpper(word)
				if !httpMethods[meth] {
					if prob == nil && len(word) >= 3 && meth == word {
						prob = &uriProblem{pos, diag.UnknownMethod, "URI line: unknown HTTP method " + strconv.Quote(word)}
					}
					continue
				}
				return endpoint{Method: meth, Path: path, Pos: pos}, nil
			}
		}
	}
	return endpoint{}, prob
}

// splitPath separates "/v1/{id}/x?force=no&{?a}" into the path and the
// names in its query string.
func splitPath(raw string) (string, []queryItem) {
	path, rest := raw, ""
	if i := strings.Index(raw, "{?"); i >= 0 {
		path, rest = raw[:i], raw[i:]
	} else if i := strings.IndexByte(raw, '?'); i >= 0 {
		path, rest = raw[:i], raw[i+1:]
	}
	path = cleanPath(path)
	var q []queryItem
	rest = strings.Trim(rest, "{}?")
	for _, part := range strings.FieldsFunc(rest, func(r rune) bool { return r == '&' || r == ',' }) {
		part = strings.Trim(part, "{}? ")
		name, val, _ := strings.Cut(part, "=")
		name = strings.Trim(name, "{}_* ")
		if name == "" || !isTypeName(name) {
			continue
		}
		q = append(q, queryItem{Name: name, Value: strings.Trim(val, "{}_* ")})
	}
	return path, q
}

type queryItem struct{ Name, Value string }

// cleanPath drops white space inside placeholders, repeated slashes and a
// trailing slash, and makes the path start with one.
func cleanPath(p string) string {
	var b strings.Builder
	in := false
	for _, r := range p {
		switch {
		case r == '{':
			in = true
		case r == '}':
			in = false
		case in && (r == ' ' || r == '\t'):
			continue
		}
		b.WriteRune(r)
	}
	s := b.String()
	for strings.Contains(s, "//") {
		s = strings.ReplaceAll(s, "//", "/")
	}
	if !strings.HasPrefix(s, "/") {
		s = "/" + s
	}
	if len(s) > 1 {
		s = strings.TrimRight(s, "/")
	}
	return s
}

// placeholderNames are the names of a path's "{name}" placeholders.
func placeholderNames(path string) []string {
	var out []string
	for _, m := range placeholder.FindAllStringSubmatch(path, -1) {
		out = append(out, m[1])
	}
	return out
}
