package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/internal/docparse"
	"github.com/docspec/docspec/generator/model"
)

// The tables of request-syntax pages have no type column: a row's
// description cell states its facts after the prose, each after a key
// (elementKeys): "CORS规则。类型：Container父节点：CORSConfiguration。" (pipe
// cells run them together), or one per paragraph: "Type: XML",
// "Ancestor: Rule", "Valid values: GET, PUT".

// elementRow is a row of such a table.
type elementRow struct {
	Name     string
	Required bool
	Desc     string        // the description without the type, parent and children facts
	TypeWord string        // the type as written ("Container", "String"); "" when not said
	Schema   *model.Schema // the type (an object for a container), enum and default
	// Parents are the parent elements, each as a path from the root
	// ("ListBucketResult.Contents" → [ListBucketResult Contents]); nil when
	// the row does not say.
	Parents  [][]string
	Root     bool     // the parent is "none": the row is the root element
	Children []string // the child elements the row names
	// Many are the children the row says may repeat ("子元素：一个或者多个FilterRule").
	Many  []string
	Pos   diag.Pos
	key   rowKey // the table row
	table *docparse.Table
}

// isObject reports whether the row's type is a container.
func (r *elementRow) isObject() bool { return r.Schema != nil && r.Schema.Type == "object" }

// elementRows reads a table of a request-syntax page. A table with a type
// column (JSON bodies of some pages) is read as usual.
func (c *pageCtx) elementRows(t *docparse.Table) []elementRow {
	cols := mapColumns(t.Header)
	if cols.has(colType) {
		var out []elementRow
		for _, r := range c.readRows(t) {
			out = append(out, elementRow{Name: r.Name, Required: r.Required, Desc: r.Desc, Schema: r.Schema, Pos: r.Pos, table: t, key: r.key})
		}
		return out
	}
	nameCol, ok := cols.col(colName)
	if !ok {
		c.readRows(t) // reports the table
		return nil
	}
	descCol, hasDesc := cols.col(colDesc)
	reqCol := requiredColumn(t, cols)
	var out []elementRow
	for ri := range t.Rows {
		r := &t.Rows[ri]
		if nameCol >= len(r.Cells) {
			continue
		}
		name := cleanName(r.Cells[nameCol].Line())
		if name == "" || name == "-" {
			continue
		}
		c.use(t, ri)
		x := elementRow{Name: name, Pos: r.Pos, table: t, key: rowKey{t, ri}}
		if reqCol >= 0 && reqCol < len(r.Cells) {
			x.Required = requiredText(r.Cells[reqCol].Line())
		}
		var facts elementFacts
		if hasDesc && descCol < len(r.Cells) {
			facts = readElementFacts(r.Cells[descCol])
		}
		x.Desc = docparse.EscapeText(facts.desc)
		x.TypeWord = facts.typeWord
		x.Parents, x.Root, x.Children, x.Many = facts.parents, facts.root, facts.children, facts.many
		x.Schema = c.elementType(t, x.Name, facts, r.Pos)
		out = append(out, x)
	}
	return out
}

// elementType is a row's schema: its type word, valid values, limits and
// default.
func (c *pageCtx) elementType(t *docparse.Table, name string, f elementFacts, pos diag.Pos) *model.Schema {
	s := &model.Schema{Type: "string", Description: f.desc}
	if f.typeWord != "" {
		if te, ok := elementTypeWord(f.typeWord); ok {
			s.Type, s.Format = te.Type, te.Format
			if te.Type == "array" {
				s.Items = &model.Schema{Type: "string"}
				if te.Items != nil && te.Items.Type != "" && te.Items.Type != "object" && te.Items.Type != "array" {
					s.Items.Type, s.Items.Format = te.Items.Type, te.Items.Format
				}
			}
		} else {
			c.diags.Report(pos, diag.UnknownType, "table %q, %q: unknown type %q: typed as a string", tableLabel(t), name, f.typeWord)
		}
	}
	switch s.Type {
	case "object", "array":
		return s
	}
	pf := (facets{prose: f.prose}).forType(s.Type) // what the prose says ("It can be any number from 1 to 10,000")
	if len(f.values) > 0 && s.Type != "boolean" {
		s.Enum = f.values
	} else if len(pf.Enum) > 0 {
		s.Enum = pf.Enum
	}
	s.Minimum, s.Maximum, s.MinLength, s.MaxLength = pf.Min, pf.Max, pf.MinLen, pf.MaxLen
	if f.def != "" {
		if why := defaultProblem(f.def, s); why == "" {
			s.Default, s.HasDefault = f.def, true
		}
	}
	return s
}

// elementTypeWord parses an element table's type word ("String",
// "Container", "Positive integer", "Integer。").
func elementTypeWord(w string) (*typeExpr, bool) {
	l := strings.ToLower(normType(w))
	if t, ok := elementTypeWords[l]; ok {
		return &typeExpr{Type: t}, true
	}
	if te, ok := parseType(l); ok {
		return te, true
	}
	if f := strings.Fields(l); len(f) > 1 {
		if t, ok := elementTypeWords[f[0]]; ok {
			return &typeExpr{Type: t}, true
		}
		if te, ok := parseType(f[0]); ok && te.Type != "object" && te.Type != "array" {
			return te, true
		}
	}
	return nil, false
}

// elementFacts are the facts of a description cell.
type elementFacts struct {
	desc     string
	typeWord string
	parents  [][]string
	root     bool
	children []string
	many     []string
	values   []string
	def      string
	prose    proseFacets // what the prose says besides the keys ("Possible values are A, B, and C.")
}

// readElementFacts splits a description cell into its prose and its facts.
// The prose keeps every fact but the type, the parents and the children
// (valid values, examples and constraints help the reader).
func readElementFacts(cell docparse.Cell) elementFacts {
	var f elementFacts
	var desc []string
	var prose []docparse.Para
	for _, p := range cell.Paras {
		text := p.Text
		keys := elementKeyIndex(text)
		kept := text
		if len(keys) > 0 {
			var b strings.Builder
			b.WriteString(text[:keys[0].start])
			for i, k := range keys {
				end := len(text)
				if i+1 < len(keys) {
					end = keys[i+1].start
				}
				value := strings.TrimSpace(text[k.end:end])
				switch k.kind {
				case keyType:
					if f.typeWord == "" {
						f.typeWord = typeWordOf(value)
					}
					continue
				case keyParent:
					if noneWords[strings.ToLower(strings.TrimRight(value, "。.;；,，"))] || noneWords[leadingWord(value)] {
						f.root = true
					} else {
						for _, n := range nameList(value) {
							f.parents = append(f.parents, strings.Split(n, "."))
						}
					}
					continue
				case keyChildren:
					if m := manyPrefix.FindStringIndex(value); m != nil {
						names := nameList(value[m[1]:])
						f.children = append(f.children, names...)
						f.many = append(f.many, names...)
					} else {
						f.children = append(f.children, nameList(value)...)
					}
					continue
				case keyValues:
					if vs := valueList(value); len(vs) >= 2 && f.values == nil {
						f.values = vs
					}
				case keyDefault:
					if v := cleanValue(value); valueToken.MatchString(v) && !noneWords[strings.ToLower(v)] && f.def == "" {
						f.def = v
					}
				}
				b.WriteString(text[k.start:end])
			}
			kept = b.String()
		}
		if kept = strings.TrimSpace(kept); kept != "" {
			desc = append(desc, kept)
			p.Text = kept
			prose = append(prose, p)
		}
	}
	f.desc = strings.Join(desc, "\n")
	f.prose = readProse(foldItems(prose), "")
	return f
}

// elementKeyAt is a key found in a description: the key's span, the end
// of its colon, and what it introduces.
type elementKeyAt struct {
	start, end int
	kind       elementKey
}

// elementKeyIndex finds the keys of a description text, each followed by
// a colon. A key in Latin letters must start a word ("Type:" but not
// "Content-Type:").
func elementKeyIndex(s string) []elementKeyAt {
	var out []elementKeyAt
	lower := asciiLower(s)
	for i := 0; i < len(s); i++ {
		var end int
		switch {
		case s[i] == ':':
			end = i + 1
		case s[i] == 0xEF && strings.HasPrefix(s[i:], "："):
			end = i + len("：")
		default:
			continue
		}
		before := strings.TrimRight(lower[:i], " \t")
		best := -1
		var kind elementKey
		for k, v := range elementKeys {
			if !strings.HasSuffix(before, k) {
				continue
			}
			start := len(before) - len(k)
			if r, _ := utf8.DecodeRuneInString(k); r < utf8.RuneSelf {
				if p, _ := utf8.DecodeLastRuneInString(before[:start]); start > 0 && (unicode.IsLetter(p) && p < utf8.RuneSelf || unicode.IsDigit(p) || p == '-' || p == '_') {
					continue
				}
			}
			if best < 0 || start < best {
				best, kind = start, v
			}
		}
		if best >= 0 {
			out = append(out, elementKeyAt{start: best, end: end, kind: kind})
		}
		i = end - 1
	}
	return out
}

// typeWordOf is the type word at the start of a type fact's value:
// "String。", "Container", "Positive integer", "String (Optional)", and in
// pipe cells where the next words run into it, "Stringbytes=byte_range".
func typeWordOf(v string) string {
	end := len(v)
	for i, r := range v {
		if r >= utf8.RuneSelf || strings.ContainsRune("。.,，;；(（:：=", r) {
			end = i
			break
		}
	}
	w := strings.TrimSpace(v[:end])
	if _, ok := elementTypeWord(w); ok || strings.ContainsAny(w, " \t") {
		return w
	}
	for n := len(w) - 1; n >= 3; n-- {
		if _, ok := elementTypeWord(w[:n]); ok {
			return w[:n]
		}
	}
	return w
}

// leadingWord is the first word of a value, lower case, punctuation dropped.
func leadingWord(v string) string {
	f := strings.FieldsFunc(strings.ToLower(v), func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '-' && r != '/'
	})
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// nameList reads the element names at the start of a value:
// "Expiration, Transition", "ListVersionsResult.Version | ListVersionsResult.DeleteMarker",
// "Date或Days,StorageClass", "RoutingRules元素中至少要有一个RoutingRule元素" (one name).
func nameList(v string) []string {
	var out []string
	rest := strings.TrimSpace(v)
	for rest != "" {
		n := 0
		for n < len(rest) && isNameByte(rest[n], n == 0) {
			n++
		}
		if n == 0 {
			break
		}
		out = append(out, strings.Trim(rest[:n], "."))
		rest = rest[n:]
		loc := alternativeWords.FindStringIndex(rest)
		if loc == nil || loc[0] != 0 {
			break
		}
		rest = rest[loc[1]:]
	}
	return out
}

func isNameByte(b byte, first bool) bool {
	switch {
	case b >= 'a' && b <= 'z', b >= 'A' && b <= 'Z', b == '_':
		return true
	case b >= '0' && b <= '9', b == '.', b == '-':
		return !first
	}
	return false
}

// valueList reads a valid-values fact as enum values: every item must be
// a plain token ("Enabled，Disabled", "STANDARD | WARM | COLD",
// "GET、PUT、HEAD"); prose gives none.
func valueList(v string) []string {
	v = strings.TrimSpace(v)
	v = strings.TrimRight(v, "。.;；")
	var out []string
	for _, p := range alternativeWords.Split(v, -1) {
		p = cleanValue(p)
		if p == "" {
			continue
		}
		if !valueToken.MatchString(p) {
			return nil
		}
		out = append(out, p)
	}
	return out
}

// asciiLower lowers ASCII letters only, so that byte offsets stay those of s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
