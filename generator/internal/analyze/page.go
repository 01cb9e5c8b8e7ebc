package analyze

import (
	"fmt"
	"net/http"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/internal/docparse"
	"github.com/docspec/docspec/generator/model"
)

// PageResult is what one page contributes to the API.
type PageResult struct {
	Path      string
	Operation *model.Operation // nil: the page documents no operation
	Diags     diag.List
}

// pageCtx is the state of analyzing one page.
type pageCtx struct {
	page     *docparse.Page
	op       *model.Operation
	diags    diag.List
	tables   []*docparse.Table
	anchors  map[string]*docparse.Table
	captions map[string][]*docparse.Table // in page order
	index    map[*docparse.Table]int
	targets  map[*docparse.Table]bool
	schemas  map[*docparse.Table]*model.Schema
	current  *docparse.Table // the object table being read
	depth    int

	paramIndex   map[[2]string]*model.Param // see param
	paramIndexed int
}

// maxDepth bounds the nesting of object tables (links between tables).
const maxDepth = 64

// AnalyzePage reads one page's operation.
func AnalyzePage(page *docparse.Page) *PageResult {
	res := &PageResult{Path: page.Path}
	res.Diags.Append(page.Diags)
	c := &pageCtx{page: page, anchors: map[string]*docparse.Table{}, captions: map[string][]*docparse.Table{}, index: map[*docparse.Table]int{},
		targets: map[*docparse.Table]bool{}, schemas: map[*docparse.Table]*model.Schema{}}
	c.run()
	res.Operation = c.op
	if c.op == nil {
		// Overviews, error-code lists, tutorials: skipped quietly; only
		// problems that may hide an operation (an unreadable page) are kept.
		res.Diags = nil
		for _, d := range page.Diags {
			if d.Severity == diag.Error || d.Cost() >= diag.Page {
				res.Diags = append(res.Diags, d)
			}
		}
	}
	res.Diags.Append(c.diags)
	return res
}

type sectionBlocks struct {
	kind   section
	title  string
	pos    diag.Pos
	blocks []docparse.Block // read only: usually a run of the page's blocks
	next   int              // the page block after a run in blocks; -1: blocks is a copy
}

// add appends the page's block i to the section: a longer run of the page's
// blocks when it follows the last one, else (blocks around the page title)
// a copy.
func (s *sectionBlocks) add(blocks []docparse.Block, i int) {
	switch n := len(s.blocks); {
	case n == 0:
		s.blocks, s.next = blocks[i:i+1], i+1
	case s.next == i:
		s.blocks, s.next = blocks[i-n:i+1], i+1
	case s.next >= 0:
		s.blocks, s.next = append(s.blocks[:n:n], blocks[i]), -1
	default:
		s.blocks = append(s.blocks, blocks[i])
	}
}

func (c *pageCtx) sections() (title *docparse.Block, secs []*sectionBlocks) {
	blocks := c.page.Blocks
	n := 1 // sections: at most one per heading, and the title's
	for i := range blocks {
		if blocks[i].Kind == docparse.Heading {
			n++
		}
	}
	store := make([]sectionBlocks, 0, n)
	secs = make([]*sectionBlocks, 0, n)
	store = append(store, sectionBlocks{kind: secTitle})
	cur := &store[0]
	secs = append(secs, cur)
	for i := range blocks {
		b := &blocks[i]
		if b.Kind == docparse.Heading {
			if b.Level == 1 && title == nil {
				title = b
				continue
			}
			if b.Level >= 2 || title != nil {
				store = append(store, sectionBlocks{kind: classifySection(b.Text), title: b.Text, pos: b.Pos})
				cur = &store[len(store)-1]
				secs = append(secs, cur)
				continue
			}
		}
		if b.Kind == docparse.TableBlock {
			c.tables = append(c.tables, b.Table)
		}
		cur.add(blocks, i)
	}
	return title, secs
}

// findURI finds "METHOD /path" in the URI sections (text lines or code).
func (c *pageCtx) findURI(secs []*sectionBlocks) (method, path string, pos diag.Pos, found bool) {
	var unknown *docparse.Block
	for _, s := range secs {
		if s.kind != secURI {
			continue
		}
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
				// "[- ]URI: METHOD /path", the label optional (methodLineMatch)
				word, uri, ok := methodLineMatch(l)
				if !ok {
					continue
				}
				meth := strings.ToUpper(word)
				p := b.Pos
				if b.Kind == docparse.Code {
					p.Line += k + 1
				}
				if !httpMethods[meth] {
					if unknown == nil && len(word) >= 3 && strings.ToUpper(word) == word {
						bb := *b
						bb.Pos = p
						bb.Text = word
						unknown = &bb
					}
					continue
				}
				return meth, uri, p, true
			}
		}
	}
	if unknown != nil {
		c.diags.Report(unknown.Pos, diag.UnknownMethod, "URI line: unknown HTTP method %q", unknown.Text)
	}
	return "", "", diag.Pos{}, false
}

var (
	// topicID matches the documentation system's page ids, which name no operation.
	topicID = regexp.MustCompile(`(?i)^(zh-cn|en-us)?_?topic_[0-9]+$`)
)

// isOpID reports whether an anchor can be an operation id: `^[A-Za-z][A-Za-z0-9_]*$`.
func isOpID(a string) bool {
	if a == "" || !('a' <= a[0]|0x20 && a[0]|0x20 <= 'z') {
		return false
	}
	for i := 1; i < len(a); i++ {
		if !isWordByte(a[i]) {
			return false
		}
	}
	return true
}

func (c *pageCtx) run() {
	title, secs := c.sections()
	method, rawPath, uriPos, ok := c.findURI(secs)
	if !ok {
		hasURISection := false
		for _, s := range secs {
			if s.kind == secURI && (s.title == "URI" || strings.EqualFold(s.title, "uri")) {
				hasURISection = true
			}
		}
		if hasURISection && len(c.tables) > 0 && !c.pageLost() {
			c.diags.Report(secPos(secs, secURI), diag.NoURI, "URI section has no \"METHOD /path\" line")
		}
		return
	}
	op := &model.Operation{Method: method, PathPos: uriPos}
	c.op = op
	if title != nil {
		op.Summary = title.Text
		op.Pos = title.Pos
		if isOpID(title.Anchor) && !topicID.MatchString(title.Anchor) {
			op.ID = title.Anchor
		}
	} else {
		op.Pos = diag.Pos{File: c.page.Path, Line: 1}
	}
	path, query := splitPath(rawPath)
	op.Path = path
	if op.ID == "" {
		op.ID = opIDFromPath(method, path)
	}
	if strings.Contains(op.Summary, "废弃") || strings.Contains(strings.ToLower(op.Summary), "deprecated") {
		op.Deprecated = true
	}
	c.indexTables()

	for _, s := range secs {
		switch s.kind {
		case secSummary:
			op.Description = joinText(s.blocks)
		}
	}
	statusDesc := c.readStatus(secs)
	c.readParams(secs)
	for _, q := range query {
		c.addURIQuery(q, uriPos)
	}
	c.checkPathParams()
	c.readResponses(secs, statusDesc)
	c.readExamples(secs)
	sort.SliceStable(op.Responses, func(i, j int) bool { return op.Responses[i].Status < op.Responses[j].Status })
}

// pageLost reports whether a diagnostic already says the page is left out.
func (c *pageCtx) pageLost() bool {
	for _, d := range c.diags {
		if d.Cost() >= diag.Page {
			return true
		}
	}
	return false
}

func secPos(secs []*sectionBlocks, k section) diag.Pos {
	for _, s := range secs {
		if s.kind == k {
			return s.pos
		}
	}
	return diag.Pos{}
}

// joinText joins a section's plain text lines into a description.
func joinText(blocks []docparse.Block) string {
	var parts []string
	for _, b := range blocks {
		if b.Kind == docparse.Text {
			parts = append(parts, strings.TrimSpace(docparse.Unescape(b.Text)))
		}
	}
	return strings.Join(parts, "\n\n")
}

// splitPath separates "/v1/{id}/x?force=no&{?a}" into the path and query names.
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

// cleanPath trims white space inside placeholders and a trailing slash.
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

func opIDFromPath(method, path string) string {
	var b strings.Builder
	b.WriteString(strings.ToLower(method))
	for _, w := range alnumWords(path) {
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	return b.String()
}

// indexTables records anchors, captions and which tables are link targets.
func (c *pageCtx) indexTables() {
	for _, t := range c.tables {
		if t.Anchor != "" {
			if prev, dup := c.anchors[t.Anchor]; dup {
				c.diags.Report(t.AnchorPos, diag.DuplicateAnchor, "anchor %q is also used by the table at line %d; links go to the first", t.Anchor, prev.Pos.Line)
			} else {
				c.anchors[t.Anchor] = t
			}
		}
		if t.Caption != "" {
			c.captions[t.Caption] = append(c.captions[t.Caption], t)
			// "version对象" / "version object" captions document struct "version".
			if n := captionName(t.Caption); n != "" && n != t.Caption {
				c.captions[n] = append(c.captions[n], t)
			}
		}
	}
	for i, t := range c.tables {
		c.index[t] = i
	}
	for _, t := range c.tables {
		for ri := range t.Rows {
			for ci := range t.Rows[ri].Cells {
				cell := &t.Rows[ri].Cells[ci]
				for _, l := range cell.Links {
					if a, ok := strings.CutPrefix(l.Href, "#"); ok {
						if tt := c.anchors[a]; tt != nil && tt != t {
							c.targets[tt] = true
						}
					}
				}
				// The cell's line is made only for a cell that may end in
				// "object" or name a table.
				line, mayObject, mayRef := "", mayEndInObject(cell), mayReferTable(cell)
				if mayObject || mayRef {
					line = cell.Line()
				}
				if mayObject {
					if tt := c.byTypeWord(t, line); tt != nil && tt != t {
						c.targets[tt] = true
					}
				}
				if mayRef {
					if n := tableRef(line); n != "" {
						if tt := c.tableNumbered(n); tt != nil && tt != t {
							c.targets[tt] = true
						}
					}
				}
			}
		}
	}
}

// mayEndInObject is false when byTypeWord(t, c.Line()) is nil for sure: the
// trimmed line does not end in "object(s)", which is then the end of its
// last paragraph (the space joining paragraphs is in neither word).
func mayEndInObject(c *docparse.Cell) bool {
	for i := len(c.Paras) - 1; i >= 0; i-- {
		if c.Paras[i].Text == "" {
			continue
		}
		tail := trimTypeTail(c.Paras[i].Text)
		return tail == "" || endsInObject(tail)
	}
	return true
}

// mayReferTable is false when tableRef(c.Line()) is "" for sure: no
// paragraph holds the words tableRef looks for (none has a space, so none
// spans the space joining paragraphs).
func mayReferTable(c *docparse.Cell) bool {
	for i := range c.Paras {
		if p := &c.Paras[i]; strings.Contains(p.Text, "表") || containsFoldASCII(p.Text, "able") {
			return true
		}
	}
	return false
}

// byTypeWord finds the table a link-less "X object" in table from names
// through its caption.
func (c *pageCtx) byTypeWord(from *docparse.Table, text string) *docparse.Table {
	// Most cells are descriptions: a cheap look at the tail first.
	tail := trimTypeTail(text)
	if len(tail) > 300 || !endsInObject(tail) {
		return nil
	}
	s := normType(text)
	te, ok := parseType(s)
	for ok && te != nil && te.Type == "array" {
		te = te.Items
	}
	if te == nil || te.Object == "" {
		return nil
	}
	return c.captionTable(from, te.Object)
}

// trimTypeTail is strings.TrimRight(s, " 。.;；,:：)）") without the
// cut-set search per rune (every cell of every table passes here).
func trimTypeTail(s string) string {
	for len(s) > 0 {
		if c := s[len(s)-1]; c < utf8.RuneSelf {
			if c != ' ' && c != '.' && c != ';' && c != ',' && c != ':' && c != ')' {
				return s
			}
			s = s[:len(s)-1]
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s)
		if r != '。' && r != '；' && r != '：' && r != '）' {
			return s
		}
		s = s[:len(s)-n]
	}
	return s
}

// endsInObject reports whether s ends in "object" or "objects", in any
// case. The byte-length suffix must fold to all-ASCII words, so it is ASCII
// and ends in 't' or 's': most texts are turned away by their last byte.
func endsInObject(s string) bool {
	if s == "" {
		return false
	}
	switch s[len(s)-1] | 0x20 {
	case 't', 's':
		return hasSuffixFold(s, "object") || hasSuffixFold(s, "objects")
	}
	return false
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// captionTable finds the table captioned name that a reference from table
// from means: the first such table after it (pages repeat a struct's table
// under every status code), else the first on the page.
func (c *pageCtx) captionTable(from *docparse.Table, name string) *docparse.Table {
	ts := c.captions[name]
	if len(ts) == 0 {
		return nil
	}
	if from != nil {
		at := c.index[from]
		for _, t := range ts {
			if c.index[t] > at {
				return t
			}
		}
	}
	return ts[0]
}

// readStatus reads the status-code table: status → description.
func (c *pageCtx) readStatus(secs []*sectionBlocks) map[string]string {
	out := map[string]string{}
	for _, s := range secs {
		if s.kind != secStatus {
			continue
		}
		for _, b := range s.blocks {
			if b.Kind != docparse.TableBlock {
				continue
			}
			t := b.Table
			codeCol, descCol := -1, -1
			for i, h := range t.Header {
				w := normWord(h.Line())
				if statusWords[w] && codeCol < 0 {
					codeCol = i
				} else if columnWords[w] == colDesc && descCol < 0 {
					descCol = i
				}
			}
			if codeCol < 0 {
				continue
			}
			for _, r := range t.Rows {
				if codeCol >= len(r.Cells) {
					continue
				}
				code := statusCode(r.Cells[codeCol].Line())
				if code == "" {
					continue
				}
				desc := ""
				if descCol >= 0 && descCol < len(r.Cells) {
					desc = r.Cells[descCol].Line()
				}
				if _, dup := out[code]; !dup {
					out[code] = desc
				}
			}
		}
	}
	return out
}

// statusCode is the status at the start of a cell: `^\s*([1-5][0-9][0-9])\b`.
func statusCode(s string) string {
	return statusDigits(s)
}

var statusIntro = regexp.MustCompile(`(?i)^\**\s*(?:状态码|status code|http状态码)\s*(?:为)?\s*[:：]?\s*([1-5][0-9][0-9]|default)\s*(?:时)?\s*[:：。.]?\s*\**\s*$`)

// statusOf recognises "**状态码： 200**", "**状态码为 200 时: **", "状态码为 400 时:".
func statusOf(line string) string {
	if !mayBeStatusIntro(line) {
		return ""
	}
	if m := statusIntro.FindStringSubmatch(strings.TrimSpace(line)); m != nil {
		return strings.ToLower(m[1])
	}
	return ""
}

func defaultDescription(code string) string {
	var n int
	var err error
	if len(code) <= 9 && isDigits(code) {
		n, err = strconv.Atoi(code) // what Sscanf reads, without its cost
	} else {
		_, err = fmt.Sscanf(code, "%d", &n)
	}
	if err == nil {
		if t := http.StatusText(n); t != "" {
			return t
		}
	}
	if code == "default" {
		return "Error"
	}
	return "Response " + code
}
