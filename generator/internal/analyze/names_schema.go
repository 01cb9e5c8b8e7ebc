package analyze

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/docspec/docspec/generator/internal/docparse"
)

// Schema names: from the operation (<OperationId>RequestBody,
// <OperationId>ResponseBody, <OperationId><Field>), or from a table's anchor
// or caption when it is a name.

// derived names a schema after the operation and records it, so that the
// name follows the operation's if Merge renames it.
func (c *pageCtx) derived(suffix string) string {
	n := c.op.ID + suffix
	if c.naming.Derived == nil {
		c.naming.Derived = map[string]bool{}
	}
	c.naming.Derived[n] = true
	return n
}

// structName names the struct documented by table target, reached from a
// row's type (te) through ref, for the field called field (a property name,
// or the path of properties that leads to it, "server.nics"): the table's
// anchor, the type's object name, the caption or the link's text when they
// name a struct, else <OperationId><Field>. A caption or link that only
// repeats a lower-case field name ("**shelf** field description", a name
// cell linking to the table) names the field, not a struct: such legacy
// tables are named after the operation too.
func (c *pageCtx) structName(target *docparse.Table, te *typeExpr, ref rowRef, field string) string {
	names := func(s string) bool {
		return structWord(s) && (s != lastField(field) || unicode.IsUpper(rune(s[0])))
	}
	name := anchorName(target.Anchor)
	if name == "" && te != nil && names(te.Object) {
		name = te.Object
	}
	if name == "" {
		if n := captionName(target.Caption); names(n) {
			name = n
		}
	}
	if name == "" && isTypeName(ref.linkText) && names(ref.linkText) {
		name = ref.linkText
	}
	if name == "" {
		f := exportName(field)
		if field == "-" {
			f = "Item" // the nameless row that stands for a list body
		}
		name = c.derived(f)
	}
	return name
}

// lastField is the last property of a field path: "server.nics" → nics.
func lastField(field string) string {
	field = strings.TrimRight(field, "[]")
	if i := strings.LastIndexAny(field, "."); i >= 0 {
		return field[i+1:]
	}
	return field
}

// structWord rejects the names a struct never has: documentation page ids
// used as anchors or captions ("zh-cn_topic_0000001", "table12345").
func structWord(s string) bool {
	return s != "" && !docPageID.MatchString(s)
}

// responseSuffix names an unnamed response body table after its operation:
// <Op>ResponseBody for success (oapi-codegen already generates an
// <Op>Response wrapper type), <Op>ErrorBody otherwise.
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
	if isTypeName(t.Caption) && captionRole(t.Caption) == roleUnknown && structWord(t.Caption) {
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
			if te, ok := parseType(cell.Line()); ok && te.Object != "" && len(c.idx.captions[te.Object]) > 0 && structWord(te.Object) {
				return te.Object + "Body"
			}
		}
	}
	return c.derived(suffix)
}

// anchorName is the struct an anchor names: "response_X",
// "zh-cn_topic_1_request_X", "response_X_2" → "X". An anchor that numbers
// its model ("response_Rs101RolesArritemPolicy": model 101, its roles'
// array item's policy) names it by its path, without the number and with
// an array's item as the singular of its name (RolePolicy).
func anchorName(a string) string {
	m := structAnchor.FindStringSubmatch(a)
	if m == nil {
		return ""
	}
	n := m[1]
	if k := modelNumber.FindString(n); k != "" && len(n) > len(k) {
		var ws []string
		for _, w := range camelWords(n[len(k):]) {
			if w == "arritem" && len(ws) > 0 {
				ws[len(ws)-1] = singular(ws[len(ws)-1])
				continue
			}
			ws = append(ws, w)
		}
		for i, w := range ws {
			ws[i] = exportName(w)
		}
		n = strings.Join(ws, "")
	}
	if !isTypeName(n) || !structWord(n) {
		return ""
	}
	return n
}

// modelNumber: the number of a model that an anchor's struct name starts
// with ("Rq113Role", "Rs101RolesArritem").
var modelNumber = regexp.MustCompile(`^R[qs][0-9]+`)

// numbered is name with n appended, for the last resort of a clash.
func numbered(name string, n int) string { return name + strconv.Itoa(n) }
