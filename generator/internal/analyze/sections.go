package analyze

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/internal/docparse"
)

// sectionBlocks is one "## Title" section of a page and its blocks.
type sectionBlocks struct {
	kind   section
	title  string
	pos    diag.Pos
	blocks []docparse.Block
	// resumed: the heading's section goes on after a pseudo-section of
	// examples; tables: the heading's section holds a table (in any piece).
	resumed, tables bool
}

// sections splits a page at its headings: the title (the first "# " line)
// and one section per "## " heading, or per "URI" alone on its line (a
// heading that lost its "## "); blocks before the first such heading
// belong to the title's section. Inside a section, a list item that names an
// example ("-   Example request", "-   响应样例", in a request or response
// section also a bare "-   示例 1") opens a pseudo-section of that kind
// (legacy pages use such items as sub-headings); the next list item at the
// same indent that names none, or a table (in a request or response section:
// it documents the body, not the example), returns to the heading's kind. In
// a request or response section, a paragraph that is only such a label
// ("**Example response**:", "**响应示例**") opens one for the code blocks
// right after it and the short lines and notes between them ("-   Request
// for creating a VM cluster", "批量重启实例"): any other block returns to
// the heading's kind. A list item right over a code block does not close a
// list item's examples: it says which example follows.
func sections(page *docparse.Page) (title *docparse.Block, secs []*sectionBlocks) {
	cur := &sectionBlocks{kind: secTitle}
	secs = append(secs, cur)
	parent := cur // the heading's section
	pseudoIndent := -1
	codeOnly := false // cur is opened by a paragraph: it holds code blocks only
	for i := range page.Blocks {
		b := &page.Blocks[i]
		if b.Kind == docparse.Heading {
			if b.Level == 1 && title == nil {
				title = b
				continue
			}
			cur = &sectionBlocks{kind: headingSection(b.Text), title: b.Text, pos: b.Pos}
			parent, pseudoIndent, codeOnly = cur, -1, false
			secs = append(secs, cur)
			continue
		}
		if b.Kind == docparse.Text && !b.Bullet && b.Indent == 0 && len(b.Text) <= maxURILabel && parent.kind != secURI && uriLabel(b.Text) {
			// "URI" alone on its line, a heading that lost its "## "
			cur = &sectionBlocks{kind: secURI, title: bulletLabel(b.Text), pos: b.Pos}
			parent, pseudoIndent, codeOnly = cur, -1, false
			secs = append(secs, cur)
			continue
		}
		if codeOnly && b.Kind != docparse.Code && !exampleAside(b) {
			cur = &sectionBlocks{kind: parent.kind, title: parent.title, pos: parent.pos, resumed: true}
			codeOnly = false
			secs = append(secs, cur)
		}
		if b.Kind == docparse.Text && !b.Bullet && (parent.kind == secRequest || parent.kind == secResponse) {
			if k, ok := sectionExampleLabel(bulletLabel(b.Text), parent.kind); ok {
				cur = &sectionBlocks{kind: k, title: bulletLabel(b.Text), pos: b.Pos}
				codeOnly = true
				secs = append(secs, cur)
				continue
			}
		}
		if b.Kind == docparse.TableBlock && pseudoIndent >= 0 && parent.kind != secExample {
			// a table under an example's label documents the request or
			// response, not the example ("-   请求样例" over the body's table,
			// or the body's tables after the list)
			cur = &sectionBlocks{kind: parent.kind, title: parent.title, pos: parent.pos, resumed: true}
			pseudoIndent = -1
			secs = append(secs, cur)
		}
		if b.Kind == docparse.Text && b.Bullet && (pseudoIndent < 0 || b.Indent <= pseudoIndent) {
			label := bulletLabel(b.Text)
			if k, ok := sectionExampleLabel(label, parent.kind); ok && parent.kind != secTitle {
				cur = &sectionBlocks{kind: k, title: label, pos: b.Pos}
				pseudoIndent = b.Indent
				secs = append(secs, cur)
				continue
			}
			if pseudoIndent >= 0 && !(i+1 < len(page.Blocks) && page.Blocks[i+1].Kind == docparse.Code) {
				// an item right over a code block says which example it
				// is ("-   Query all DB instances."): the examples go on
				cur = &sectionBlocks{kind: parent.kind, title: parent.title, pos: parent.pos, resumed: true}
				pseudoIndent = -1
				secs = append(secs, cur)
			}
		}
		if b.Kind == docparse.TableBlock {
			parent.tables = true
		}
		cur.blocks = append(cur.blocks, *b)
	}
	return title, secs
}

// uriLabel says whether a line is a URI section's label alone ("URI",
// "**URI**", "请求URI："), without the work for marks it does not have.
func uriLabel(text string) bool {
	t := strings.TrimSpace(text)
	if strings.ContainsAny(t, "-*<\\") {
		t = bulletLabel(t)
	}
	t = strings.TrimRight(t, ":：")
	for _, w := range uriSectionWords {
		if strings.EqualFold(t, w) {
			return true
		}
	}
	return false
}

// uriSectionWords are the titles of a URI section (sectionWords).
var uriSectionWords = func() []string {
	var out []string
	for w, k := range sectionWords {
		if k == secURI {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}()

// maxURILabel is the longest line (in bytes) that may be a URI section's
// label ("Request Methods", "请求URI" and their anchors): longer lines are
// not looked at.
const maxURILabel = 64

// exampleAside says whether a block between an example's label and its
// code keeps the code the label's: a short line that says which example
// it is ("-   Request for creating a VM cluster", "批量重启实例", "状态码为
// 200 时:"), or a note ("> **NOTICE:** …").
func exampleAside(b *docparse.Block) bool {
	return b.Kind == docparse.Text && (utf8.RuneCountInString(b.Text) <= 80 || strings.HasPrefix(b.Text, ">"))
}

// sectionExampleLabel reads a label that opens examples in a section of
// kind in: one exampleLabel reads, or in a request or response section a
// bare "示例 1" / "Example" (an example of what the section documents).
func sectionExampleLabel(label string, in section) (section, bool) {
	if k, ok := exampleLabel(label); ok {
		return k, true
	}
	if !genericExampleLabel(label) {
		return secOther, false
	}
	switch in {
	case secRequest:
		return secReqExample, true
	case secResponse:
		return secRespExample, true
	}
	return secOther, false
}

// bulletLabel is a list item's text without the bullet, anchors, bold
// markers and Markdown escapes.
func bulletLabel(text string) string {
	text = strings.TrimLeft(text, "-* ")
	text = anchorTag.ReplaceAllString(text, "")
	text = strings.ReplaceAll(text, "**", "")
	return strings.TrimSpace(docparse.Unescape(text))
}

// of returns the sections of a kind, in page order.
func of(secs []*sectionBlocks, k section) []*sectionBlocks {
	var out []*sectionBlocks
	for _, s := range secs {
		if s.kind == k {
			out = append(out, s)
		}
	}
	return out
}

// joinText joins a section's text lines into a description: clean
// CommonMark (no note icons, anchors or raw HTML), one paragraph a line.
func joinText(blocks []docparse.Block) string {
	var parts []string
	for _, b := range blocks {
		if b.Kind == docparse.Text {
			if t := docparse.CleanText(b.Text); t != "" {
				parts = append(parts, t)
			}
		}
	}
	return strings.Join(parts, "\n\n")
}
