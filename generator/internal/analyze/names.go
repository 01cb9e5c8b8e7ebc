package analyze

import (
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/docspec/docspec/generator/internal/docparse"
	"github.com/docspec/docspec/generator/model"
)

// Names are the generated API's surface: they are what a Go programmer sees.
// An operation is named from its own page only, so that a change elsewhere
// never renames it (Merge settles clashes between the pages that clash).
//
// The operation id is, in order:
//  1. a name the page gives: the title's anchor when it is a name
//     (`# 查询备份<a name="ListBackups"></a>`), the API Explorer link's
//     `api=` parameter, or a title that is itself a name (`DELETE Bucket
//     CORS`, `Upload Part`); never a documentation page id (pageID);
//  2. else a name built from the method and the path by the convention of
//     the services' SDKs (conventionName): List/Show/Create/Update/Delete and
//     the resource.
//
// Struct names come from table anchors and captions when they are names,
// else from the operation: <OperationId>RequestBody, <OperationId>ResponseBody,
// <OperationId>ErrorBody, <OperationId><Field>.

// Naming is how a page named its operation; Merge uses it to settle clashes.
type Naming struct {
	// Source of the id: "anchor", "explorer", "apiname", "title" (names
	// the page gives) or "path" (built by the convention).
	Source string
	// Longer ids built from the page's own path, in order of preference: an
	// operation whose id another operation keeps takes the first one free.
	Longer []string
	// Versioned are ids with the path's version ("ListListenersV2"), for
	// when another version's operation keeps the id.
	Versioned []string
	// Derived are the schema names built from the id; they follow it when
	// Merge renames the operation.
	Derived map[string]bool
	// Older: the page writes its method and path in a notation of the
	// older generation of the docs (olderNotations); an operation of the
	// current generation keeps an id both would have.
	Older bool
	// Queried: the page's name says "Query" (QueryScalingActivityLog),
	// read as Show; its response may show it lists (refineName).
	Queried bool
	// Alias: the operation is the page's in another version of the API
	// (Version); its schemas keep the names of the page's.
	Alias bool
}

// Official reports whether the id is a name the page gives.
func (n *Naming) Official() bool { return n != nil && n.Source != "path" }

// alias reports whether the operation is a page's in another version of
// the API.
func (n *Naming) alias() bool { return n != nil && n.Alias }

// older reports whether the page is of the docs' older generation.
func (n *Naming) older() bool { return n != nil && n.Older }

// operationID names the page's operation (c.op has its method and path)
// and records how in c.naming.
func (c *pageCtx) operationID() string {
	method, path, title := c.op.Method, c.op.Path, c.titleText()
	built := conventionName(method, path, title)
	longer, versioned := longerNames(method, path, title)
	if c.syntax != nil {
		built, longer, versioned = syntaxName(method, path, title), nil, nil
	}
	c.naming = Naming{Source: "path", Longer: longer, Versioned: versioned, Derived: map[string]bool{}, Older: olderNotations[c.ep.Notation]}
	for _, cand := range c.officialNames() {
		if !verbFits(cand.name, method, path) || c.syntax == nil && !rootFits(cand.name, method, path) {
			continue
		}
		id := normalizeVerb(cand.name)
		c.naming.Source = cand.source
		c.naming.Queried = camelHead(cand.name) == "Query" && camelHead(id) == "Show"
		c.naming.Longer = append([]string{built}, longer...)
		if v := versionedID(id, path); v != "" {
			c.naming.Versioned = append([]string{v}, versioned...)
		}
		return id
	}
	return built
}

// versionNaming is how the page's operation at path, in another version of
// the API, is named: as the page's, with that version's names for when the
// page's keeps the id.
func (c *pageCtx) versionNaming(path string) *Naming {
	n := c.naming
	n.Alias = true
	suffix := ""
	ps, vs := strings.Split(c.op.Path, "/"), strings.Split(path, "/")
	for i := range ps {
		if i < len(vs) && ps[i] != vs[i] {
			if v := versionSuffix(vs[i]); v != "" {
				suffix += v // "v2.1" → V21, "v1beta1" → V1beta1
			} else {
				group, _, _ := strings.Cut(vs[i], ".")
				suffix += exportName(group) // Kubernetes' API group: "apps"
			}
		}
	}
	n.Versioned = nil
	if k := kubeName(c.op.Method, path, c.titleText()); k != "" && c.op.ID == kubeName(c.op.Method, c.op.Path, c.titleText()) {
		// Kubernetes' names say the group and version: the other version's is its own
		n.Versioned = []string{k}
	}
	for _, id := range append([]string{c.op.ID}, n.Longer...) {
		n.Versioned = append(n.Versioned, id+suffix)
	}
	return &n
}

type namedBy struct{ name, source string }

// titleText is the page's title, "" for none.
func (c *pageCtx) titleText() string {
	if c.title == nil {
		return ""
	}
	return c.title.Text
}

// officialNames lists the names the page gives, most specific first: the
// title's anchor, the API Explorer link, the title.
func (c *pageCtx) officialNames() []namedBy {
	var out []namedBy
	if c.title != nil && isOpName(c.title.Anchor) {
		out = append(out, namedBy{exportFirst(c.title.Anchor), "anchor"})
	}
	if n := c.explorerName(); n != "" {
		out = append(out, namedBy{n, "explorer"})
	}
	if n := c.apiName(); n != "" {
		out = append(out, namedBy{n, "apiname"})
	}
	if c.title != nil {
		if n := titleName(c.title.Text); n != "" {
			out = append(out, namedBy{n, "title"})
		}
	}
	return out
}

// explorerName is the api= parameter of the page's API Explorer links
// ("[API Explorer](https://apiexplorer…/doc?product=ELB&api=ListCertificates)"):
// the one name the links give, or the one the debugging section's links give.
func (c *pageCtx) explorerName() string {
	var all, debug []string
	for _, s := range c.secs {
		inDebug := debugSection.MatchString(s.title)
		for _, b := range s.blocks {
			if b.Kind != docparse.Text || !strings.Contains(b.Text, "apiexplorer") {
				continue
			}
			for _, m := range explorerLink.FindAllStringSubmatch(docparse.Unescape(b.Text), -1) {
				n := explorerAPI(m[1])
				if n == "" {
					continue
				}
				all = appendNew(all, n)
				if inDebug {
					debug = appendNew(debug, n)
				}
			}
		}
	}
	switch {
	case len(debug) == 1:
		return debug[0]
	case len(all) == 1:
		return all[0]
	}
	return ""
}

// apiName is the name an "API name" item of the page's description gives
// ("-   API name" then "    SmsPublish"), with the SDKs' verbs for a Get:
// "GetProjectTags" → ListProjectTags, "GetTopic" → ShowTopic.
func (c *pageCtx) apiName() string {
	for _, s := range c.secs {
		for i, b := range s.blocks {
			if b.Kind != docparse.Text || i+1 == len(s.blocks) || len(b.Text) > 40 || !strings.Contains(b.Text, "API") && !strings.Contains(b.Text, "接口名称") ||
				!apiNameLabel[strings.ToLower(bulletLabel(b.Text))] {
				continue
			}
			if next := s.blocks[i+1]; next.Kind == docparse.Text {
				if n := strings.TrimSpace(docparse.Unescape(next.Text)); isOpName(n) {
					return getVerb(exportFirst(n))
				}
			}
			return ""
		}
	}
	return ""
}

// apiNameLabel: the labels of an item that gives the operation's name.
var apiNameLabel = map[string]bool{"api name": true, "api名称": true, "接口名称": true}

// getVerb gives a Get… name the SDKs' verb: List for what it names in
// the plural, else Show.
func getVerb(name string) string {
	rest, ok := strings.CutPrefix(name, "Get")
	if !ok || rest == "" || camelHead(name) != "Get" {
		return name
	}
	return listOrShow(rest) + rest
}

// listOrShow is the SDKs' verb for reading what a name's rest names: List
// for a plural ("ProjectTags"), else Show.
func listOrShow(rest string) string {
	if ws := camelWords(rest); len(ws) > 0 && isPlural(ws[len(ws)-1]) {
		return "List"
	}
	return "Show"
}

// explorerAPI is the api= parameter of an API Explorer URL when it is a name.
func explorerAPI(u string) string {
	if i := strings.IndexByte(u, '?'); i >= 0 {
		u = u[i+1:]
	} else {
		return ""
	}
	q, err := url.ParseQuery(u)
	if err != nil && q == nil {
		return ""
	}
	n := q.Get("api")
	if !isOpName(n) {
		return ""
	}
	return exportFirst(n)
}

func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// titleName is the name a title is when it is one: an HTTP method and the
// object ("DELETE Bucket CORS" → DeleteBucketCors, "GET Bucket (List
// Objects)" → ListObjects: the name in parentheses), or a short imperative
// in title case ("Upload Part" → UploadPart). Titles that describe
// ("Creating a User", "查询备份") are not names.
func titleName(title string) string {
	title = strings.TrimSpace(title)
	if m := parenName.FindStringSubmatch(title); m != nil && titleIsName(m[1]) {
		return joinTitle(m[1])
	}
	title = strings.NewReplacer(" - ", " ", "(", " ", ")", " ").Replace(title)
	if verbs, rest := titleVerbList(title); len(verbs) > 1 && titleIsName(verbs[0]+" "+rest) {
		// "Create/Update/Delete Account Metadata", "Create or Replace
		// Object": the verbs joined as the SDKs join them
		return strings.Join(verbs, "Or") + joinTitle(rest)
	}
	if !titleIsName(title) {
		return ""
	}
	return joinTitle(title)
}

// titleVerbList reads the imperative verbs a title starts with, written
// "Create/Update/Delete" or "Create or Replace", and the rest of the title.
func titleVerbList(title string) (verbs []string, rest string) {
	ws := strings.Fields(title)
	if len(ws) == 0 {
		return nil, ""
	}
	for _, v := range strings.Split(ws[0], "/") {
		if !titleVerbs[v] {
			return nil, ""
		}
		verbs = append(verbs, v)
	}
	i := 1
	for ; i+1 < len(ws) && strings.EqualFold(ws[i], "or") && titleVerbs[ws[i+1]]; i += 2 {
		verbs = append(verbs, ws[i+1])
	}
	return verbs, strings.Join(ws[i:], " ")
}

// titleIsName: ASCII words in title case (an HTTP method may be in capitals),
// the first a method or an imperative verb, at most five words.
func titleIsName(t string) bool {
	ws := strings.Fields(t)
	if len(ws) < 2 || len(ws) > 5 {
		return false
	}
	first := ws[0]
	if !httpMethods[first] && !titleVerbs[first] {
		return false
	}
	for _, w := range ws[1:] {
		if !titleWord.MatchString(w) || strings.HasSuffix(w, "ing") || titleStopWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

func joinTitle(t string) string {
	var b strings.Builder
	for _, w := range strings.Fields(t) {
		b.WriteString(strings.ToUpper(w[:1]) + strings.ToLower(w[1:]))
	}
	return b.String()
}

// isOpName reports whether s can be an operation id: letters and digits in
// camel case, at least two words ("ListBackups", "createCoreV1Namespace"),
// and not a documentation page id.
func isOpName(s string) bool {
	return opName.MatchString(s) && !pageID(s)
}

// pageID reports whether an anchor is a documentation system's page or
// section id ("eip_api_0004", "ZH-CN_TOPIC_0000001082135087", "rds_06_0616",
// "dcs-api-0312014", "topic_300000001", "section16448035101644"): ids join
// words with '_' or '-', carry long numbers, or are one lower-case word.
func pageID(s string) bool {
	return s == "" || docPageID.MatchString(s) || pageIDShape.MatchString(s) || !opName.MatchString(s)
}

// exportFirst upper-cases a name's first letter ("createCoreV1Namespace").
func exportFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// verbFits reports whether a name's leading verb agrees with the method: a
// GET never creates, updates or deletes; a PUT, PATCH or DELETE never lists;
// a POST lists only on a query endpoint (…/action, …/search). It catches
// names copied from another page's API Explorer link.
func verbFits(name, method, path string) bool {
	v := camelHead(name)
	switch method {
	case "GET", "HEAD":
		return !writeVerbs[v]
	case "PUT", "PATCH":
		return !readVerbs[v]
	case "DELETE":
		return !readVerbs[v] && !createVerbs[v]
	case "POST":
		if !readVerbs[v] {
			return true
		}
		last := ""
		for _, s := range strings.Split(path, "/") {
			if s != "" && !strings.Contains(s, "{") {
				last = s
			}
		}
		return queryEndpoint.MatchString(last)
	}
	return true
}

// rootFits reports whether a name may be that of a GET of the API's root
// ("GET /", "GET /v3", "GET /{api_version}"), which only lists or shows the
// API's versions: it speaks of the API or a version. It catches names
// copied from another service's page ("ListCloudPhoneServers" on "GET /").
func rootFits(name, method, path string) bool {
	segs, _ := pathSegments(path)
	root := len(segs) == 0 || len(segs) == 1 && segs[0].param && strings.Contains(strings.ToLower(segs[0].word), "version")
	if method != "GET" || !root {
		return true
	}
	l := strings.ToLower(name)
	return strings.Contains(l, "version") || strings.Contains(l, "api")
}

// syntaxName names a request-syntax operation from its path key, as the
// object-storage references' own titles do: the method as a verb, Bucket
// (the path "/") or Object, the sub-resources, then what else selects the
// operation ("DELETE /?cors" → DeleteBucketCors, "PUT /{ObjectName}#partNumber&uploadId"
// → PutObjectByPartNumberAndUploadId, "GET /#service" → GetService). Any
// other path is a resource's, named by the convention (GET
// /v2/workflows/{graph_name} → ShowWorkflow), then the same suffixes.
func syntaxName(method, key, title string) string {
	path, marks, _ := strings.Cut(key, "#")
	path, subs, _ := strings.Cut(path, "?")
	var b strings.Builder
	switch {
	case marks == "service" && path == "/":
		return methodVerb(method) + "Service"
	case path == "/":
		b.WriteString(methodVerb(method) + "Bucket")
	case strings.Count(path, "/") == 1 && strings.HasPrefix(path, "/{"):
		b.WriteString(methodVerb(method) + "Object")
	default:
		b.WriteString(conventionName(method, path, title))
	}
	for _, sub := range strings.Split(subs, "&") {
		b.WriteString(exportName(vendorPrefix.ReplaceAllString(sub, "")))
	}
	if marks != "" {
		b.WriteString("By")
		for i, m := range strings.Split(marks, "&") {
			if i > 0 {
				b.WriteString("And")
			}
			b.WriteString(exportName(vendorPrefix.ReplaceAllString(m, "")))
		}
	}
	return b.String()
}

// vendorPrefix is the prefix of a vendor's own header or parameter name
// (x-obs-copy-source, x-amz-copy-source, x-workflow-prefix).
var vendorPrefix = regexp.MustCompile(`(?i)^x-[a-z0-9]+-`)

// camelHead is the first word of a camel-case name ("ListBackups" → "List").
func camelHead(name string) string {
	for i, r := range name {
		if i > 0 && unicode.IsUpper(r) {
			return name[:i]
		}
	}
	return name
}

// normalizeVerb gives a name the SDKs' verbs: the API Explorer's older
// names say Query and Modify ("QueryScalingGroupList" → ListScalingGroups,
// "QueryScalingTagInfoListByResourceId" → ListScalingTagInfosByResourceId,
// "QueryScalingGroup" → ShowScalingGroup, "ModifyScalingGroup" →
// UpdateScalingGroup).
func normalizeVerb(name string) string {
	// a version after the name ("QueryScalingPolicyListV2") stays after it
	if m := versionTail.FindStringIndex(name); m != nil && m[0] > 0 {
		return normalizeVerb(name[:m[0]]) + name[m[0]:]
	}
	v := camelHead(name)
	rest := name[len(v):]
	switch {
	case v == "Modify" && rest != "":
		return "Update" + rest
	case v == "Query" && strings.HasSuffix(rest, "List") && len(rest) > 4:
		return "List" + joinWords(pluralLast(camelWords(rest[:len(rest)-4])))
	case v == "Query" && strings.Contains(rest, "ListBy") && !strings.HasPrefix(rest, "ListBy"):
		what, by, _ := strings.Cut(rest, "ListBy")
		return "List" + joinWords(pluralLast(camelWords(what))) + "By" + by
	case v == "Query" && rest != "" && rest != "List":
		return listOrShow(rest) + rest // "QueryApiSupportVersions" → ListApiSupportVersions
	}
	return name
}

// versionTail: an API version at the end of a name ("…V2", "…V21").
var versionTail = regexp.MustCompile(`V[0-9]+$`)

// versionWord: a word of a segment that is a version ("v6" in
// "floatingips_v6").
var versionWord = regexp.MustCompile(`^v[0-9]+$`)

// camelWords splits a camel-case name into lower-case words.
func camelWords(s string) []string {
	var out []string
	start := 0
	for i := 1; i < len(s); i++ {
		if unicode.IsUpper(rune(s[i])) && !unicode.IsUpper(rune(s[i-1])) {
			out = append(out, strings.ToLower(s[start:i]))
			start = i
		}
	}
	return append(out, strings.ToLower(s[start:]))
}

// versionOf is a path's version with the segments before it ("rds/v1").
func versionOf(path string) string {
	prefix, v := versionOfParts(path)
	return strings.Join(append(prefix, v), "/")
}

// versionOfParts: the static segments before a path's version, and the
// version ("/rds/v1/{project_id}/flavors" → [rds], v1).
func versionOfParts(path string) (prefix []string, version string) {
	_, version = pathSegments(path)
	if version == "" {
		return nil, ""
	}
	for _, p := range strings.FieldsFunc(path, func(r rune) bool { return r == '/' }) {
		if p == version {
			break
		}
		if !strings.Contains(p, "{") {
			prefix = append(prefix, p)
		}
	}
	return prefix, version
}

// literalSuffix is a version as a name's suffix with all its digits: v2.0 → V20.
func literalSuffix(v string) string {
	if versionSuffix(v) == "" {
		return ""
	}
	return "V" + exportName(strings.ReplaceAll(strings.ToLower(v[1:]), ".", ""))
}

// projectScoped reports whether a path's first segment after its version
// is the project ("/v2/{project_id}/nat_gateways").
func projectScoped(path string) bool {
	_, v := pathSegments(path)
	if v == "" {
		return false
	}
	_, rest, _ := strings.Cut(path, "/"+v+"/")
	first, _, _ := strings.Cut(rest, "/")
	return strings.HasPrefix(first, "{") && scopeParams[strings.Trim(first, "{}")]
}

// pathVersion is a path's API version as a comparable number: v2.1 → 2001,
// v3 → 3000; 0 without a version.
func pathVersion(path string) int {
	_, v := pathSegments(path)
	m := versionNumbers.FindStringSubmatch(v)
	if m == nil {
		return 0
	}
	major, _ := strconv.Atoi(m[1])
	minor, _ := strconv.Atoi(m[2])
	return major*1000 + minor
}

// refineName names an operation that the path alone named by the
// convention again, once its page is read, by what the page's own request
// and response show (so that the name still depends on nothing but its page):
//
//   - on an action endpoint (…/action), by the action its request takes: a
//     body of one field that is a verb (OpenStack's {"os-start": {…}} →
//     StartServer; {"add_member": {…}} on a server group →
//     AddServerGroupMember), or an action field whose one value is a verb
//     ("action": "delete" on …/{id}/tags/action → BatchDeleteServerTags). On
//     a collection the action is a batch one ({"os-stop": {…}} on
//     /cloudservers/action → BatchStopServers);
//     The action may also be the one the URI's query string names
//     ("…/action?action_id=start" → StartGraph);
//   - a GET of …/datastores/{database_name}, whose placeholder is the id of
//     another resource than the collection's items, and whose response is a
//     list: the datastores of a database, ListDatastores (listsByOtherID).
//
// A "Query…" name the page gives is read as Show…: it becomes List… when
// the page lists so (refineQueried).
func (c *pageCtx) refineName() {
	if c.naming.Queried {
		c.refineQueried()
		return
	}
	if c.naming.Source != "path" || c.syntax != nil {
		return
	}
	segs, _ := pathSegments(c.op.Path)
	if len(segs) < 2 {
		return
	}
	var path string
	switch last := segs[len(segs)-1]; {
	case !last.param && actionSegments[last.word]:
		path = c.actionPath(segs)
	case c.listsByOtherID(segs):
		path = c.op.Path[:strings.LastIndex(c.op.Path, "/")]
	}
	if path == "" {
		return
	}
	c.rename(conventionName(c.op.Method, path, c.titleText()))
	// the refined name's longer ones come after the name it replaces
	// (RestartVersionInstance for …/{version_id}/…/instances/{id}/action)
	longer, versioned := longerNames(c.op.Method, path, c.titleText())
	for _, n := range longer {
		c.naming.Longer = appendNew(c.naming.Longer, n)
	}
	for _, n := range versioned {
		c.naming.Versioned = appendNew(c.naming.Versioned, n)
	}
}

// rename gives the operation a refined id: the built one becomes the first
// longer id, the schemas named after it follow.
func (c *pageCtx) rename(id string) {
	if id == c.op.ID {
		return
	}
	renameDerived(c.op, c.op.ID, id, &c.naming)
	derived := make(map[string]bool, len(c.naming.Derived))
	for name := range c.naming.Derived {
		derived[id+strings.TrimPrefix(name, c.op.ID)] = true
	}
	c.naming.Derived = derived // so that Merge can rename them again
	c.naming.Longer = append([]string{c.op.ID}, c.naming.Longer...)
	if v := versionedID(id, c.op.Path); v != "" {
		c.naming.Versioned = append([]string{v}, c.naming.Versioned...)
	}
	c.op.ID = id
}

// refineQueried lists what a page's "Query…" name reads as shown
// (QueryScalingActivityLog → ListScalingActivityLogs) when the page lists:
// its GET ends in the id of another resource (a scaling group's logs) and
// its response is a list.
func (c *pageCtx) refineQueried() {
	if segs, _ := pathSegments(c.op.Path); !c.listsByOtherID(segs) {
		return
	}
	rest := strings.TrimPrefix(c.op.ID, "Show")
	version := trailingVersion.FindString(rest) // …LogV2: the plural is Logs, before it
	rest = strings.TrimSuffix(rest, version)
	c.rename("List" + joinWords(pluralLast(camelWords(rest))) + version)
}

// trailingVersion: a version at the end of a name ("ShowScalingPolicyV2").
var trailingVersion = regexp.MustCompile(`V[0-9]+$`)

// versionedID is id with the version of path ("ListListenersV3"), for when
// another version's operation keeps id; "" when the path has no version or
// id already ends in it.
func versionedID(id, path string) string {
	_, v := pathSegments(path)
	if sfx := versionSuffix(v); sfx != "" && !strings.HasSuffix(id, sfx) {
		return id + sfx
	}
	return ""
}

// actionPath is the path of an action endpoint with the action its request
// takes in place of "action" ("…/cloudservers/batch-stop"), or "".
func (c *pageCtx) actionPath(segs []segment) string {
	verb, object := bodyAction(c.op)
	fromQuery, batch := false, false
	if verb == "" {
		verb, object, batch = queryAction(c.ep.Query)
		fromQuery = true
	}
	if verb == "" {
		return ""
	}
	pathWords := map[string]bool{}
	for _, s := range segs {
		for _, w := range segWords(s.word) {
			pathWords[singular(w)] = true
		}
	}
	seg := []string{verb}
	for _, w := range object {
		if !pathWords[singular(w)] {
			seg = append(seg, w)
		}
	}
	switch prev := segs[len(segs)-2]; {
	case fromQuery: // the value says whether it is a batch
		if batch {
			seg = append([]string{"batch"}, seg...)
		}
	case prev.param: // an item's action
	case genericSegments[prev.word] || isPlural(lastNoun(resourceWords(prev.word))):
		seg = append([]string{"batch"}, seg...) // a collection's
	default:
		return "" // …/scaling_group/action: neither
	}
	return c.op.Path[:strings.LastIndex(c.op.Path, "/")+1] + strings.Join(seg, "-")
}

// listsByOtherID reports whether the operation is a GET of a collection
// followed by the id of another resource (…/datastores/{database_name},
// …/scaling_activity_log/{scaling_group_id}) whose response is a list: the
// collection's items that belong to that resource.
func (c *pageCtx) listsByOtherID(segs []segment) bool {
	if c.op.Method != "GET" || len(segs) < 2 {
		return false
	}
	last, prev := segs[len(segs)-1], segs[len(segs)-2]
	return last.param && !prev.param && !namesItem(last.word, resourceWords(prev.word)) && c.listsItems()
}

// listsItems reports whether the operation's success response is a list:
// an array, or an object with an array among its properties.
func (c *pageCtx) listsItems() bool {
	for _, r := range c.op.Responses {
		if !strings.HasPrefix(r.Status, "2") || r.Body == nil || r.Body.Schema == nil {
			continue
		}
		s := r.Body.Schema
		if s.Type == "array" {
			return true
		}
		for _, f := range s.Fields {
			if f.Schema != nil && f.Schema.Type == "array" {
				return true
			}
		}
	}
	return false
}

// bodyAction is the action a request takes: its body's one field when that
// is a verb ("os-start" → start; "add_member" → add, [member]), else the
// value of its action field when that is a verb and the one value the page
// gives it (its enum of one, or its examples' when it has no enum).
func bodyAction(op *model.Operation) (verb string, object []string) {
	fields := bodyFields(op)
	if len(fields) == 1 {
		ws := segWords(fields[0].Name)
		if len(ws) > 1 && ws[0] == "os" {
			ws = ws[1:]
		}
		if len(ws) > 0 && segmentVerbs[ws[0]] != "" {
			return ws[0], ws[1:]
		}
	}
	for _, f := range fields {
		if f.Name != "action" || f.Schema == nil || len(f.Schema.Enum) > 1 {
			continue
		}
		if v, ok := constantField(op, f.Name); ok {
			if ws := segWords(v); len(ws) > 0 && segmentVerbs[ws[0]] != "" {
				return ws[0], ws[1:]
			}
		}
	}
	return "", nil
}

// queryAction is the action the URI's query string names
// ("…/action?action_id=start", "?action_id=batch-delete"): its verb, its
// object and whether it says batch.
func queryAction(query []queryItem) (verb string, object []string, batch bool) {
	for _, q := range query {
		if !strings.Contains(strings.ToLower(q.Name), "action") || !selectorValue.MatchString(q.Value) {
			continue
		}
		ws := segWords(q.Value)
		if len(ws) > 1 && ws[0] == "batch" {
			ws, batch = ws[1:], true
		}
		if len(ws) > 0 && segmentVerbs[ws[0]] != "" {
			return ws[0], ws[1:], batch
		}
	}
	return "", nil, false
}
