package analyze

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/model"
)

// Merge joins page results into one API. Results may come in any order:
// they are sorted by path first, so the API never depends on it. The
// results are not changed: the API is made of copies of their operations.
func Merge(results []*PageResult, tag string) (*model.API, diag.List) {
	var diags diag.List
	rs := append([]*PageResult(nil), results...)
	sort.Slice(rs, func(i, j int) bool { return rs[i].Path < rs[j].Path })
	api := &model.API{Pages: len(rs)}
	namings := map[*model.Operation]*Naming{}
	byShape := map[string]*model.Operation{}          // by path with placeholders unnamed
	mainOf := map[*model.Operation]*model.Operation{} // a page's operation in another version → the page's
	var entries []*routeEntry
	for _, r := range rs {
		diags.Append(r.Diags)
		diags.Append(r.pendingExternals())
		if r.Operation == nil {
			api.Skipped++
			continue
		}
		add := func(op *model.Operation, naming *Naming) {
			shape := placeholder.ReplaceAllString(op.Path, "{}")
			if first := byShape[shape]; first == nil {
				byShape[shape] = op
			} else if first.Path != op.Path {
				renamePlaceholders(op, first, &diags)
			}
			entries = append(entries, &routeEntry{r: r, op: op, naming: naming})
		}
		main := cloneOperation(r.Operation)
		add(main, r.Naming)
		for _, v := range r.Versions {
			op := cloneOperation(r.Operation)
			op.Path = v.Path
			add(op, v.Naming)
			mainOf[op] = main
		}
	}
	settleRoutes(entries, &diags) // pages that document one method and path (sameroute.go)
	for _, e := range entries {
		switch alias := e.naming.alias(); {
		case e.left && alias:
			continue
		case e.left:
			// every row of the page is named, with the page, by the diagnostic that leaves it out
			api.Rows.Add(model.TableRows{Read: e.r.Rows.Read, Reported: e.r.Rows.Read})
			continue
		case alias:
			api.Versions++
		default: // the page's rows count once, with its operation
			api.Rows.Add(e.r.Rows)
		}
		namings[e.op] = e.naming
		if tag != "" {
			e.op.Tags = []string{tag}
		}
		api.Operations = append(api.Operations, e.op)
	}
	if tag != "" {
		api.Tags = []string{tag}
	}
	// The operation in another version has the schemas of the page's (by
	// the names they settle on) when both are in and alike.
	in := map[*model.Operation]bool{}
	for _, op := range api.Operations {
		in[op] = true
	}
	for _, op := range api.Operations {
		if m := mainOf[op]; m == nil || !in[m] || !sameShapes(rootSchemas(m), rootSchemas(op)) {
			delete(mainOf, op)
		}
	}
	addCommonHeaders(rs, api.Operations, &diags)
	settleIDs(api.Operations, namings, mainOf, &diags)
	sort.SliceStable(api.Operations, func(i, j int) bool {
		a, b := api.Operations[i], api.Operations[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return methodRank(a.Method) < methodRank(b.Method)
	})
	own := make([]*model.Operation, 0, len(api.Operations))
	for _, op := range api.Operations {
		if mainOf[op] == nil {
			own = append(own, op)
		}
	}
	api.Schemas = unifySchemas(own, &diags)
	for _, op := range api.Operations {
		if m := mainOf[op]; m != nil {
			ms, as := rootSchemas(m), rootSchemas(op)
			for i := range ms {
				sameNames(ms[i], as[i], 0)
			}
		}
	}
	return api, diags
}

// sameShapes reports whether two lists of schemas have one structure each.
func sameShapes(a, b []*model.Schema) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if (a[i] == nil) != (b[i] == nil) || a[i] != nil && fingerprint(a[i]) != fingerprint(b[i]) {
			return false
		}
	}
	return true
}

// sameNames names the schemas of b, a copy of a, as a's are named.
func sameNames(a, b *model.Schema, depth int) {
	if a == nil || b == nil || depth > maxDepth {
		return
	}
	b.Name = a.Name
	sameNames(a.Items, b.Items, depth+1)
	sameNames(a.AdditionalProperties, b.AdditionalProperties, depth+1)
	if len(a.Fields) == len(b.Fields) {
		for i := range a.Fields {
			if a.Fields[i].Name == b.Fields[i].Name {
				sameNames(a.Fields[i].Schema, b.Fields[i].Schema, depth+1)
			}
		}
	}
}

// settleIDs gives every operation an id of its own. Of the operations that
// share an id, one keeps it (keepsID), unless they are one endpoint's told
// apart by their titles' labels (labelledPeers): then none does. Each of the
// others takes the first
// name no operation has of: its names with its version, when the two differ
// in version (Naming.Versioned); its longer names, built from more of its own
// path (Naming.Longer); when the two write their versions differently, its
// names with the version's digits or the words before it (versionNames);
// for a deprecated one, the id with Deprecated; and only when none is free,
// the id numbered. So an id changes only when another page claims the same
// one; schemas named after an operation follow its id.
func settleIDs(ops []*model.Operation, namings map[*model.Operation]*Naming, mirrors map[*model.Operation]*model.Operation, diags *diag.List) {
	byID := map[string][]*model.Operation{}
	for _, op := range ops {
		byID[op.ID] = append(byID[op.ID], op)
	}
	used := map[string]bool{}
	ids := make([]string, 0, len(byID))
	for id := range byID {
		used[id] = true
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		group := byID[id]
		if len(group) < 2 {
			continue
		}
		sort.SliceStable(group, func(i, j int) bool { return keepsID(group[i], group[j], namings) })
		keep, rest := group[0], group[1:]
		if labelledPeers(group, namings) {
			// operations of one endpoint told apart by what their requests
			// carry, as their titles say (CreateZone#zone_type=private,
			// …=public: "Creating a Private Zone") are peers: each takes
			// the name its title gives its label (CreatePrivateZone,
			// CreatePublicZone)
			rest = group
		}
		chosen := make([]string, len(rest))
		alts := make([][]string, len(rest))
		for i, op := range rest {
			if n := namings[op]; n != nil {
				alts[i] = n.Longer
				if pathVersion(op.Path) != pathVersion(keep.Path) || n.alias() {
					// Another version of the same operation: the version tells them apart.
					alts[i] = append(append([]string(nil), n.Versioned...), alts[i]...)
				}
				if versionOf(op.Path) != versionOf(keep.Path) {
					alts[i] = append(alts[i], versionNames(id, n, op.Path, keep.Path)...)
				}
			}
			nn := firstFree(alts[i], used, asWritten)
			if nn == "" && op.Deprecated && !used[id+"Deprecated"] {
				nn = id + "Deprecated" // beside the operation that replaces it
			}
			if nn == "" {
				// an operation before it that took one of its names and
				// has another free takes that one ("Querying AS Policies
				// (V2)" ListScalingPoliciesDetailsV2, so that "Querying
				// All AS Policies (V2)" is ListScalingPoliciesV2)
				nn = yieldName(alts[i], chosen[:i], alts[:i], used)
			}
			for k := 2; nn == ""; k++ {
				if !used[numbered(id, k)] {
					nn = numbered(id, k)
				}
			}
			used[nn] = true
			chosen[i] = nn
		}
		for i, op := range rest {
			nn := chosen[i]
			switch other := keep; {
			case len(rest) == len(group):
				if op == keep {
					other = group[1]
				}
				diags.Report(op.Pos, diag.DuplicateOperationID, "operation id %q is also that of %s, on the same endpoint: each is named by what tells it apart, this one %q", id, other.Pos, nn)
			case !namings[op].alias() || op.Pos != keep.Pos:
				diags.Report(op.Pos, diag.DuplicateOperationID, "operation id %q is also used by %s: this one is named %q", id, keep.Pos, nn)
			}
			if mirrors[op] == nil {
				renameDerived(op, id, nn, namings[op])
			} // else its schemas are the page's operation's (Merge)
			op.ID = nn
		}
	}
}

// firstFree is the first of names that used does not hold under key (as
// written, or nameKey for struct names), "" when there is none.
func firstFree(names []string, used map[string]bool, key func(string) string) string {
	for _, n := range names {
		if !used[key(n)] {
			return n
		}
	}
	return ""
}

func asWritten(n string) string { return n }

// yieldName finds, among the names chosen before (each of an operation
// whose alternatives are in alts), one of want's that the operation which
// took it can give up for another of its own that is free: that operation
// takes the other, and want's is returned ("" when there is none).
func yieldName(want []string, chosen []string, alts [][]string, used map[string]bool) string {
	for _, w := range want {
		for j, c := range chosen {
			if c != w {
				continue
			}
			if other := firstFree(alts[j], used, asWritten); other != "" {
				used[other] = true
				chosen[j] = other
				return w
			}
		}
	}
	return ""
}

// labelledPeers reports whether the operations are all one endpoint's,
// each with the label that tells it from the others ("POST
// /v2/zones#zone_type=private", "…#zone_type=public"), and with a name
// that its title puts the label in (labelledID: CreatePrivateZone, not
// CreateZonePrivate).
func labelledPeers(ops []*model.Operation, namings map[*model.Operation]*Naming) bool {
	base, _, _ := strings.Cut(ops[0].Path, "#")
	for _, op := range ops {
		b, label, ok := strings.Cut(op.Path, "#")
		if n := namings[op]; !ok || label == "" || b != base || op.Method != ops[0].Method ||
			n == nil || len(n.Longer) == 0 || strings.HasPrefix(n.Longer[0], op.ID) {
			return false
		}
	}
	return true
}

// versionNames are the names that tell an operation from another version
// of it at keepPath, which keeps id, when the page's own names do not: each
// of its names with its version ("CinderVolumeActionOsUnreserveV3"), with all
// of the version's digits (v2.0 beside v2: "ListNatGatewaysV20"), and with
// the words before it (/rds/v1 beside /v1.0: "ListFlavorsRdsV1"). A suffix
// that the other version's would be too is left out.
func versionNames(id string, n *Naming, path, keepPath string) []string {
	prefix, v := versionOfParts(path)
	keepPrefix, kv := versionOfParts(keepPath)
	var words []string
	if !slices.Equal(prefix, keepPrefix) {
		for _, p := range prefix {
			words = append(words, segWords(p)...)
		}
	}
	var names []string
	for _, suffix := range []string{versionSuffix(v), literalSuffix(v), joinWords(words) + versionSuffix(v)} {
		if suffix == "" || suffix == versionSuffix(kv) || suffix == literalSuffix(kv) {
			continue // the other version's too
		}
		for _, b := range append([]string{id}, n.Longer...) {
			if !slices.Contains(names, b+suffix) {
				names = append(names, b+suffix)
			}
		}
	}
	return names
}

// keepsID reports whether a rather than b keeps the id both have.
func keepsID(a, b *model.Operation, namings map[*model.Operation]*Naming) bool {
	if aa, ab := namings[a].alias(), namings[b].alias(); aa != ab {
		return ab // a page's operation at its newest version, before any page's other versions
	}
	if oa, ob := namings[a].Official(), namings[b].Official(); oa != ob {
		return oa
	}
	if a.Deprecated != b.Deprecated {
		return b.Deprecated // the current operation has the name; the deprecated one a longer one
	}
	if oa, ob := namings[a].older(), namings[b].older(); oa != ob {
		return ob // so has the current generation's page
	}
	if va, vb := pathVersion(a.Path), pathVersion(b.Path); va != vb {
		return va < vb // the older version keeps the name: a new version never renames it
	}
	if sa, sb := projectScoped(a.Path), projectScoped(b.Path); sa != sb {
		return sa // the service's own API (/v2/{project_id}/nat_gateways) beside its OpenStack one (/v2.0/nat_gateways)
	}
	if sa, sb := idSupport(a), idSupport(b); sa != sb {
		return sa > sb
	}
	na, nb := strings.Count(a.Path, "/"), strings.Count(b.Path, "/")
	if na != nb {
		return na < nb
	}
	if a.Path != b.Path {
		return a.Path < b.Path
	}
	return methodRank(a.Method) < methodRank(b.Method)
}

// idSupport counts the words of an operation's id that its path has.
func idSupport(op *model.Operation) int {
	words := map[string]bool{}
	for _, w := range segWords(op.Path) {
		words[singular(w)] = true
	}
	n := 0
	for _, w := range camelWords(op.ID) {
		if words[singular(w)] {
			n++
		}
	}
	return n
}

// rootSchemas are the schemas an operation holds directly: its parameters',
// its request body's, and its responses' bodies' and headers'.
func rootSchemas(op *model.Operation) []*model.Schema {
	var out []*model.Schema
	for _, p := range op.Params {
		out = append(out, p.Schema)
	}
	if op.RequestBody != nil {
		out = append(out, op.RequestBody.Schema)
	}
	for _, r := range op.Responses {
		if r.Body != nil {
			out = append(out, r.Body.Schema)
		}
		for _, h := range r.Headers {
			out = append(out, h.Schema)
		}
	}
	return out
}

// renameDerived renames the schemas an operation named after its id.
func renameDerived(op *model.Operation, from, to string, n *Naming) {
	if n == nil || len(n.Derived) == 0 {
		return
	}
	seen := map[*model.Schema]bool{}
	visit := func(s *model.Schema) {
		walkNamed(s, func(x *model.Schema) bool {
			if seen[x] {
				return false
			}
			seen[x] = true
			if n.Derived[x.Name] && strings.HasPrefix(x.Name, from) {
				x.Name = to + x.Name[len(from):]
			}
			return true
		})
	}
	for _, s := range rootSchemas(op) {
		visit(s)
	}
}

// renamePlaceholders gives op's path the placeholder names of first, whose
// path differs only in them (OpenAPI allows one template per path).
func renamePlaceholders(op, first *model.Operation, diags *diag.List) {
	from, to := placeholderNames(op.Path), placeholderNames(first.Path)
	if len(from) != len(to) {
		return
	}
	names := map[string]string{}
	for i, n := range from {
		if prev, ok := names[n]; ok && prev != to[i] {
			return // one name in two places, named differently there
		}
		names[n] = to[i]
	}
	old := op.Path
	op.Path = first.Path
	for _, p := range op.Params {
		if n, ok := names[p.Name]; ok && p.In == "path" {
			p.Name = n
		}
	}
	diags.Report(op.PathPos, diag.PathRenamed, "path %s is documented as %s by %s: its placeholders are named as there", old, first.Path, first.PathPos)
}

// nameKey is what two struct names share when they would be one identifier
// in generated code: their ASCII letters and digits, in lower case.
func nameKey(name string) string {
	b := make([]byte, 0, len(name))
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			b = append(b, c)
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		}
	}
	return string(b)
}

// sameSpelling names every instance as the first (by position) is named,
// and reports whether a name changed.
func sameSpelling(ins []*model.Schema) bool {
	first := ins[0]
	for _, s := range ins {
		if posLess(s.Pos, first.Pos) {
			first = s
		}
	}
	changed := false
	for _, s := range ins {
		changed = changed || s.Name != first.Name
		s.Name = first.Name
	}
	return changed
}

// unifySpellings names as first documented the instances that spell one
// name differently but document one structure ("RolePolicy" and
// "rolePolicy" with the same fields), and reports whether a name changed.
// A structure's shape names the structures it holds, so a caller repeats
// this until nothing changes.
func unifySpellings(all []*model.Schema) bool {
	byKey := map[string][]*model.Schema{}
	var keys []string
	for _, s := range all {
		k := nameKey(s.Name)
		if byKey[k] == nil {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], s)
	}
	changed := false
	for _, k := range keys {
		ins := byKey[k]
		if len(ins) < 2 || !slices.ContainsFunc(ins, func(s *model.Schema) bool { return s.Name != ins[0].Name }) {
			continue // one spelling: nothing to unify
		}
		byShape := map[string][]*model.Schema{}
		var shapes []string
		for _, s := range ins {
			fp := fingerprint(s)
			if byShape[fp] == nil {
				shapes = append(shapes, fp)
			}
			byShape[fp] = append(byShape[fp], s)
		}
		for _, fp := range shapes {
			if sameSpelling(byShape[fp]) {
				changed = true
			}
		}
	}
	return changed
}

func methodRank(m string) int {
	switch m {
	case "GET":
		return 0
	case "PUT":
		return 1
	case "POST":
		return 2
	case "DELETE":
		return 3
	case "OPTIONS":
		return 4
	case "HEAD":
		return 5
	case "PATCH":
		return 6
	}
	return 7
}

// unifySchemas makes every named schema unique by name: instances with the
// same name and structure become one; a structure that differs from the most
// common one under that name is renamed after its operation, with a note.
func unifySchemas(ops []*model.Operation, diags *diag.List) []*model.Schema {
	// Collect every named instance and the operation it first appears in.
	var all []*model.Schema
	pageIDs := map[string][]string{} // the ids of each page's operations
	for _, op := range ops {
		pageIDs[op.Pos.File] = append(pageIDs[op.Pos.File], op.ID)
	}
	// ownName: the schema's name starts with the id of an operation of
	// its page (its body, or a table named after it)
	ownName := func(s *model.Schema) bool {
		for _, id := range pageIDs[s.Pos.File] {
			if strings.HasPrefix(s.Name, id) {
				return true
			}
		}
		return false
	}
	owner := map[*model.Schema]*model.Operation{}
	responds := map[*model.Schema]bool{} // first found in a response
	for _, op := range ops {
		inResponse := map[*model.Schema]bool{}
		for _, r := range op.Responses {
			if r.Body != nil {
				inResponse[r.Body.Schema] = true
			}
		}
		for _, root := range rootSchemas(op) {
			walkNamed(root, func(n *model.Schema) bool {
				if _, seen := owner[n]; seen {
					return false
				}
				owner[n] = op
				responds[n] = inResponse[root]
				all = append(all, n)
				return true
			})
		}
	}
	for round := 0; round < 16; round++ {
		if !unifySpellings(all) {
			break
		}
	}
	// Rename conflicting structures until every name has one structure.
	// Names that differ only in letter case or punctuation are one name:
	// they would be one identifier in generated code, or one a reader
	// takes for the other. A body named after its own operation keeps that
	// name, though: operations whose ids differ in case (an API's two
	// versions: CreateHealthMonitor, CreateHealthmonitor) have bodies named
	// as they are.
	for round := 0; round < 16; round++ {
		byName := map[string][]*model.Schema{}
		for _, s := range all {
			byName[nameKey(s.Name)] = append(byName[nameKey(s.Name)], s)
		}
		used := map[string]bool{}
		for key := range byName {
			used[key] = true
		}
		renamed := false
		names := make([]string, 0, len(byName))
		for n := range byName {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, key := range names {
			if len(byName[key]) < 2 {
				continue // one instance: one structure, no fingerprint needed
			}
			variants := map[string][]*model.Schema{}
			for _, s := range byName[key] {
				fp := fingerprint(s)
				variants[fp] = append(variants[fp], s)
			}
			if len(variants) < 2 {
				sameSpelling(byName[key])
				continue
			}
			type variant struct {
				fp  string
				ins []*model.Schema
			}
			var vs []variant
			for fp, ins := range variants {
				sort.SliceStable(ins, func(i, j int) bool { return posLess(ins[i].Pos, ins[j].Pos) })
				vs = append(vs, variant{fp, ins})
			}
			// A name that starts with the id of its page's operation is
			// that operation's (CreateMemberRequestBody of CreateMember,
			// not of CreateMemberV3, whose page wrote it before it was
			// renamed); else the most common structure keeps the name, then
			// the first documented; two readings of one table (their
			// pages' examples shaped them differently) are told apart by
			// their structure.
			sort.Slice(vs, func(i, j int) bool {
				a, b := vs[i], vs[j]
				switch {
				case ownName(a.ins[0]) != ownName(b.ins[0]):
					return ownName(a.ins[0])
				case len(a.ins) != len(b.ins):
					return len(a.ins) > len(b.ins)
				case posLess(a.ins[0].Pos, b.ins[0].Pos) || posLess(b.ins[0].Pos, a.ins[0].Pos):
					return posLess(a.ins[0].Pos, b.ins[0].Pos)
				}
				return a.fp < b.fp
			})
			keep := vs[0].ins[0]
			sameSpelling(vs[0].ins)
			spelt := map[string]bool{exportName(keep.Name): true}
			for _, v := range vs[1:] {
				first := v.ins[0]
				name := first.Name
				id := owner[first].ID
				if n := exportName(name); ownName(first) && !spelt[n] {
					spelt[n] = true
					sameSpelling(v.ins)
					continue
				}
				side := "Request"
				if responds[first] {
					side = "Response"
				}
				base := id + exportName(name)
				// the operation's other table of that name has the
				// operation's name: this one says its side
				alts := []string{base, id + side + exportName(name)}
				if kid := owner[keep].ID; kid != id && len(name) > len(kid) && strings.HasPrefix(name, kid) {
					// named after the operation that keeps it (a table
					// another page links to): after this one instead
					base = id + name[len(kid):]
					alts = []string{base}
				}
				if rest, ok := strings.CutPrefix(name, id); ok {
					// already the operation's: its request's or its response's
					if strings.HasPrefix(rest, side) {
						base = name // two of its bodies (a 200's and a 201's): numbered
					} else {
						base = id + side + rest
					}
					alts = []string{base}
				}
				nn := firstFree(alts, used, nameKey)
				for k := 2; nn == ""; k++ {
					if !used[nameKey(base+strconv.Itoa(k))] {
						nn = base + strconv.Itoa(k)
					}
				}
				used[nameKey(nn)] = true
				for _, s := range v.ins {
					s.Name = nn
					s.Note = fmt.Sprintf("%q in the docs; renamed because %s documents a different %q", name, keep.Pos, name)
				}
				diags.Report(first.Pos, diag.SchemaRenamed, "table %q differs from the %q at %s: named %q", name, name, keep.Pos, nn)
				renamed = true
			}
		}
		if !renamed {
			break
		}
	}
	// One instance per name: the first by position; point every use at it.
	canon := map[string]*model.Schema{}
	sort.SliceStable(all, func(i, j int) bool { return posLess(all[i].Pos, all[j].Pos) })
	// The required flags each page's table gave, before they are joined.
	own := map[*model.Field]bool{}
	for _, s := range all {
		for _, f := range s.Fields {
			own[f] = f.Required
		}
	}
	for _, s := range all {
		if c := canon[s.Name]; c == nil {
			canon[s.Name] = s
		} else {
			mergeRequired(c, s)
			joinExampleFields(c, s)
		}
	}
	// A page's example was checked against its own tables; the struct's
	// canonical instance may mark more properties required.
	recheckExamples(ops, canon, own, diags)
	replace := func(s *model.Schema) *model.Schema {
		if s != nil && s.Name != "" {
			return canon[s.Name]
		}
		return s
	}
	seen := map[*model.Schema]bool{}
	var fix func(s *model.Schema)
	fix = func(s *model.Schema) {
		if s == nil || seen[s] {
			return
		}
		seen[s] = true
		s.Items = replace(s.Items)
		fix(s.Items)
		s.AdditionalProperties = replace(s.AdditionalProperties)
		fix(s.AdditionalProperties)
		for _, f := range s.Fields {
			f.Schema = replace(f.Schema)
			fix(f.Schema)
		}
	}
	for _, op := range ops {
		for _, p := range op.Params {
			p.Schema = replace(p.Schema)
			fix(p.Schema)
		}
		if op.RequestBody != nil {
			op.RequestBody.Schema = replace(op.RequestBody.Schema)
			fix(op.RequestBody.Schema)
		}
		for _, r := range op.Responses {
			if r.Body != nil {
				r.Body.Schema = replace(r.Body.Schema)
				fix(r.Body.Schema)
			}
		}
	}
	out := make([]*model.Schema, 0, len(canon))
	for _, s := range canon {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// mergeRequired carries required flags from an instance read from a table
// with a required column into the canonical instance.
func mergeRequired(c, s *model.Schema) {
	for i, f := range s.Fields {
		if f.Required && i < len(c.Fields) && c.Fields[i].Name == f.Name {
			c.Fields[i].Required = true
		}
	}
}

// joinExampleFields gives a struct's canonical instance the fields another
// instance's example added, and the lists it read (their fingerprints leave
// them out): every page's example then agrees with the one struct.
// Unnamed objects inside are joined the same way.
func joinExampleFields(c, s *model.Schema) {
	joinExampleFieldsDepth(c, s, 0)
}

func joinExampleFieldsDepth(c, s *model.Schema, depth int) {
	if c == nil || s == nil || c == s || depth > maxDepth {
		return
	}
	if c.Items != nil && s.Items != nil && c.Items.Name == "" && s.Items.Name == "" {
		joinExampleFieldsDepth(c.Items, s.Items, depth+1)
	}
	if s.KeysFromExample && c.AdditionalProperties == nil {
		// another page's example gives it other keys
		c.AdditionalProperties, c.KeysFromExample = s.AdditionalProperties, true
	}
	for _, f := range s.Fields {
		if f.FromExample {
			if !slices.ContainsFunc(c.Fields, func(g *model.Field) bool { return sameGoName(g.Name, f.Name) }) {
				c.Fields = append(c.Fields, f)
			}
			continue
		}
		if f.ListFromExample {
			// another page's example gives a list of what the table says
			if g := fieldOf(c, f.Name); g != nil && g.Schema != nil && g.Schema.Type != "array" {
				listOfOne(g)
			}
		}
		if f.Schema != nil && f.Schema.Nullable {
			// another page's example gives it null
			if g := fieldOf(c, f.Name); g != nil && g.Schema != nil && g.Schema.Name == "" {
				g.Schema.Nullable = true
			}
		}
		if f.Nullable {
			if g := fieldOf(c, f.Name); g != nil {
				g.Nullable = true
			}
		}
		if f.Schema == nil || f.Schema.Name != "" || (len(f.Schema.Fields) == 0 && f.Schema.Items == nil) {
			continue
		}
		if g := fieldOf(c, f.Name); g != nil && g.Schema != nil && g.Schema.Name == "" {
			joinExampleFieldsDepth(g.Schema, f.Schema, depth+1)
		}
	}
}

// recheckExamples checks the examples once more for the properties that the
// canonical instance of a struct marks required and the page's own table
// does not (the page's check could not know them).
func recheckExamples(ops []*model.Operation, canon map[string]*model.Schema, own map[*model.Field]bool, diags *diag.List) {
	check := func(b *model.Body) {
		if b == nil || b.Schema == nil {
			return
		}
		for _, ex := range b.Examples {
			if !usesOtherRequired(b.Schema, canon, own, map[*model.Schema]bool{}) {
				continue
			}
			var missing []string
			missingRequired(ex.Value(), b.Schema, canon, own, "$", 0, &missing)
			for _, m := range missing {
				diags.Report(ex.Pos, diag.ExampleMismatch, "example: %s", m)
			}
			ex.Problems = append(ex.Problems, missing...)
		}
	}
	for _, op := range ops {
		check(op.RequestBody)
		for _, r := range op.Responses {
			check(r.Body)
		}
	}
}

// usesOtherRequired reports whether s reaches a named schema whose canonical
// instance requires a property that it does not.
func usesOtherRequired(s *model.Schema, canon map[string]*model.Schema, own map[*model.Field]bool, seen map[*model.Schema]bool) bool {
	if s == nil || seen[s] {
		return false
	}
	seen[s] = true
	if c := canon[s.Name]; s.Name != "" && c != nil {
		for i, f := range c.Fields {
			if f.Required && i < len(s.Fields) && !own[s.Fields[i]] {
				return true
			}
		}
	}
	if usesOtherRequired(s.Items, canon, own, seen) || usesOtherRequired(s.AdditionalProperties, canon, own, seen) {
		return true
	}
	for _, f := range s.Fields {
		if usesOtherRequired(f.Schema, canon, own, seen) {
			return true
		}
	}
	return false
}

// missingRequired lists the properties an example value lacks that the
// canonical instance of their struct requires and the page's table does not.
func missingRequired(v any, s *model.Schema, canon map[string]*model.Schema, own map[*model.Field]bool, path string, depth int, out *[]string) {
	if s == nil || depth > 64 {
		return
	}
	switch x := v.(type) {
	case map[string]any:
		if s.AdditionalProperties != nil {
			for _, k := range sortedKeys(x) {
				if fieldOf(s, k) == nil { // another key
					missingRequired(x[k], s.AdditionalProperties, canon, own, path+"."+k, depth+1, out)
				}
			}
			if len(s.Fields) == 0 {
				return
			}
		}
		if c := canon[s.Name]; s.Name != "" && c != nil {
			for i, f := range c.Fields {
				if _, ok := x[f.Name]; !ok && f.Required && i < len(s.Fields) && !own[s.Fields[i]] {
					*out = append(*out, fmt.Sprintf("%s has no %q, which the table at %s marks required", path, f.Name, c.Pos))
				}
			}
		}
		for _, f := range s.Fields {
			if e, ok := x[f.Name]; ok {
				missingRequired(e, f.Schema, canon, own, path+"."+f.Name, depth+1, out)
			}
		}
	case []any:
		for i, e := range x {
			missingRequired(e, s.Items, canon, own, fmt.Sprintf("%s[%d]", path, i), depth+1, out)
		}
	}
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// cloneOperation copies an operation and every schema it reaches (shared
// and recursive schemas stay shared and recursive in the copy).
func cloneOperation(op *model.Operation) *model.Operation {
	seen := map[*model.Schema]*model.Schema{}
	var schema func(s *model.Schema) *model.Schema
	schema = func(s *model.Schema) *model.Schema {
		if s == nil {
			return nil
		}
		if c := seen[s]; c != nil {
			return c
		}
		c := *s
		seen[s] = &c
		c.Items = schema(s.Items)
		c.AdditionalProperties = schema(s.AdditionalProperties)
		if s.Fields != nil {
			c.Fields = make([]*model.Field, len(s.Fields))
			for i, f := range s.Fields {
				nf := *f
				nf.Schema = schema(f.Schema)
				c.Fields[i] = &nf
			}
		}
		return &c
	}
	params := func(ps []*model.Param) []*model.Param {
		if ps == nil {
			return nil
		}
		out := make([]*model.Param, len(ps))
		for i, p := range ps {
			np := *p
			np.Schema = schema(p.Schema)
			out[i] = &np
		}
		return out
	}
	body := func(b *model.Body) *model.Body {
		if b == nil {
			return nil
		}
		nb := *b
		nb.Schema = schema(b.Schema)
		nb.Examples = make([]*model.Example, len(b.Examples))
		for i, e := range b.Examples {
			ne := *e
			ne.Problems = slices.Clone(e.Problems)
			nb.Examples[i] = &ne
		}
		return &nb
	}
	c := *op
	c.Tags = slices.Clone(op.Tags)
	c.Params = params(op.Params)
	if op.Security != nil {
		sec := *op.Security
		c.Security = &sec
	}
	c.RequestBody = body(op.RequestBody)
	c.Responses = make([]*model.Response, len(op.Responses))
	for i, r := range op.Responses {
		nr := *r
		nr.Body = body(r.Body)
		nr.Headers = params(r.Headers)
		c.Responses[i] = &nr
	}
	return &c
}

func posLess(a, b diag.Pos) bool {
	if a.File != b.File {
		return a.File < b.File
	}
	return a.Line < b.Line
}

// walkNamed calls fn on every named schema reachable from s, not descending
// into a named schema when fn returns false.
func walkNamed(s *model.Schema, fn func(*model.Schema) bool) {
	if s == nil {
		return
	}
	if s.Name != "" && !fn(s) {
		return
	}
	walkNamed(s.Items, fn)
	walkNamed(s.AdditionalProperties, fn)
	for _, f := range s.Fields {
		walkNamed(f.Schema, fn)
	}
}

// fingerprint describes a named schema's structure; nested named schemas
// appear by name. Required flags are left out: response tables have no
// required column, and the same struct is shared by requests and responses.
// So are the fields only an example gives, and the other keys an example
// gives it (KeysFromExample), and a member an example gives as a list of
// what the table says is written as the table says it: one page's example
// does not make its table another struct (joinExampleFields).
func fingerprint(s *model.Schema) string {
	var b strings.Builder
	writeShape(&b, s, true)
	return b.String()
}

func writeShape(b *strings.Builder, s *model.Schema, top bool) {
	if s == nil {
		b.WriteString("?")
		return
	}
	if s.Name != "" && !top {
		b.WriteString("$")
		b.WriteString(s.Name)
		return
	}
	b.WriteString(s.Type)
	if s.Format != "" {
		b.WriteString("/")
		b.WriteString(s.Format)
	}
	if len(s.Enum) > 0 {
		e := append([]string(nil), s.Enum...)
		sort.Strings(e)
		b.WriteString("[" + strings.Join(e, "|") + "]")
	}
	if s.Items != nil {
		b.WriteString("<")
		writeShape(b, s.Items, false)
		b.WriteString(">")
	}
	if s.AdditionalProperties != nil && !s.KeysFromExample {
		b.WriteString("{*:")
		writeShape(b, s.AdditionalProperties, false)
		b.WriteString("}")
	}
	if len(s.Fields) > 0 {
		b.WriteString("{")
		for _, f := range s.Fields {
			if f.FromExample {
				continue
			}
			b.WriteString(f.Name)
			b.WriteString(":")
			if f.ListFromExample && f.Schema.Items != nil {
				writeShape(b, f.Schema.Items, false)
			} else {
				writeShape(b, f.Schema, false)
			}
			b.WriteString(";")
		}
		b.WriteString("}")
	}
}
