package analyze

import (
	"strings"

	"github.com/docspec/docspec/generator/internal/docparse"
)

// Names are the generated API's surface. An operation is named from its own
// page only, so that a change elsewhere never renames it.

// operationID names the page's operation (c.op has its method and path):
// the title's anchor when it is a name (not a documentation page id), else
// the method and path.
func (c *pageCtx) operationID() string {
	anchor := ""
	if c.title != nil {
		anchor = c.title.Anchor
	}
	if isOpID(anchor) && !topicID.MatchString(anchor) {
		return anchor
	}
	return opIDFromPath(c.op.Method, c.op.Path)
}

// structName names the struct documented by table target, reached from a
// row's type (te) through ref, for the field called field.
func (c *pageCtx) structName(target *docparse.Table, te *typeExpr, ref rowRef, field string) string {
	name := anchorName(target.Anchor)
	if name == "" && te != nil {
		name = te.Object
	}
	if name == "" {
		name = captionName(target.Caption)
	}
	if name == "" && isTypeName(ref.linkText) {
		name = ref.linkText
	}
	if name == "" {
		name = c.op.ID + exportName(field)
	}
	return name
}

// isOpID reports whether an anchor can be an operation id.
func isOpID(a string) bool { return opIDWord.MatchString(a) }

func opIDFromPath(method, path string) string {
	return strings.ToLower(method) + exportName(path)
}

// exportName joins the ASCII words of s, each capitalised.
func exportName(s string) string {
	var b strings.Builder
	for _, w := range asciiWord.FindAllString(s, -1) {
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	return b.String()
}

// responseSuffix names an unnamed response body table after its operation:
// <Op>ResponseBody for success, <Op>ErrorBody otherwise.
func responseSuffix(code string) string {
	if strings.HasPrefix(code, "2") {
		return "ResponseBody"
	}
	return "ErrorBody"
}

// rootName names a top-level body table: from its anchor or caption when
// they name a struct, else from the operation. An error wrapper of one
// struct X is XBody, shared by the statuses and operations that return it.
func (c *pageCtx) rootName(t *docparse.Table, suffix string) string {
	if n := anchorName(t.Anchor); n != "" {
		return n
	}
	if isTypeName(t.Caption) && captionRole(t.Caption) == roleUnknown {
		return t.Caption
	}
	if suffix == "ErrorBody" && len(t.Rows) == 1 {
		for _, cell := range t.Rows[0].Cells {
			for _, link := range cell.Links {
				if n := anchorName(strings.TrimPrefix(link.Href, "#")); n != "" {
					return n + "Body"
				}
			}
		}
		for _, cell := range t.Rows[0].Cells {
			if te, ok := parseType(cell.Line()); ok && te.Object != "" && len(c.idx.captions[te.Object]) > 0 {
				return te.Object + "Body"
			}
		}
	}
	return c.op.ID + suffix
}

// anchorName is the struct an anchor names: "response_X",
// "zh-cn_topic_1_request_X", "response_X_2" → "X".
func anchorName(a string) string {
	m := structAnchor.FindStringSubmatch(a)
	if m == nil || !isTypeName(m[1]) {
		return ""
	}
	return m[1]
}
