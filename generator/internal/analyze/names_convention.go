package analyze

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// The convention. A path is read as segments after its version (and any
// prefix before the version): static words and {placeholders}; the
// project scope ({project_id}, projects/{project_id} before more segments)
// and OpenStack extension namespaces (OS-AGENCY) are left out.

type segment struct {
	word  string // the static segment, or the placeholder's name
	param bool
}

// pathSegments reads a path's segments after its version.
func pathSegments(path string) (segs []segment, version string) {
	return segmentsOf(path, false)
}

// segmentsOf is pathSegments; with scoped, a project's segments
// ("projects/{project_id}") stay, as the resource the rest belongs to.
func segmentsOf(path string, scoped bool) (segs []segment, version string) {
	parts := strings.FieldsFunc(path, func(r rune) bool { return r == '/' })
	last := -1
	for i := 0; i < len(parts) && i < 3; i++ {
		if versionSegment.MatchString(parts[i]) {
			last = i
		}
	}
	if last >= 0 {
		version = parts[last]
		parts = parts[last+1:]
	}
	for i, p := range parts {
		if strings.Contains(p, "{") {
			name := strings.Trim(placeholder.ReplaceAllString(p, "$1"), "_ ")
			if scopeParams[name] && i < len(parts)-1 && !(scoped && i > 0 && parts[i-1] == "projects") {
				if n := len(segs); n > 0 && !segs[n-1].param && segs[n-1].word == "projects" {
					segs = segs[:n-1]
				}
				continue
			}
			segs = append(segs, segment{word: name, param: true})
			continue
		}
		if extensionNamespace.MatchString(p) {
			continue
		}
		segs = append(segs, segment{word: p})
	}
	return segs, version
}

// resourceWords are the words of a static segment that name a resource:
// "security-group-rules" → security group rules; the "os-" of OpenStack
// extensions and the "cloud" of "cloudservers" are left out.
func resourceWords(seg string) []string {
	ws := segWords(seg)
	if len(ws) > 1 && ws[0] == "os" {
		ws = ws[1:]
	}
	if len(ws) > 0 && strings.HasPrefix(ws[0], cloudPrefix) && len(ws[0]) > len(cloudPrefix)+2 {
		ws[0] = ws[0][len(cloudPrefix):]
	}
	return ws
}

// segWords splits a path segment or a name into lower-case words at
// non-alphanumeric characters and camel-case humps.
func segWords(s string) []string {
	var out []string
	for _, w := range asciiWord.FindAllString(s, -1) {
		out = append(out, camelWords(w)...)
	}
	return out
}

// paramWords names a placeholder's resource: "server_id" → server.
func paramWords(name string) []string {
	ws := segWords(name)
	if n := len(ws); n > 1 && paramSuffixes[ws[n-1]] {
		ws = ws[:n-1]
	}
	return ws
}

// conventionName builds an operation id from the method and the path, as
// the services' SDKs name operations:
//
//	GET    /v1/{project_id}/vpcs             ListVpcs
//	GET    /v1/{project_id}/vpcs/{vpc_id}    ShowVpc
//	POST   /v1/{project_id}/vpcs             CreateVpc
//	PUT    …/vpcs/{vpc_id}                   UpdateVpc
//	DELETE …/vpcs/{vpc_id}                   DeleteVpc
//	GET    …/vpcs/{vpc_id}/tags              ShowVpcTags (generic words take their parent)
//	GET    /v3/{project_id}/tags             ListProjectTags (…/{resource_type}/tags too)
//	POST   …/vpcs/{vpc_id}/tags/action       BatchCreateVpcTags
//	POST   …/vpcs/resource_instances/action  ListVpcsByTags
//	POST   …/servers/{server_id}/reboot      RebootServer (a verb segment)
//	POST   …/members/batch-delete            BatchDeleteMembers
//	GET    …/cloudvolumes/detail             ListVolumes
//	GET    /                                 ListApiVersions
//	GET    / ("… (Native OpenStack API)")    ListVersions
//
// The English title may add the words it puts before the resource when the
// path has them too ("Querying VPC Routes", /v2.0/vpc/routes → ListVpcRoutes).
// OpenStack's own APIs, which the services also serve, are prefixed with the
// OpenStack component (/v2.0/security-groups → NeutronListSecurityGroups);
// Kubernetes' are named as Kubernetes names them (kubeName).
func conventionName(method, path, title string) string {
	if n := kubeName(method, path, title); n != "" {
		return n
	}
	n := buildName(method, path, title, 0)
	if n == "ListApiVersions" || n == "ShowApiVersion" {
		return versionsName(n, title)
	}
	n = titleQualified(n, title, path)
	return openstackPrefix(path) + n
}

// versionsName names a GET of an API's versions (ListApiVersions,
// ShowApiVersion) as it is: the title adds no words to it ("Listing All
// DNS API Versions" is ListApiVersions), and an OpenStack API's versions,
// as the title says ("Querying API Versions (Native OpenStack API)",
// "Querying Keystone API Version Information"), are named as OpenStack
// names them, with the component the title names: ListVersions,
// KeystoneShowVersion.
func versionsName(n, title string) string {
	component, openstack := "", strings.Contains(strings.ToLower(title), "openstack")
	for _, w := range asciiWord.FindAllString(title, -1) {
		for _, o := range openstackAPIs {
			if strings.EqualFold(w, o.component) {
				component, openstack = o.component, true
			}
		}
	}
	if !openstack {
		return n
	}
	return component + strings.Replace(n, "Api", "", 1)
}

// longerNames are the names the convention builds with more of the path:
// with the resource's parent; and, for when another version of the
// operation has the same name, with the path's version.
func longerNames(method, path, title string) (longer, versioned []string) {
	if kubeName(method, path, title) != "" {
		return nil, nil // Kubernetes' names say the group, version and scope already
	}
	base := conventionName(method, path, title)
	add := func(n string) {
		if n != "" && n != base && !slices.Contains(longer, n) {
			longer = append(longer, n)
		}
	}
	parent := openstackPrefix(path) + buildName(method, path, title, 1)
	add(parent)
	segs, version := pathSegments(path)
	names := []string{base, parent}
	switch last := len(segs) - 1; {
	// A PATCH beside a PUT of the same path patches what the PUT replaces.
	case method == "PATCH":
		for _, n := range names {
			add(patchName(n))
		}
	// GET …/volumes/detail beside GET …/volumes: the details.
	case method == "GET" && last > 0 && !segs[last].param && listSegments[segs[last].word]:
		for _, n := range names {
			add(n + "Details")
		}
	// …/metadata/{key} beside …/metadata: one item of it.
	case last > 0 && segs[last].param && !segs[last-1].param && genericSegments[segs[last-1].word]:
		for _, n := range names {
			add(n + "Item")
		}
	// …/os-vendor-tags/{resource_type}/{resource_id}/{key} beside the same
	// without {key}: by what the last placeholder names (ShowVendorTagByKey).
	case last > 0 && segs[last].param && segs[last-1].param && lastStatic(segs) >= 0:
		if ws := paramWords(segs[last].word); len(ws) > 0 {
			for _, n := range names {
				add(n + "By" + joinWords(ws))
			}
		}
	}
	// With more of the resources the path nests it in, each a level more:
	// …/domains/{domain_id}/groups/{group_id}/roles/{role_id} beside the
	// same under projects/{project_id}.
	for depth, prev := 2, parent; ; depth++ {
		n := openstackPrefix(path) + buildName(method, path, title, depth)
		if n == prev {
			break
		}
		add(n)
		prev = n
	}
	// With the OpenStack extension the path is in (/v3/OS-FEDERATION/projects
	// beside /v3/projects: KeystoneListFederationProjects).
	if ext := extensionWord(path); ext != "" {
		component, verb, rest := idParts(base)
		add(component + verb + ext + rest)
	}
	if v := versionSuffix(version); v != "" {
		for _, n := range append([]string{base}, longer...) {
			versioned = append(versioned, n+v)
		}
	}
	// /{version_id}/…/instances/{instance_id}/configurations beside
	// /v3/…: the version the path leaves open tells it apart, as it names
	// a path without a parent (ListVersionConfigurations):
	// ListVersionInstanceConfigurations.
	if len(segs) > 1 && segs[0].param && containsWord(paramWords(segs[0].word), "version") {
		for _, n := range slices.Clone(longer) {
			if component, verb, rest := idParts(n); verb != "" && !strings.HasPrefix(rest, "Version") {
				add(component + verb + "Version" + rest)
			}
		}
	}
	return longer, versioned
}

// patchName is an Update… name with the verb Patch ("UpdatePodStatus" →
// PatchPodStatus); "" for another name.
func patchName(n string) string {
	if component, verb, rest := idParts(n); verb == "Update" && rest != "" {
		return component + "Patch" + rest
	}
	return ""
}

// idParts splits an operation id into the OpenStack component it names
// the operation of, its verb and the rest ("NovaCreateServer" → Nova,
// Create, Server; "ListVpcs" → "", List, Vpcs).
func idParts(id string) (component, verb, rest string) {
	for _, o := range openstackAPIs {
		if r, ok := strings.CutPrefix(id, o.component); ok && r != "" {
			component, id = o.component, r
			break
		}
	}
	verb = camelHead(id)
	return component, verb, id[len(verb):]
}

// extensionWord is the name of the OpenStack extension a path is in
// ("OS-FEDERATION" → Federation); "" for a path in none.
func extensionWord(path string) string {
	for _, p := range strings.Split(path, "/") {
		if extensionNamespace.MatchString(p) {
			return joinWords(segWords(strings.TrimPrefix(p, "OS-")))
		}
	}
	return ""
}

func versionSuffix(v string) string {
	m := versionSegment.FindStringSubmatch(v)
	if m == nil {
		return ""
	}
	return "V" + exportName(strings.ReplaceAll(strings.TrimSuffix(strings.ToLower(v[1:]), ".0"), ".", ""))
}

func openstackPrefix(path string) string {
	for _, o := range openstackAPIs {
		if o.path.MatchString(path) {
			return o.component
		}
	}
	return ""
}

// buildName is the convention; depth 1 adds the resource's parent, each
// more depth one more of the resources the path nests it in.
func buildName(method, path, title string, depth int) string {
	segs, version := pathSegments(path)
	resourceWords := func(seg string) []string { return splitByTitle(resourceWords(seg), title) }
	parentWords := func(before []segment) []string { return splitByTitle(parentWords(before), title) }
	if len(segs) == 0 {
		switch {
		case method == "GET" && version != "":
			return "ShowApiVersion" // GET /v3: that version of the API
		case method == "GET":
			return "ListApiVersions"
		}
		return methodVerb(method)
	}
	last := segs[len(segs)-1]
	// GET /{api_version}, /rds/{versionId}: one version of the API (a path
	// without a version of its own).
	if version == "" && last.param && strings.Contains(strings.ToLower(last.word), "version") && (len(segs) == 1 || len(segs) == 2 && !segs[0].param) {
		return "ShowApiVersion"
	}
	// GET …/servers/detail, …/scaling_policy/{id}/list: a listing.
	if method == "GET" && !last.param && listSegments[last.word] && len(segs) > 1 {
		if i := lastStatic(segs[:len(segs)-1]); i >= 0 {
			return "List" + joinWords(pluralLast(resourceWords(segs[i].word)))
		}
	}
	// …/action: the body says which action (GET …/actions lists them).
	if !last.param && actionSegments[last.word] && len(segs) > 1 && method != "GET" {
		rest := segs[:len(segs)-1]
		prev := rest[len(rest)-1]
		switch {
		case !prev.param && prev.word == "resource_instances":
			ws := []string{"resource"}
			if i := lastStatic(rest[:len(rest)-1]); i >= 0 {
				ws = resourceWords(rest[i].word)
			}
			return "List" + joinWords(pluralLast(ws)) + "ByTags"
		case !prev.param && (prev.word == "tags" || prev.word == "tag"):
			return "BatchCreate" + joinWords(parentWords(rest[:len(rest)-1])) + "Tags"
		case !prev.param:
			words := resourceWords(prev.word)
			if p := parentWords(rest[:len(rest)-1]); depth > 0 && len(p) > 0 && len(words) > 0 && !containsWord(words, p[len(p)-1]) {
				words = append(p, words...)
			}
			return collectionAction(words, title)
		}
		if i := lastStatic(rest); i >= 0 {
			words := singularLast(resourceWords(rest[i].word))
			if verbs, _ := titleActions(title); len(verbs) > 1 {
				// an item's actions, as its title says them ("Enabling or
				// Disabling an AS Group": EnableOrDisableScalingGroup)
				return strings.Join(verbs, "Or") + joinWords(words)
			}
			return joinWords(words) + "Action"
		}
		return "Action"
	}
	verb, object, batch := "", []string(nil), false
	res := segs
	// A verb segment: POST …/servers/{id}/reboot, …/members/batch-delete;
	// or one before the placeholder of its object: DELETE
	// …/servers/{id}/detachvolume/{volume_id} (DetachServerVolume).
	if !last.param && method != "GET" {
		if v, obj, b := segmentVerb(last.word); (v != "" || b) && (len(segs) > 1 || len(obj) > 0) {
			verb, object, batch = v, obj, b
			res = segs[:len(segs)-1]
		}
	} else if n := len(segs); last.param && method != "GET" && n > 2 && !segs[n-2].param {
		if v, obj, b := segmentVerb(segs[n-2].word); v != "" && !b && slices.Equal(obj, paramWords(last.word)) {
			verb, object = v, obj
			res = segs[:n-2]
		}
	}
	if n := len(res); n > 1 && !res[n-1].param && batchSegments[res[n-1].word] {
		batch = true
		res = res[:n-1]
	}
	li := lastStatic(res)
	if li < 0 {
		if verb != "" { // POST /v1.0/{project_id}/batch-query-metric-data
			return verbName(verb, nil, object, false, batch)
		}
		if n := len(res); n > 0 {
			// /v1/{account}/{container}: the placeholder names the item
			if ws := paramWords(res[n-1].word); len(ws) > 0 {
				return itemVerbs[method] + joinWords(singularLast(ws))
			}
		}
		return methodVerb(method)
	}
	item := res[len(res)-1].param
	words := resourceWords(res[li].word)
	if len(words) == 0 { // a segment without ASCII letters names nothing
		if verb != "" {
			return verbName(verb, nil, object, false, batch)
		}
		return methodVerb(method)
	}
	generic := genericSegments[res[li].word]
	if generic || depth == 0 && li == len(res)-1 && collectionThing(res) {
		words = append(parentWords(res[:li]), words...)
	} else if depth > 0 {
		if p := parentWords(res[:li]); len(p) > 0 && !containsWord(words, p[len(p)-1]) {
			words = append(p, words...)
		}
	}
	if depth > 1 {
		words = append(ancestorWords(path, len(segs)-li, words, depth-1, title), words...)
	}
	if verb != "" {
		// POST /v1.0/{project_id}/kms/create-key: the segment before a
		// verb and its object, the path's first and no item's, is the
		// service's namespace, not a resource (CreateKey).
		if len(object) > 0 && !item && li == 0 && depth == 0 {
			words = nil
		}
		// PUT …/routers/{router_id}/add_router_interface: the object
		// names the resource already (AddRouterInterface).
		if len(object) > 0 && len(words) > 0 && singular(object[0]) == singular(lastNoun(words)) {
			words = nil
		}
		return verbName(verb, words, object, item, batch)
	}
	switch method {
	case "GET":
		switch {
		case item:
			return "Show" + joinWords(singularLast(words))
		case titleSaysList(title):
			// GET …/instances/{instance_id}/auditlog, "获取审计日志列表"
			return "List" + joinWords(pluralLast(words))
		case res[li].word == "tags" && projectScoped(path) && (li == 0 || li == 1 && res[0].param && strings.HasSuffix(res[0].word, "resource_type")):
			// GET /v3/{project_id}/tags, /v2/{project_id}/{resource_type}/tags:
			// the tags a project's resources (of a type) carry, as the tag
			// APIs name it
			return "ListProjectTags"
		case generic && li > 0 && res[li-1].param:
			return "Show" + joinWords(words) // the tags of one resource
		case !isPlural(lastNoun(words)) && li > 0 && titleHasWord(title, plural(lastNoun(words))):
			// GET …/waf/certificate, "Querying Certificates": many of them
			return "List" + joinWords(pluralLast(words))
		case !isPlural(lastNoun(words)) && li > 0:
			return "Show" + joinWords(words) // one thing of its parent: …/{id}/config
		}
		return "List" + joinWords(pluralLast(words))
	case "POST":
		if del, b := titleDeletes(title); del {
			// POST …/scaling_configurations, "Batch Deleting AS Configurations"
			if batch || b {
				return "BatchDelete" + joinWords(pluralLast(words))
			}
			return "Delete" + joinWords(singularLast(words))
		}
		if creates, b := titleCreates(title); batch || !item && creates && b {
			// POST …/members, "Adding Image Members in Batches"
			return "BatchCreate" + joinWords(pluralLast(words))
		}
		return "Create" + joinWords(singularLast(words))
	case "PUT", "PATCH":
		if del, b := titleDeletes(title); del && !item && (batch || b) {
			// PUT …/acls, "批量删除ACL策略": the body lists what to delete
			return "BatchDelete" + joinWords(pluralLast(words))
		}
		if updates, b := titleUpdates(title); batch || !item && updates && b {
			return "BatchUpdate" + joinWords(pluralLast(words))
		}
		if creates, _ := titleCreates(title); method == "PUT" && creates {
			// PUT …/identity_providers/{id}, "Creating an Identity Provider":
			// the PUT puts what is not there yet
			return "Create" + joinWords(singularLast(words))
		}
		return "Update" + joinWords(singularLast(words))
	case "DELETE":
		if batch || !item && !generic && li == len(res)-1 && isPlural(lastNoun(words)) && !titleSaysOne(title) {
			// DELETE …/zones: every zone the request names ("Deleting a
			// User Token", DELETE /v3/auth/tokens, deletes one)
			return "BatchDelete" + joinWords(pluralLast(words))
		}
		return "Delete" + joinWords(singularLast(words))
	case "HEAD":
		return "Check" + joinWords(singularLast(words))
	}
	return methodVerb(method) + joinWords(singularLast(words))
}

// verbName names the operation of a verb segment: the verb, the resource's
// words and the verb's object ("Reboot" "servers" → RebootServer, "Change"
// "servers" "os" → ChangeServerOs, "List" "keys" → ListKeys); with batch,
// a batch of it.
func verbName(verb string, words, object []string, item, batch bool) string {
	obj := object
	switch {
	case len(obj) > 0 && verb == "List": // POST …/kms/list-keys
		obj = pluralLast(obj)
	case len(obj) > 0:
		obj = singularLast(obj)
	}
	if item || len(obj) > 0 || !batch && len(words) > 0 && !isPlural(lastNoun(words)) {
		words = singularLast(words)
	} else {
		words = pluralLast(words)
	}
	if batch {
		return "Batch" + verb + joinWords(words) + joinWords(obj)
	}
	return verb + joinWords(words) + joinWords(obj)
}

// titleSaysList reports whether a page's title says that its operation
// lists: "获取审计日志列表", "Querying the List of Image Repository Tags",
// "Listing Tags".
func titleSaysList(title string) bool {
	lower := strings.ToLower(title)
	return strings.Contains(lower, "列表") || strings.HasPrefix(lower, "listing ") || listWord.MatchString(lower)
}

// titleHasWord reports whether an English title has the word w, in any
// case.
func titleHasWord(title, w string) bool {
	for _, t := range asciiWord.FindAllString(title, -1) {
		if strings.EqualFold(t, w) {
			return true
		}
	}
	return false
}

// listWord: the word "list" or "lists" in an English title ("Querying the
// Policy List", "Querying a List of Certificates"; not "Whitelist").
var listWord = regexp.MustCompile(`\blists?\b`)

// titleCreates reports whether a page's title says that its operation
// creates, and nothing else: "Creating a Mapping", "Registering a
// Protocol", "Adding a Tag", "创建…", "注册…"; and whether in batches
// ("Adding Image Members in Batches", "批量添加成员").
func titleCreates(title string) (creates, batch bool) {
	verbs, batch := titleActions(title)
	return len(verbs) == 1 && (verbs[0] == "Create" || verbs[0] == "Register" || verbs[0] == "Add"), batch
}

// titleUpdates reports whether a page's title says that its operation
// updates, and nothing else, and whether in batches ("Updating the Status
// of Image Members in Batches", "批量修改…").
func titleUpdates(title string) (updates, batch bool) {
	verbs, batch := titleActions(title)
	return len(verbs) == 1 && verbs[0] == "Update", batch
}

// titleDeletes reports whether a page's title says that its operation
// deletes ("Deleting …", "Batch Deleting …", "删除…", "批量删除…"), and
// whether in batches.
func titleDeletes(title string) (del, batch bool) {
	verbs, batch := titleActions(title)
	if len(verbs) > 0 && (verbs[0] == "Delete" || verbs[0] == "Remove") {
		return true, batch
	}
	return false, false
}

// collectionAction names an action on a collection (POST …/instances/action)
// by what the title says it does: its verbs, joined as the SDKs join them
// ("批量重启、删除实例" → BatchRestartOrDeleteInstances, "Accepting or
// Rejecting a VPC Endpoint" → AcceptOrRejectConnection); a query of
// resource instances is a query by tags ("查询资源实例" → ListInstancesByTags).
// A title without a verb leaves the action to the body: BatchAction… or
// …Action.
func collectionAction(words []string, title string) string {
	if len(words) == 0 {
		return "Action"
	}
	verbs, batch := titleActions(title)
	if titleQueriesByTags(title, verbs) {
		return "List" + joinWords(pluralLast(words)) + "ByTags"
	}
	if len(verbs) == 1 {
		// "quickimport" with the verb Import: the rest of the segment
		v, last := strings.ToLower(verbs[0]), words[len(words)-1]
		if rest := strings.Replace(last, v, "", 1); rest != last && rest != "" {
			words = append(slices.Clone(words[:len(words)-1]), rest)
		}
	}
	prefix := ""
	if batch {
		prefix = "Batch"
	}
	switch {
	case len(verbs) == 0 && batch:
		return "BatchAction" + joinWords(pluralLast(words))
	case len(verbs) == 0:
		return joinWords(singularLast(words)) + "Action"
	case len(verbs) == 1 && verbs[0] == "List":
		return "List" + joinWords(pluralLast(words))
	case batch || len(verbs) == 1 && verbs[0] == "Delete":
		return prefix + strings.Join(verbs, "Or") + joinWords(pluralLast(words))
	}
	return strings.Join(verbs, "Or") + joinWords(singularLast(words))
}

// titleQueriesByTags reports whether a title queries resources by their
// tags: "查询资源实例" (resource instances are the services' name for
// that), "Querying Servers by Tag".
func titleQueriesByTags(title string, verbs []string) bool {
	t := strings.ToLower(title)
	if strings.Contains(t, "资源实例") || strings.Contains(t, "resource instances") {
		return true
	}
	if len(verbs) != 1 || verbs[0] != "List" {
		return false
	}
	for _, w := range []string{"by tag", "按标签", "根据标签", "通过标签"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// titleActions reads the verbs a title starts with, as the SDKs' names say
// them: "批量重启、删除实例" → [Restart Delete], batch; "Accepting or
// Rejecting a VPC Endpoint" → [Accept Reject]; "Associating Multiple NIC
// Ports to or Disassociating Them from…" → [Associate Disassociate], batch.
func titleActions(title string) (verbs []string, batch bool) {
	t := strings.TrimSpace(title)
	lower := strings.ToLower(t)
	for _, w := range batchPhrases {
		if strings.Contains(lower, w) {
			batch = true
		}
	}
	if rest, ok := strings.CutPrefix(t, "批量"); ok {
		batch, t = true, rest
	}
	if t != "" && t[0] >= utf8.RuneSelf {
		// Chinese: verbs one after another, or joined by 、 or 或
		for t != "" {
			v, n := zhTitleVerb(t)
			if v == "" {
				break
			}
			verbs = appendNew(verbs, v)
			t = t[n:]
			for _, sep := range []string{"、", "或者", "或", "和", "与", "及", "/"} {
				if rest, ok := strings.CutPrefix(t, sep); ok {
					t = rest
					break
				}
			}
		}
		return verbs, batch
	}
	ws := strings.Fields(lower)
	if len(ws) > 0 && ws[0] == "batch" {
		batch, ws = true, ws[1:]
	}
	if len(ws) == 0 {
		return nil, batch
	}
	first := strings.TrimRight(ws[0], ",;")
	v := gerundVerb(first)
	if sv, ok := segmentVerbs[first]; v == "" && ok && first != "get" {
		v = sv // an imperative: "Delete Bucket", "Remove Member"
	}
	if v == "" {
		return nil, batch
	}
	verbs = append(verbs, v)
	// "Accepting or Rejecting …", "Executing, Enabling, or Disabling …"
	for i := 1; i < len(ws); i++ {
		if prev := ws[i-1]; prev == "or" || prev == "and" || strings.HasSuffix(prev, ",") {
			if v := gerundVerb(strings.TrimRight(ws[i], ",;")); v != "" {
				verbs = appendNew(verbs, v)
			}
		}
	}
	return verbs, batch
}

// zhTitleVerb is the verb a Chinese title starts with, and its length in
// bytes.
func zhTitleVerb(t string) (string, int) {
	for _, v := range zhTitleVerbs {
		if strings.HasPrefix(t, v.word) {
			return v.verb, len(v.word)
		}
	}
	return "", 0
}

// gerundVerb is the verb of an English title's gerund ("Rejecting" →
// Reject, "Stopping" → Stop, "Querying" → List); "" for another word.
func gerundVerb(w string) string {
	if v, ok := gerundVerbs[w]; ok {
		return v
	}
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 2 {
		return ""
	}
	for _, s := range []string{stem, stem + "e", stem[:len(stem)-1]} {
		if v, ok := segmentVerbs[s]; ok && s != "get" { // "Getting" says nothing of the action
			return v
		}
	}
	return ""
}

// titleSaysOne reports whether an English title's object is one thing:
// "Deleting a User Token", "Deleting an Agency".
func titleSaysOne(title string) bool {
	ws := strings.Fields(strings.ToLower(title))
	return len(ws) > 2 && (ws[1] == "a" || ws[1] == "an")
}

// segmentVerb reads a verb segment: "reboot" → Reboot; "batch-delete" →
// Delete, batch; "change-charge-mode" → Change, [charge mode];
// "attachvolume" → Attach, [volume] (a verb glued to its object).
func segmentVerb(seg string) (verb string, object []string, batch bool) {
	ws := segWords(seg)
	if len(ws) == 0 {
		return "", nil, false
	}
	if batchSegments[ws[0]] {
		batch = true
		ws = ws[1:]
		if len(ws) == 0 {
			return "", nil, true
		}
	}
	if v, ok := segmentVerbs[ws[0]]; ok {
		return v, ws[1:], batch
	}
	if len(ws) == 1 {
		for _, v := range gluedVerbs {
			if rest := strings.TrimPrefix(ws[0], v); rest != ws[0] && (len(rest) >= 3 || rest == "os") && !strings.HasPrefix(rest, "ment") {
				return segmentVerbs[v], []string{rest}, batch
			}
		}
	}
	return "", nil, batch
}

// parentWords names the resource a segment belongs to: the nearest
// placeholder before it ({server_id} → server), else the nearest static
// segment, singular.
func parentWords(before []segment) []string {
	for i := len(before) - 1; i >= 0; i-- {
		if !before[i].param {
			return singularLast(resourceWords(before[i].word))
		}
		if ws := segWords(before[i].word); len(ws) != 1 || !paramSuffixes[ws[0]] {
			return paramWords(before[i].word)
		}
		// {name}, {id}: the placeholder names no resource; the segment
		// before it does (…/pods/{name}/status → pod).
	}
	return nil
}

// ancestorWords are the words of up to n more resources that a path nests
// its resource in (the segment fromEnd segments before the path's end),
// nearest last, leaving out those the name has: for
// /v3/projects/{project_id}/groups/{group_id}/roles/{role_id} named
// GroupRole, with n = 1, [project]. A project's segments count here.
func ancestorWords(path string, fromEnd int, have []string, n int, title string) []string {
	segs, _ := segmentsOf(path, true)
	li := len(segs) - fromEnd
	if li < 0 || segs[li].param {
		return nil
	}
	var out []string
	for i := li - 1; i >= 0 && n > 0; i-- {
		var ws []string
		if segs[i].param {
			ws = paramWords(segs[i].word)
			if len(ws) == 0 || len(ws) == 1 && paramSuffixes[ws[0]] || containsWord(ws, "version") {
				continue // {id} names nothing; {version_id} is the API's version
			}
		} else {
			ws = singularLast(resourceWords(segs[i].word))
		}
		ws = splitByTitle(ws, title)
		if len(ws) == 0 || containsWord(have, ws[len(ws)-1]) || containsWord(out, ws[len(ws)-1]) {
			continue
		}
		out = append(ws, out...)
		n--
	}
	return out
}

// namesItem reports whether a placeholder right after a collection's
// segment picks one of its items: {vpc_id} after vpcs, {repository} after
// repos, {floatingip_id} after floatingips, {l7rule_id} after rules, {id}
// and {option} do. The id of another resource does not: {database_name}
// after datastores picks a database (the datastores of a database),
// {scaling_group_id} after scaling_activity_log a group (a group's logs):
// the placeholder names a noun other than the collection's last one.
func namesItem(param string, resource []string) bool {
	ws := segWords(param)
	if len(ws) < 2 || !paramSuffixes[ws[len(ws)-1]] || len(resource) == 0 {
		return true
	}
	pw := ws[:len(ws)-1]
	joined := singular(strings.Join(resource, ""))
	if p := strings.Join(pw, ""); strings.HasPrefix(p, joined) || strings.HasSuffix(p, joined) {
		return true
	}
	// {config_id} after configurations: an abbreviation
	return strings.HasPrefix(singular(resource[len(resource)-1]), singular(pw[len(pw)-1]))
}

func lastStatic(segs []segment) int {
	for i := len(segs) - 1; i >= 0; i-- {
		if !segs[i].param {
			return i
		}
	}
	return -1
}

func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if singular(x) == singular(w) {
			return true
		}
	}
	return false
}

// splitByTitle splits the words that a path writes together as an English
// title writes them apart: "recordsets" with "Querying Record Sets" →
// record sets, "nodepools" with "Listing Node Pools" → node pools.
func splitByTitle(ws []string, title string) []string {
	if title == "" || !isASCII(title) || len(ws) == 0 {
		return ws
	}
	tw := asciiWord.FindAllString(parenthesis.ReplaceAllString(title, " "), -1)
	var out []string
	for _, w := range ws {
		out = append(out, splitWord(w, tw)...)
	}
	return out
}

func splitWord(w string, tw []string) []string {
	if len(w) < 6 {
		return []string{w}
	}
	for i := range tw {
		joined := ""
		for j := i; j < len(tw) && j < i+3; j++ {
			joined += strings.ToLower(tw[j])
			if len(joined) > len(w)+3 {
				break
			}
			if j == i || singular(joined) != singular(w) {
				continue
			}
			parts := make([]string, 0, j-i+1)
			for _, t := range tw[i : j+1] {
				parts = append(parts, strings.ToLower(t))
			}
			if isPlural(w) {
				return pluralLast(parts)
			}
			return singularLast(parts)
		}
	}
	// two words of the title apart ("dataimages" in "Creating a Data Disk
	// Image …")
	for _, a := range tw {
		head := strings.ToLower(a)
		if len(head) < 3 || !strings.HasPrefix(w, head) {
			continue
		}
		for _, b := range tw {
			tail := strings.ToLower(b)
			if len(tail) >= 3 && singular(head+tail) == singular(w) {
				if isPlural(w) {
					return pluralLast([]string{head, tail})
				}
				return singularLast([]string{head, tail})
			}
		}
	}
	return []string{w}
}

// titleQualified adds to a built name the words an English title puts right
// before the resource's words, when the path has those words too:
// "Querying VPC Routes" on /v2.0/vpc/routes makes ListRoutes ListVpcRoutes,
// "Accepting a VPC Peering Connection" on /v2.0/vpc/peerings/{id}/accept
// AcceptPeering AcceptVpcPeering.
func titleQualified(name, title, path string) string {
	if title == "" || !isASCII(title) {
		return name
	}
	tw := asciiWord.FindAllString(parenthesis.ReplaceAllString(title, " "), -1)
	ws := camelWords(name)
	i := 0
	for i < len(ws) && nameVerbs[ws[i]] {
		i++
	}
	if i == 0 {
		i = 1 // a verb of a verb segment ("AcceptPeering"), or the resource of an action
	}
	if i >= len(ws) {
		return name
	}
	res := ws[i:]
	pathWords := map[string]bool{}
	for _, s := range strings.Split(path, "/") {
		if strings.Contains(s, "{") {
			continue
		}
		for _, w := range resourceWords(s) {
			pathWords[singular(w)] = true
		}
	}
	for j := 1; j+len(res) <= len(tw); j++ {
		if !sameWords(tw[j:j+len(res)], res) {
			continue
		}
		var q []string
		for p := j - 1; p >= 1; p-- {
			w := strings.ToLower(tw[p])
			if titleStopWords[w] || strings.HasSuffix(w, "ing") {
				break
			}
			q = append([]string{w}, q...)
		}
		if len(q) == 0 || len(q) > 2 {
			return name
		}
		for _, w := range q {
			if !pathWords[singular(w)] || containsWord(res, w) || containsWord(ws[:i], w) {
				return name
			}
		}
		return joinWords(ws[:i]) + joinWords(q) + joinWords(res)
	}
	return name
}

func sameWords(a, b []string) bool {
	for k := range b {
		if singular(strings.ToLower(a[k])) != singular(b[k]) {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// methodVerb is an HTTP method as a verb ("get" → "Get").
func methodVerb(method string) string {
	if method == "" {
		return "Call"
	}
	return strings.ToUpper(method[:1]) + strings.ToLower(method[1:])
}

// joinWords joins lower-case words in camel case.
func joinWords(ws []string) string {
	var b strings.Builder
	for _, w := range ws {
		if w == "" {
			continue
		}
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	return b.String()
}

// singularLast and pluralLast make a resource's noun, its last word before
// any version ("floatingips_v6" → floating ip v6), singular or plural.
func singularLast(ws []string) []string { return nounAs(ws, singular) }

func pluralLast(ws []string) []string { return nounAs(ws, plural) }

// nounAs is ws with its noun (nounAt) made by form.
func nounAs(ws []string, form func(string) string) []string {
	if len(ws) == 0 {
		return ws
	}
	out := append([]string(nil), ws...)
	i := nounAt(out)
	out[i] = form(out[i])
	return out
}

// nounAt is the index of a resource's noun in its words: the last, or the
// last before a version that qualifies it (v6 in "floatingips_v6").
func nounAt(ws []string) int {
	i := len(ws) - 1
	for i > 0 && versionWord.MatchString(ws[i]) {
		i--
	}
	return i
}

// lastNoun is the resource's noun (nounAt); "" for no words.
func lastNoun(ws []string) string {
	if len(ws) == 0 {
		return ""
	}
	return ws[nounAt(ws)]
}

// singular and plural: English noun endings, enough for resource names.
func singular(w string) string {
	if s, ok := nounSingulars[w]; ok {
		return s
	}
	if invariantNouns[w] || singularNouns[w] {
		return w
	}
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "es") && hasSuffixIn(w[:len(w)-2], sibilantEnds):
		return w[:len(w)-2]
	case len(w) > 2 && strings.HasSuffix(w, "s") && !hasSuffixIn(w, notPluralEnds):
		return w[:len(w)-1]
	}
	return w
}

func isPlural(w string) bool { return singular(w) != w }

func plural(w string) string {
	lw := strings.ToLower(w)
	if invariantNouns[lw] {
		return w
	}
	for p, s := range nounSingulars {
		if s == w {
			return p
		}
	}
	switch {
	case isPlural(lw):
		return w
	case len(lw) >= 2 && lw[len(lw)-1] == 'y' && !strings.ContainsRune("aeiou", rune(lw[len(lw)-2])):
		return w[:len(w)-1] + "ies" // a consonant and y
	case hasSuffixIn(lw, sibilantEnds):
		return w + "es"
	}
	return w + "s"
}

// sibilantEnds take "es" in the plural ("classes", "boxes"); notPluralEnds
// end singular nouns in "s" ("status", "analysis").
var (
	sibilantEnds  = []string{"ss", "x", "ch", "sh", "us"}
	notPluralEnds = []string{"ss", "us", "is"}
)

func hasSuffixIn(w string, ends []string) bool {
	for _, e := range ends {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// exportName joins the ASCII words of s, each capitalised: a field path
// "server.nics" or "nics[]" becomes ServerNics.
func exportName(s string) string {
	var b strings.Builder
	for _, w := range asciiWord.FindAllString(s, -1) {
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	return b.String()
}

// collectionThing reports whether a path ends in one thing of an item's
// collection: a singular noun after the plural of a collection that is
// an item's of another collection (…/instances/{instance_id}/backups/policy,
// the backup policy; …/topics/diskusage). The collection names it with the
// noun (ShowBackupPolicy); a collection of the project's
// (/v3/{project_id}/instances/recycle-policy) does not.
func collectionThing(segs []segment) bool {
	n := len(segs)
	if n < 4 || segs[n-1].param || segs[n-2].param || !segs[n-3].param || segs[n-4].param {
		return false
	}
	thing, coll := resourceWords(segs[n-1].word), resourceWords(segs[n-2].word)
	return len(thing) > 0 && len(coll) > 0 && !isPlural(lastNoun(thing)) && isPlural(lastNoun(coll)) &&
		!containsWord(thing, lastNoun(coll))
}
