package specdiff

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/oasdiff/oasdiff/checker"
	"github.com/oasdiff/oasdiff/diff"
	"github.com/oasdiff/oasdiff/load"
)

// Side names the document a source position refers to.
const (
	Old = "old"
	New = "new"
)

// Source is where a change comes from in the documentation.
type Source struct {
	Side string `json:"side"`           // Old or New
	Page string `json:"page"`           // page path relative to the docs root
	Line int    `json:"line,omitempty"` // 0 when unknown
	// Spec is the position in the spec file ("openapi.yaml:12:5"), when known.
	Spec string `json:"spec,omitempty"`
}

func (s *Source) String() string {
	if s == nil || s.Page == "" {
		return ""
	}
	if s.Line > 0 {
		return s.Page + ":" + strconv.Itoa(s.Line)
	}
	return s.Page
}

// Change is one difference found by a rule.
type Change struct {
	Method      string  `json:"method,omitempty"`
	Path        string  `json:"path,omitempty"`
	OperationID string  `json:"operationId,omitempty"`
	Rule        string  `json:"rule"`  // oasdiff rule id, e.g. request-property-removed
	Level       string  `json:"level"` // error, warning or info
	Breaking    bool    `json:"breaking"`
	Text        string  `json:"text"`
	Source      *Source `json:"source,omitempty"`
}

// Operation is an operation added, removed or changed.
type Operation struct {
	Kind        string  `json:"kind"` // added, removed, changed
	Method      string  `json:"method"`
	Path        string  `json:"path"`
	OperationID string  `json:"operationId,omitempty"`
	Source      *Source `json:"source,omitempty"`
}

// Report is the comparison of two specs.
type Report struct {
	Old        string      `json:"old"`
	New        string      `json:"new"`
	Breaking   int         `json:"breaking"`
	Operations []Operation `json:"operations"`
	Changes    []Change    `json:"changes"`
}

// HasBreaking reports whether a change may break existing clients.
func (r *Report) HasBreaking() bool { return r.Breaking > 0 }

// ignored rules: api-version-not-bumped fires on every breaking change of a
// spec whose info.version comes from a config, and says nothing about the
// docs.
var ignored = map[string]bool{"api-version-not-bumped": true}

// Compare reports the differences from the old spec to the new one. The
// names are used for the report's header and for spec positions.
func Compare(oldName string, oldYAML []byte, newName string, newYAML []byte) (*Report, error) {
	if oldName == newName {
		// The names key oasdiff's source map; keep them apart.
		oldName, newName = oldName+" (old)", newName+" (new)"
	}
	base, err := loadSpec(oldName, oldYAML)
	if err != nil {
		return nil, err
	}
	rev, err := loadSpec(newName, newYAML)
	if err != nil {
		return nil, err
	}
	oldIdx, err := indexSources(oldYAML)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", oldName, err)
	}
	newIdx, err := indexSources(newYAML)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", newName, err)
	}
	d, opSources, err := diff.GetWithOperationsSourcesMap(diff.NewConfig(), base, rev)
	if err != nil {
		return nil, fmt.Errorf("comparing specs: %w", err)
	}
	r := &Report{Old: oldName, New: newName, Operations: []Operation{}, Changes: []Change{}}
	if d == nil || d.Empty() {
		return r, nil
	}
	if d.EndpointsDiff != nil {
		for _, e := range d.EndpointsDiff.Added {
			r.Operations = append(r.Operations, Operation{Kind: "added", Method: e.Method, Path: e.Path,
				OperationID: opID(rev.Spec, e.Method, e.Path), Source: newIdx.operation(New, e.Method, e.Path)})
		}
		for _, e := range d.EndpointsDiff.Deleted {
			r.Operations = append(r.Operations, Operation{Kind: "removed", Method: e.Method, Path: e.Path,
				OperationID: opID(base.Spec, e.Method, e.Path), Source: oldIdx.operation(Old, e.Method, e.Path)})
		}
		for _, e := range d.EndpointsDiff.Modified.ToEndpoints() {
			r.Operations = append(r.Operations, Operation{Kind: "changed", Method: e.Method, Path: e.Path,
				OperationID: opID(rev.Spec, e.Method, e.Path), Source: newIdx.operation(New, e.Method, e.Path)})
		}
	}
	sort.Slice(r.Operations, func(i, j int) bool {
		a, b := r.Operations[i], r.Operations[j]
		if a.Kind != b.Kind {
			return kindRank[a.Kind] < kindRank[b.Kind]
		}
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Method < b.Method
	})

	l := checker.NewLocalizer("en")
	changes := checker.CheckBackwardCompatibilityUntilLevel(checker.NewConfig(checker.GetAllChecks()), d, opSources, checker.INFO)
	renamed := schemaRenames(d, oldIdx, newIdx)
	seen := map[string]bool{}
	for _, c := range changes {
		if ignored[c.GetId()] {
			continue
		}
		ch := Change{
			Method:      c.GetOperation(),
			Path:        c.GetPath(),
			OperationID: c.GetOperationId(),
			Rule:        c.GetId(),
			Level:       c.GetLevel().String(),
			Breaking:    c.IsBreaking(),
			Text:        c.GetUncolorizedText(l),
		}
		if args := c.GetArgs(); c.GetId() == checker.APISchemasRemovedId && len(args) == 1 {
			if name, ok := args[0].(string); ok && renamed[name] != "" {
				// the table is the same; its name changed
				ch.Rule = SchemaRenamedRule
				ch.Text = fmt.Sprintf("renamed the schema `%s` to `%s`", name, renamed[name])
				ch.Source = newIdx.schema(New, renamed[name])
				r.Changes = append(r.Changes, ch)
				continue
			}
		}
		switch {
		case c.GetRevisionSource() != nil:
			ch.Source = newIdx.at(New, c.GetRevisionSource())
		case c.GetBaseSource() != nil:
			ch.Source = oldIdx.at(Old, c.GetBaseSource())
		}
		if ch.Source == nil && ch.Method != "" {
			if s := newIdx.operation(New, ch.Method, ch.Path); s != nil {
				ch.Source = s
			} else {
				ch.Source = oldIdx.operation(Old, ch.Method, ch.Path)
			}
		}
		key := fmt.Sprintf("%s %s %s %s %s", ch.Method, ch.Path, ch.Rule, ch.Text, ch.Source)
		if seen[key] {
			continue
		}
		seen[key] = true
		if ch.Breaking {
			r.Breaking++
		}
		r.Changes = append(r.Changes, ch)
	}
	sort.SliceStable(r.Changes, func(i, j int) bool {
		a, b := r.Changes[i], r.Changes[j]
		if a.Breaking != b.Breaking {
			return a.Breaking
		}
		if la, lb := levelRank(a.Level), levelRank(b.Level); la != lb {
			return la < lb
		}
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Method != b.Method {
			return a.Method < b.Method
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Text < b.Text
	})
	return r, nil
}

// SchemaRenamedRule is the rule of a schema that the same table documents
// under another name (oasdiff would report it removed).
const SchemaRenamedRule = "api-schema-renamed"

// schemaRenames pairs each schema the new spec no longer has with the one
// that has its place: the one schema of the new spec that the same
// documentation line (x-docspec-source) documents, when the old spec had
// no other from that line (old name → new name). The new name may be one
// the old spec gave another table (two tables that swapped names).
func schemaRenames(d *diff.Diff, oldIdx, newIdx *index) map[string]string {
	if d.ComponentsDiff == nil || d.ComponentsDiff.SchemasDiff == nil {
		return nil
	}
	olds, news := oldIdx.schemasBySource(), newIdx.schemasBySource()
	out := map[string]string{}
	for _, name := range d.ComponentsDiff.SchemasDiff.Deleted {
		if src := oldIdx.schemas[name]; src != "" && len(olds[src]) == 1 && len(news[src]) == 1 {
			out[name] = news[src][0]
		}
	}
	return out
}

// kindRank lists removed operations first: they break clients.
var kindRank = map[string]int{"removed": 0, "added": 1, "changed": 2}

func levelRank(l string) int {
	switch l {
	case "error":
		return 0
	case "warning":
		return 1
	}
	return 2
}

// loadSpec loads and validates one spec with a loader of its own (a shared
// loader caches documents and can make two in-memory specs look equal), with
// origins so changes carry spec lines.
func loadSpec(name string, data []byte) (*load.SpecInfo, error) {
	loader := openapi3.NewLoader()
	loader.IsExternalRefsAllowed = false
	loader.IncludeOrigin = true
	si, err := load.NewSpecInfoFromData(loader, data, name)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := si.Spec.Validate(loader.Context, openapi3.DisableExamplesValidation()); err != nil {
		return nil, fmt.Errorf("%s: invalid spec: %w", name, err)
	}
	unwrapDescribedRefs(si.Spec)
	return si, nil
}

// unwrapDescribedRefs gives back its $ref to each property that is the
// allOf of one struct only to carry the row's description (OpenAPI 3.0
// reads nothing beside a $ref), or its examples' null: the comparison
// then follows the struct as a reference, as it does every other, and a
// spec written before descriptions were kept compares with one written
// after (a member's null is not compared).
func unwrapDescribedRefs(doc *openapi3.T) {
	seen := map[*openapi3.Schema]bool{}
	var walk func(r *openapi3.SchemaRef)
	walk = func(r *openapi3.SchemaRef) {
		if r == nil || r.Value == nil || seen[r.Value] {
			return
		}
		s := r.Value
		seen[s] = true
		for name, p := range s.Properties {
			if p != nil && p.Ref == "" && p.Value != nil && len(p.Value.AllOf) == 1 && p.Value.AllOf[0].Ref != "" &&
				p.Value.Type == nil && len(p.Value.Properties) == 0 {
				in := p.Value.AllOf[0]
				s.Properties[name] = &openapi3.SchemaRef{Ref: in.Ref, Value: in.Value, Extensions: p.Value.Extensions}
			}
		}
		for _, p := range s.Properties {
			walk(p)
		}
		walk(s.Items)
		walk(s.AdditionalProperties.Schema)
		walk(s.Not)
		for _, group := range []openapi3.SchemaRefs{s.AllOf, s.OneOf, s.AnyOf} {
			for _, g := range group {
				walk(g)
			}
		}
	}
	content := func(c openapi3.Content) {
		for _, mt := range c {
			if mt != nil {
				walk(mt.Schema)
			}
		}
	}
	if doc.Components != nil {
		for _, r := range doc.Components.Schemas {
			walk(r)
		}
	}
	if doc.Paths == nil {
		return
	}
	for _, item := range doc.Paths.Map() {
		for _, op := range item.Operations() {
			for _, p := range op.Parameters {
				if p != nil && p.Value != nil {
					walk(p.Value.Schema)
					content(p.Value.Content)
				}
			}
			if op.RequestBody != nil && op.RequestBody.Value != nil {
				content(op.RequestBody.Value.Content)
			}
			if op.Responses == nil {
				continue
			}
			for _, resp := range op.Responses.Map() {
				if resp == nil || resp.Value == nil {
					continue
				}
				content(resp.Value.Content)
				for _, h := range resp.Value.Headers {
					if h != nil && h.Value != nil {
						walk(h.Value.Schema)
					}
				}
			}
		}
	}
}

func opID(doc *openapi3.T, method, path string) string {
	if doc == nil || doc.Paths == nil {
		return ""
	}
	if item := doc.Paths.Value(path); item != nil {
		if op := item.GetOperation(strings.ToUpper(method)); op != nil {
			return op.OperationID
		}
	}
	return ""
}
