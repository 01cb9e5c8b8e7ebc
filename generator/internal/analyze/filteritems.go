package analyze

import (
	"strings"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/model"
)

// filterItems types the items of a query parameter written as a list whose
// row gives no item type ("monitor_port | Array | 支持多值查询，查询条件格式：
// monitor_port=xxx&monitor_port=xxx"): a filter on the resources the
// operation answers, whose items are values of the response's member of that
// name ("monitor_port | Integer"). Where every member of that name in the
// success responses is one number or boolean type, the items take it, with
// a note; a string, a list, an object, or members of two types leave the
// items strings.
func (c *pageCtx) filterItems() {
	if len(c.openFilters) == 0 {
		return
	}
	type found struct {
		s    *model.Schema
		pos  diag.Pos
		same bool // every member of the name has this type and format
	}
	members := map[string]*found{}
	for _, r := range c.op.Responses {
		if r.Body == nil || r.Body.Schema == nil || !strings.HasPrefix(r.Status, "2") {
			continue
		}
		eachField(r.Body.Schema, func(f *model.Field) {
			if f.Schema == nil {
				return
			}
			m := members[f.Name]
			if m == nil {
				members[f.Name] = &found{s: f.Schema, pos: f.Pos, same: true}
				return
			}
			if m.s.Type != f.Schema.Type || m.s.Format != f.Schema.Format {
				m.same = false
			}
		})
	}
	for _, p := range c.openFilters {
		m := members[p.Name]
		if m == nil || !m.same || !filterItemTypes[m.s.Type] {
			continue
		}
		p.Schema.Items = &model.Schema{Type: m.s.Type, Format: m.s.Format}
		c.diags.Report(p.Pos, diag.FilterItems, "query parameter %q: a list whose row does not type its items; the response's %q (line %d) is %s: its items are typed so", p.Name, p.Name, m.pos.Line, describeSchema(m.s))
	}
}

// filterItemTypes are the member types a filter's items take (a string is
// what they are already).
var filterItemTypes = map[string]bool{"integer": true, "number": true, "boolean": true}
