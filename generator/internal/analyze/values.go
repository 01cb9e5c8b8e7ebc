package analyze

import (
	"regexp"
	"slices"
	"strings"

	"github.com/docspec/docspec/generator/internal/docparse"
	"github.com/docspec/docspec/generator/model"
)

// Value tables. A scalar field's description may refer to a table that
// lists the field's values, one row each, instead of a struct's fields:
//
//	status | String | 连接状态，状态码请参考表5。
//	**表 5** 连接状态: 名称 | 含义 | 说明 — CREATING | 创建中 | …; ACTIVE | …
//
// The values become the field's enum and their meanings a list in its
// description. The column of the values is the one the description names
// ("取值见表4“参数名称”列", `see the "Name" column of Table 4`), else the
// table's name column, else its first. A table is a value table only when
// it is one: every value an ASCII token, none twice, a row per value (no
// merged cells), at least two rows, no required column, a type column (if
// any) giving the field's own type, values of the field's type, and among
// them the field's default and the values examples give it. Otherwise it stays
// what it was (a table no field links to, reported).

// valueTable is a table of a field's values.
type valueTable struct {
	t      *docparse.Table
	values []string
	notes  []string // what each value means; "" when the table does not say
	// open: the field's default or the page's examples give it a value the
	// table does not list ("xxx"): the meanings go into the description,
	// and no enum
	open bool
}

// scalarRef is a scalar field whose description refers to a table, and
// its line: a table that is no value table then documents what the field
// holds ("model_metric_list | String | 具体请参见表7": the JSON in the
// string), not a field of its own.
type scalarRef struct {
	field string
	line  int
}

// namedColumn: the column a description names, "“参数名称”列",
// `the "Name" column`.
var namedColumn = regexp.MustCompile(`(?i)[“"]([^”"]{1,40})[”"]\s*(?:列|column)`)

// valueTable finds the table of a scalar field's values that its
// description refers to, or else the one captioned as its values
// ("cause_id取值说明"); nil when there is none, or more than one.
func (c *pageCtx) valueTable(from *docparse.Table, field string, te *typeExpr, desc docparse.Cell) *valueTable {
	if te == nil || !scalarOrList(te) {
		return nil
	}
	if te.Type == "array" {
		te = te.Items
	}
	// Not descRefs: a value table is on the field's own page, so "表10"
	// linked to another page's copy of it still names this page's table 10.
	var cands []*docparse.Table
	add := func(t *docparse.Table) {
		if t != nil && t != from && !slices.Contains(cands, t) {
			cands = append(cands, t)
		}
	}
	for _, l := range desc.Links {
		if a, ok := strings.CutPrefix(l.Href, "#"); ok {
			add(c.tableAt(a))
		}
	}
	if len(c.idx.numbered) > 0 {
		for _, n := range tableRefs(desc.Line()) {
			add(c.idx.numbered[n])
		}
	}
	if len(cands) == 0 {
		// no reference, or "详细参见表10." where no table 10 is: the table
		// captioned as the field's values ("tls_ciphers_policy取值说明")
		add(c.valuesCaptioned(field))
	}
	for _, t := range cands {
		if _, ok := c.idx.scalarRefs[t]; !ok {
			c.idx.scalarRefs[t] = scalarRef{field, desc.Pos.Line}
		}
	}
	if len(cands) != 1 {
		return nil
	}
	t := cands[0]
	if c.idx.leads[t] || c.idx.targets[t] && c.idx.valueTabs[t] == nil || len(t.Rows) < 2 || c.scalarTable(from, field, desc) == t {
		return nil
	}
	if prev := c.idx.valueTabs[t]; prev != nil {
		if allParse(prev.values, te.Type) {
			return prev
		}
		return nil
	}
	cols := c.idx.cols[t]
	if cols.has(colRequired) {
		return nil // a struct's fields: values are never required
	}
	vc := 0
	if i, ok := cols.col(colName); ok {
		vc = i
	}
	if m := namedColumn.FindStringSubmatch(desc.Line()); m != nil {
		for i, h := range t.Header {
			if strings.TrimSpace(h.Line()) == strings.TrimSpace(m[1]) {
				vc = i
			}
		}
	}
	nc := -1 // the meaning
	if i, ok := cols.col(colDesc); ok && i != vc {
		nc = i
	} else if last := len(t.Header) - 1; last != vc {
		nc = last
	}
	tc, hasType := cols.col(colType)
	vt := &valueTable{t: t}
	for i := range t.Rows {
		r := &t.Rows[i]
		if len(r.Cells) != len(t.Header) || vc >= len(r.Cells) {
			return nil
		}
		v := cleanValue(r.Cells[vc].Line())
		if !valueToken.MatchString(v) || slices.Contains(vt.values, v) {
			return nil
		}
		if hasType {
			if e := readTypeCell(r.Cells[tc].Line()).expr; e == nil || e.Type != te.Type {
				return nil
			}
		}
		note := ""
		if nc >= 0 && nc < len(r.Cells) {
			note = strings.TrimSpace(r.Cells[nc].Line())
		}
		vt.values, vt.notes = append(vt.values, v), append(vt.notes, note)
	}
	if !allParse(vt.values, te.Type) {
		return nil
	}
	// The field's default and the values the page's examples give it are
	// among the values ("yyyy-MM-dd" is no letter of a table of date
	// pattern letters).
	if f := c.facetsOf(desc, field); f.HasDefault && !slices.Contains(vt.values, f.Default) {
		vt.open = true
	}
	for _, v := range c.exampleStrings()[field] {
		if !slices.Contains(vt.values, v) {
			vt.open = true
		}
	}
	return vt
}

// applyValues makes a value table the enum of a field's schema (or of its
// items) unless the table is open or its description gave another list
// (one the table holds all of and more is the table's: "取值包括：tls-1-0,
// tls-1-1…" beside the table that adds tls-1-0-inherit), and adds the
// values' meanings to the description.
func (c *pageCtx) applyValues(s *model.Schema, vt *valueTable, desc string) string {
	target := s
	if s.Type == "array" && s.Items != nil {
		target = s.Items
	}
	if target.Name != "" || target.Type == "object" || target.Type == "array" {
		return desc
	}
	c.useTable(vt.t)
	if !vt.open && !slices.ContainsFunc(target.Enum, func(v string) bool { return !slices.Contains(vt.values, v) }) {
		target.Enum = slices.Clone(vt.values)
	}
	var b strings.Builder
	for i, v := range vt.values {
		if vt.notes[i] == "" {
			continue
		}
		b.WriteString("\n- `" + v + "`: " + docparse.EscapeText(vt.notes[i]))
	}
	if b.Len() == 0 {
		return desc
	}
	if desc == "" {
		return strings.TrimPrefix(b.String(), "\n")
	}
	return desc + "\n" + b.String()
}

// valuesCaptioned is the one table captioned as the values of field
// ("tls_ciphers_policy取值说明", "Values of status"); nil for none or several.
func (c *pageCtx) valuesCaptioned(field string) *docparse.Table {
	x := &c.idx
	if x.valueCaptions == nil {
		x.valueCaptions = map[string]*docparse.Table{}
		for _, t := range x.tables {
			if t.Caption == "" {
				continue
			}
			caption := strings.ToLower(captionWords(t.Caption))
			name := ""
			for _, suf := range valueCaptionSuffixes {
				if rest, ok := strings.CutSuffix(caption, suf); ok {
					name = rest
					break
				}
			}
			if rest, ok := strings.CutPrefix(caption, "values of "); ok && name == "" {
				name = rest
			}
			if k := refKey(strings.TrimSpace(name)); k != "" {
				if _, seen := x.valueCaptions[k]; seen {
					x.valueCaptions[k] = nil // several: none is meant
				} else {
					x.valueCaptions[k] = t
				}
			}
		}
	}
	return x.valueCaptions[refKey(field)]
}
