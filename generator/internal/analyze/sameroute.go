package analyze

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/model"
)

// Several pages may document one method and path. They are either
//
//   - one operation documented more than once: versions of one API
//     ("创建图(1.0.0)" and "创建图(2.2.2)"), a deprecated page and its
//     successor ("创建会话（废弃）", "创建会话（推荐）"), numbered copies
//     ("查询主维度信息列表1.md"), or another title for the very same request.
//     One page keeps the operation (keeps: not deprecated, then the newer
//     version, the API Explorer page, the more documented, the page that is
//     not a numbered copy, the first by file name); each other page is left
//     out with duplicate-operation, which names that page and says why;
//   - different operations on one endpoint, told apart by what the request
//     carries: a constant of the URI's query string ("?action_id=start"), a
//     body field only one of them sends (OpenStack actions: {"os-start": {}},
//     {"reboot": {…}}; or deeper, inside a wrapper they all send), or the
//     value of a body field ("action": "create").
//     Each is an operation. As request-syntax keys do (uri_syntax.go), its
//     path key names after "#" what selects it, and the fragment is never
//     sent:
//
//	POST /v2.1/{project_id}/servers/{server_id}/action#os-start
//	POST /v1.0/{project_id}/graphs/{graph_id}/action#action_id=start
//	POST /v1/{project_id}/cloudservers/{server_id}/tags/action#action=create
//
// Pages are one operation when their titles are the same once versions and
// status remarks are set aside (titleStem); the others are told apart by the
// first of the selectors (querySelector, valueSelector, fieldSelector,
// nestedFieldSelector) that
// gives each a label of its own. Nothing depends on the order of the pages
// but the last tie-break.

// routeEntry is an operation on its way into the API, with its page.
type routeEntry struct {
	r      *PageResult
	op     *model.Operation // the copy that goes into the API
	naming *Naming
	left   bool // another page keeps the operation
}

// selector is what tells the operations of one endpoint apart.
type selector struct {
	what   string                 // "the value of body field action"
	labels map[*routeEntry]string // "action=create"; "" keeps the path as written
	query  string                 // the query parameter whose value it is, if any
}

// settleRoutes decides which page keeps each method and path, and the path
// key of each operation. entries are in page order.
func settleRoutes(entries []*routeEntry, diags *diag.List) {
	groups := map[string][]*routeEntry{}
	var keys []string
	for _, e := range entries {
		k := e.op.Method + " " + e.op.Path
		if groups[k] == nil {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], e)
	}
	for _, k := range keys {
		if g := groups[k]; len(g) > 1 {
			settleRoute(g, diags)
		}
	}
	// A labelled key is new: it must not be another page's path as written.
	kept := map[string]*routeEntry{}
	for _, e := range entries {
		if e.left {
			continue
		}
		k := e.op.Method + " " + e.op.Path
		if prev := kept[k]; prev != nil {
			e.left = true
			diags.Report(e.op.PathPos, diag.DuplicateOperation, "%s is also documented by %s (%q): that page keeps the operation (it comes first by file name) and this page is left out",
				k, prev.op.PathPos, prev.op.Summary)
			continue
		}
		kept[k] = e
	}
}

// settleRoute settles the pages of one method and path.
func settleRoute(g []*routeEntry, diags *diag.List) {
	var ops []*routeEntry
	byStem := map[string][]*routeEntry{}
	var stems []string
	for _, e := range g {
		s := titleStem(e.op.Summary)
		if byStem[s] == nil {
			stems = append(stems, s)
		}
		byStem[s] = append(byStem[s], e)
	}
	for _, s := range stems {
		ops = append(ops, keepOne(byStem[s], diags, "the same operation", nil))
	}
	if len(ops) < 2 {
		return
	}
	sel := querySelector(ops)
	if sel == nil {
		sel = valueSelector(ops)
	}
	if sel == nil {
		sel = fieldSelector(ops)
	}
	if sel == nil {
		sel = nestedFieldSelector(ops)
	}
	if sel == nil {
		// one request serves both: it takes what either page allows
		keepOne(ops, diags, "nothing in the request tells the two apart (no constant of the query string, no body field or value of its own)", joinParams)
		return
	}
	byLabel := map[string][]*routeEntry{}
	var labels []string
	for _, e := range ops {
		l := sel.labels[e]
		if byLabel[l] == nil {
			labels = append(labels, l)
		}
		byLabel[l] = append(byLabel[l], e)
	}
	route := ops[0].op.Method + " " + ops[0].op.Path
	for _, l := range labels {
		keep := keepOne(byLabel[l], diags, "the same request (both carry "+l+")", nil)
		if l == "" {
			continue
		}
		sel.apply(keep, l)
		diags.Report(keep.op.PathPos, diag.SharedEndpoint, "%s is documented by %d pages told apart by %s: this page's operation is %s %s",
			route, len(g), sel.what, keep.op.Method, keep.op.Path)
	}
}

// apply gives an operation its label: its path key names it after "#"; a
// query parameter whose constant it is takes that value only, and is
// required.
func (s *selector) apply(e *routeEntry, label string) {
	sep := "#"
	if strings.Contains(e.op.Path, "#") {
		sep = "&"
	}
	e.op.Path += sep + label
	if s.query != "" {
		_, value, _ := strings.Cut(label, "=")
		for _, p := range e.op.Params {
			if p.In == "query" && p.Name == s.query && p.Schema != nil {
				p.Required = true
				if len(p.Schema.Enum) == 0 || slices.Contains(p.Schema.Enum, value) {
					p.Schema.Enum = []string{value}
				}
			}
		}
	}
	// The label names the operation when another one has its id; of a
	// label of several fields, the first does (CreateInstanceDatastore,
	// not …DatastoreRegionAvailabilityZoneVpc…).
	if e.naming != nil {
		n := *e.naming
		first, _, _ := strings.Cut(label, "&")
		_, value, valued := strings.Cut(first, "=")
		if !valued {
			value = first
		}
		n.Longer = append([]string{labelledID(e.op.ID, value, e.op.Summary)}, n.Longer...)
		e.naming = &n
	}
}

// labelledID names an operation with the value that tells it apart: where
// its title puts the value, before the resource ("Creating a Public Zone":
// CreateZone → CreatePublicZone), else after the name (CreateZonePublic).
func labelledID(id, value, title string) string {
	v := exportName(value)
	if component, verb, obj := idParts(id); obj != "" {
		head := strings.ToLower(camelHead(obj))
		ws := strings.Fields(strings.ToLower(title))
		for i := 0; i+1 < len(ws); i++ {
			if ws[i] == strings.ToLower(value) && strings.HasPrefix(ws[i+1], head) {
				return component + verb + v + obj
			}
		}
	}
	return id + v
}

// keepOne lets the best page of g keep what they all document; the others
// are left out, each with a diagnostic naming that page, what relates them
// and why that page is kept.
//
// With join (non-nil), what a left page's request allows is joined to the
// kept operation's (joinParams), and the diagnostic says so.
func keepOne(g []*routeEntry, diags *diag.List, relation string, join func(keep, left *model.Operation) string) *routeEntry {
	keep := g[0]
	for _, e := range g[1:] {
		if better, _ := keeps(e, keep); better {
			keep = e
		}
	}
	for _, e := range g {
		if e == keep {
			continue
		}
		_, why := keeps(keep, e)
		e.left = true
		joined := ""
		if join != nil {
			joined = join(keep.op, e.op)
		}
		diags.Report(e.op.PathPos, diag.DuplicateOperation, "%s %s is also documented by %s (%q): %s; that page keeps the operation (%s) and this page is left out%s",
			e.op.Method, e.op.Path, keep.op.PathPos, keep.op.Summary, relation, why, joined)
	}
	return keep
}

// joinParams makes the kept operation's parameters allow the left one's
// request too: a parameter the left page does not require is not required,
// and a query or header parameter only it has is added, optional. It says
// what changed ("; its request is joined to that operation's: query
// parameter kind not required"), "" for nothing.
func joinParams(keep, left *model.Operation) string {
	var eased, added []string
	for _, p := range keep.Params {
		if !p.Required || p.In == "path" {
			continue
		}
		if q := findParam(left.Params, p.In, p.Name); q == nil || !q.Required {
			p.Required = false
			eased = append(eased, p.In+" parameter "+p.Name)
		}
	}
	for _, q := range left.Params {
		if q.In == "path" || findParam(keep.Params, q.In, q.Name) != nil {
			continue
		}
		cp := *q
		cp.Required = false
		keep.Params = append(keep.Params, &cp)
		added = append(added, q.In+" parameter "+q.Name)
	}
	var parts []string
	if len(eased) > 0 {
		parts = append(parts, strings.Join(eased, ", ")+" not required")
	}
	if len(added) > 0 {
		parts = append(parts, strings.Join(added, ", ")+" added")
	}
	if len(parts) == 0 {
		return ""
	}
	return "; its request is joined to that operation's: " + strings.Join(parts, "; ")
}

func findParam(ps []*model.Param, in, name string) *model.Param {
	for _, p := range ps {
		if p.In == in && (p.Name == name || in == "header" && strings.EqualFold(p.Name, name)) {
			return p
		}
	}
	return nil
}

// keeps reports whether page a rather than b keeps an operation both
// document, and why (said of a): the page that is not deprecated; the newer
// version, when both titles have one; the API Explorer page (the current
// generation of the docs); the page that documents more (table rows read);
// the page whose file name is not a numbered copy; the first by file name.
func keeps(a, b *routeEntry) (bool, string) {
	if a.op.Deprecated != b.op.Deprecated {
		if a.op.Deprecated {
			return false, "it is deprecated, this page is not"
		}
		return true, "it is not deprecated, this page is"
	}
	va, vb := titleVersionOf(a.op.Summary), titleVersionOf(b.op.Summary)
	if va != nil && vb != nil {
		if c := slices.Compare(va, vb); c != 0 {
			return c > 0, fmt.Sprintf("it documents version %s, this page %s", versionString(va), versionString(vb))
		}
	}
	if ea, eb := a.naming != nil && a.naming.Source == "explorer", b.naming != nil && b.naming.Source == "explorer"; ea != eb {
		return ea, "it is the API Explorer page"
	}
	if ua, ub := a.r.Rows.Used, b.r.Rows.Used; ua != ub {
		return ua > ub, fmt.Sprintf("it documents more: table rows read %d, on this page %d", ua, ub)
	}
	if ca, cb := numberedCopy(a.r.Path), numberedCopy(b.r.Path); ca != cb {
		return cb, "its file name is not a numbered copy"
	}
	return a.r.Path < b.r.Path, "it comes first by file name"
}

// deprecatedTitle reports whether a title says its operation is deprecated.
func deprecatedTitle(title string) bool {
	return hasAny(strings.ToLower(title), deprecationWords)
}

// titleStem is what names the operation in a title: without versions and
// status remarks, brackets, white space and letter case.
func titleStem(title string) string {
	s := strings.NewReplacer("（", "(", "）", ")", "\\(", "(", "\\)", ")").Replace(strings.ToLower(title))
	s = titleVersion.ReplaceAllString(s, "")
	s = parenthesis.ReplaceAllStringFunc(s, func(p string) string {
		for _, w := range titleMarkWords {
			if strings.Contains(p, w) {
				return ""
			}
		}
		return p
	})
	return strings.Join(strings.Fields(s), "")
}

// titleVersionOf is the version a title states, as numbers; nil for none.
func titleVersionOf(title string) []int {
	var out []int
	for _, m := range titleVersion.FindAllStringSubmatch(title, -1) {
		v := m[1] + m[2]
		out = out[:0]
		for _, n := range strings.Split(v, ".") {
			x, err := strconv.Atoi(n)
			if err != nil {
				return nil
			}
			out = append(out, x)
		}
	}
	return out
}

func versionString(v []int) string {
	parts := make([]string, len(v))
	for i, n := range v {
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, ".")
}

// numberedCopy reports whether a page's file name numbers a copy.
func numberedCopy(path string) bool {
	base := path[strings.LastIndex(path, "/")+1:]
	return copySuffix.MatchString(strings.TrimSuffix(base, ".md"))
}

// querySelector: a query parameter that every page but one at most gives a
// constant value, with two values at least: a value the URI line writes
// ("?action_id=start"), or a required parameter of one allowed value
// ("type | 是 | String | 取值范围：private"). A page without one keeps the
// path as written ("查询公网Zone列表", where type is optional, beside
// "查询内网Zone列表").
func querySelector(ops []*routeEntry) *selector {
	var names []string
	for _, q := range ops[0].r.uriQuery {
		names = appendNew(names, q.Name)
	}
	for _, e := range ops {
		for _, p := range e.op.Params {
			if _, ok := requiredConstant(p); ok {
				names = appendNew(names, p.Name)
			}
		}
	}
	for _, name := range names {
		sel := &selector{what: "the value of query parameter " + name, labels: map[*routeEntry]string{}, query: name}
		without := 0
		for _, e := range ops {
			v, ok := constantQuery(e.r.uriQuery, name)
			if !ok {
				v, ok = paramConstant(e.op, name)
			}
			if !ok {
				without++
				sel.labels[e] = ""
				continue
			}
			sel.labels[e] = name + "=" + v
		}
		if without <= 1 && distinctLabels(sel.labels) > 1 {
			return sel
		}
	}
	return nil
}

func constantQuery(query []queryItem, name string) (string, bool) {
	for _, q := range query {
		if q.Name == name {
			return q.Value, selectorValue.MatchString(q.Name) && selectorValue.MatchString(q.Value)
		}
	}
	return "", false
}

// paramConstant is the one value an operation's required query parameter
// allows.
func paramConstant(op *model.Operation, name string) (string, bool) {
	for _, p := range op.Params {
		if p.Name == name {
			return requiredConstant(p)
		}
	}
	return "", false
}

func requiredConstant(p *model.Param) (string, bool) {
	if p.In != "query" || !p.Required || p.Schema == nil || len(p.Schema.Enum) != 1 {
		return "", false
	}
	v := p.Schema.Enum[0]
	return v, selectorValue.MatchString(p.Name) && selectorValue.MatchString(v)
}

// valueSelector: a top-level body field every page sends with a constant
// value (an enumeration of one value, or else the value of the request
// example), a different value on each page ("action": "create", "delete").
func valueSelector(ops []*routeEntry) *selector {
	for _, f := range bodyFields(ops[0].op) {
		sel := &selector{what: "the value of body field " + f.Name, labels: map[*routeEntry]string{}}
		for _, e := range ops {
			v, ok := constantField(e.op, f.Name)
			if !ok {
				sel = nil
				break
			}
			sel.labels[e] = f.Name + "=" + v
		}
		if sel != nil && distinctLabels(sel.labels) == len(ops) {
			return sel
		}
	}
	return nil
}

// constantField is the value a page's request gives a top-level body field.
func constantField(op *model.Operation, name string) (string, bool) {
	var field *model.Field
	for _, f := range bodyFields(op) {
		if f.Name == name {
			field = f
		}
	}
	if field == nil || field.Schema == nil || !selectorValue.MatchString(name) {
		return "", false
	}
	if enum := field.Schema.Enum; len(enum) == 1 {
		return enum[0], selectorValue.MatchString(enum[0])
	}
	for _, ex := range requestExamples(op) {
		obj, _ := ex.Value().(map[string]any)
		v, ok := obj[name].(string)
		if !ok {
			continue
		}
		if enum := field.Schema.Enum; len(enum) > 0 && !slices.Contains(enum, v) {
			return "", false
		}
		return v, selectorValue.MatchString(v)
	}
	return "", false
}

// requestExamples are the request's examples, those that agree with the
// tables first.
func requestExamples(op *model.Operation) []*model.Example {
	if op.RequestBody == nil {
		return nil
	}
	var good, bad []*model.Example
	for _, ex := range op.RequestBody.Examples {
		if len(ex.Problems) == 0 {
			good = append(good, ex)
		} else {
			bad = append(bad, ex)
		}
	}
	return append(good, bad...)
}

// fieldSelector: the required top-level body fields only one page sends
// (OpenStack actions: "os-start", "reboot"), a different set on each page;
// one page at most sends none of its own, and keeps the path as written.
func fieldSelector(ops []*routeEntry) *selector { return ownFieldSelector(ops, 0) }

// nestedFieldSelector: as fieldSelector, one level of the bodies deeper at
// a time, for bodies that all share their top level (a wrapper such as
// {"auth": {"identity": {"password": …}}} against {"auth": {"identity":
// {"assume_role": …}}}). Each page is labelled by the fields of its own it
// always sends at the first level that has any.
func nestedFieldSelector(ops []*routeEntry) *selector { return ownFieldSelector(ops, 4) }

// ownFieldSelector labels each page by the body fields of its own that it
// always sends at the first level, down to deepest, that has any. A field
// is always sent when the table marks it required, or when it is all its
// object holds and that object is always sent (the wrapper of an action,
// {"resize": {"flavorRef": …}}, whose table leaves it optional).
func ownFieldSelector(ops []*routeEntry, deepest int) *selector {
	levels := make([][][]*model.Field, len(ops)) // op → depth → fields
	always := map[*model.Field]bool{}
	count := make([]map[string]int, deepest+1)
	for i, e := range ops {
		type object struct {
			fields []*model.Field
			sent   bool // the object itself is always sent
		}
		cur := []object{{bodyFields(e.op), true}}
		for d := 0; d <= deepest && len(cur) > 0; d++ {
			if count[d] == nil {
				count[d] = map[string]int{}
			}
			var level []*model.Field
			var next []object
			for _, o := range cur {
				for _, f := range o.fields {
					level = append(level, f)
					always[f] = f.Required || o.sent && len(o.fields) == 1
					count[d][f.Name]++
					s := f.Schema
					if s != nil && s.Type == "array" {
						s = s.Items
					}
					if s != nil && s.AdditionalProperties == nil && len(s.Fields) > 0 {
						next = append(next, object{s.Fields, always[f]})
					}
				}
			}
			if len(level) == 0 {
				break
			}
			levels[i] = append(levels[i], level)
			cur = next
		}
	}
	sel := &selector{what: "the body fields only one of them sends", labels: map[*routeEntry]string{}}
	bare := 0
	for i, e := range ops {
		var own []string
		for d, fields := range levels[i] {
			for _, f := range fields {
				if always[f] && count[d][f.Name] == 1 && !slices.Contains(own, f.Name) {
					if !selectorValue.MatchString(f.Name) {
						return nil
					}
					own = append(own, f.Name)
				}
			}
			if len(own) > 0 {
				break
			}
		}
		if len(own) == 0 {
			bare++
		}
		sel.labels[e] = strings.Join(own, "&")
	}
	if bare > 1 || distinctLabels(sel.labels) != len(ops) {
		return nil
	}
	return sel
}

// bodyFields are the top-level fields of an operation's request body.
func bodyFields(op *model.Operation) []*model.Field {
	if op.RequestBody == nil || op.RequestBody.Schema == nil {
		return nil
	}
	return op.RequestBody.Schema.Fields
}

func distinctLabels(labels map[*routeEntry]string) int {
	seen := map[string]bool{}
	for _, l := range labels {
		seen[l] = true
	}
	return len(seen)
}
