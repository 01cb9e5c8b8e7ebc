package specbuild

import (
	"context"
	"regexp"
	"sort"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/model"
)

// Parts is the document in parts, so that it is built, validated and
// written a piece at a time and never held whole: Top has everything but
// the path items and the component schemas; PathItem and Schema build and
// validate one of those on demand, and may be called from several
// goroutines at once. A reference to a component schema points at a shared
// placeholder, not at the component's value: each component is validated
// as its own piece, and a reference is written as its $ref alone.
type Parts struct {
	Top     *openapi3.T
	Paths   []string // sorted
	Schemas []string // component names, sorted

	b      *builder
	byPath map[string][]*model.Operation
	byName map[string]*model.Schema
}

// placeholder is the value of every component reference in parts. It is
// never written (a reference is written as its $ref) and never changed.
var placeholder = &openapi3.Schema{}

// NewParts names the components and builds the top of the document. Its
// diagnostics are those of the whole document: naming, conflicting paths,
// repeated operation ids and the top-level fields.
func NewParts(api *model.API, info Info) (*Parts, diag.List) {
	b := &builder{api: api, refs: map[*model.Schema]string{}, notes: map[*model.Schema]string{}, comps: map[string]*openapi3.Schema{}}
	b.nameComponents()
	p := &Parts{b: b, byPath: map[string][]*model.Operation{}, byName: map[string]*model.Schema{}}
	for _, s := range api.Schemas {
		name := b.refs[s]
		b.comps[name] = placeholder
		p.byName[name] = s
		p.Schemas = append(p.Schemas, name)
	}
	sort.Strings(p.Schemas)
	secured := false
	for _, op := range api.Operations {
		if p.byPath[op.Path] == nil {
			p.Paths = append(p.Paths, op.Path)
		}
		p.byPath[op.Path] = append(p.byPath[op.Path], op)
		secured = secured || op.Security != nil
	}
	sort.Strings(p.Paths)
	p.Top = b.top(info, secured)
	b.checkAcrossPaths(p.Paths, p.byPath)
	ctx := context.Background()
	if err := p.Top.Validate(ctx, validationOptions...); err != nil {
		b.diags.Report(diag.Pos{File: "openapi.yaml"}, diag.InvalidSpec, "%v", err)
	}
	return p, b.diags
}

// validationOptions leave examples out: in parts a reference to a component
// points at a placeholder, so kin-openapi could not check an example against
// it. Examples are checked against the tables by analyze (every property,
// type, enum and limit), which is what decides examples vs
// x-docspec-invalid-examples; the corpus tests reload each written spec and
// validate it with kin-openapi's default options, examples included.
var validationOptions = []openapi3.ValidationOption{openapi3.DisableExamplesValidation()}

// top is the document without path items and component schemas.
func (b *builder) top(info Info, secured bool) *openapi3.T {
	title := info.Title
	if title == "" {
		title = "API"
	}
	version := info.Version
	if version == "" {
		version = "1.0.0"
	}
	doc := &openapi3.T{
		OpenAPI: "3.0.3",
		Info:    &openapi3.Info{Title: title, Description: info.Description, Version: version},
		Paths:   openapi3.NewPaths(),
		Components: &openapi3.Components{
			Schemas:         openapi3.Schemas{},
			SecuritySchemes: openapi3.SecuritySchemes{},
		},
	}
	for _, s := range info.Servers {
		doc.Servers = append(doc.Servers, &openapi3.Server{URL: s})
	}
	for _, t := range b.api.Tags {
		doc.Tags = append(doc.Tags, &openapi3.Tag{Name: t})
	}
	if secured {
		doc.Components.SecuritySchemes[SecurityScheme] = &openapi3.SecuritySchemeRef{Value: &openapi3.SecurityScheme{
			Type: "apiKey", In: "header", Name: "X-Auth-Token",
			Description: "IAM user token (the X-Subject-Token header of the token response).",
		}}
	}
	return doc
}

var pathVar = regexp.MustCompile(`\{[^}]*\}`)

// checkAcrossPaths reports what kin-openapi checks across paths: templates
// that differ only in variable names, and repeated operation ids.
func (b *builder) checkAcrossPaths(paths []string, byPath map[string][]*model.Operation) {
	norm := map[string]string{}
	ids := map[string]*model.Operation{}
	for _, path := range paths {
		ops := byPath[path]
		n := pathVar.ReplaceAllString(path, "{}")
		if prev, dup := norm[n]; dup {
			b.diags.Report(ops[0].PathPos, diag.InvalidSpec, "path %s conflicts with %s", path, prev)
		} else {
			norm[n] = path
		}
		for _, op := range ops {
			if prev := ids[op.ID]; prev != nil {
				b.diags.Report(op.Pos, diag.InvalidSpec, "operation id %q is also used by %s", op.ID, prev.Pos)
			} else {
				ids[op.ID] = op
			}
		}
	}
}

// fork is a builder for one piece: shared names, its own diagnostics.
func (b *builder) fork() *builder {
	return &builder{api: b.api, refs: b.refs, notes: b.notes, comps: b.comps, selfRef: b.selfRef}
}

// PathItem builds and validates the operations of one path; an operation
// that fails validation is left out of it (InvalidOperation).
func (p *Parts) PathItem(path string) (*openapi3.PathItem, diag.List) {
	b := p.b.fork()
	ops := p.byPath[path]
	item := &openapi3.PathItem{}
	for _, op := range ops {
		item.SetOperation(op.Method, b.operation(op))
	}
	one := &openapi3.T{OpenAPI: p.Top.OpenAPI, Info: p.Top.Info, Paths: openapi3.NewPaths(openapi3.WithPath(path, item)),
		Components: &openapi3.Components{SecuritySchemes: p.Top.Components.SecuritySchemes}}
	ctx := context.Background()
	if err := one.Validate(ctx, validationOptions...); err != nil {
		located := false
		for _, op := range ops {
			if e := item.GetOperation(op.Method).Validate(openapi3.WithValidationOptions(ctx, validationOptions...)); e != nil {
				// the operation costs its page, not the document
				b.diags.Report(op.Pos, diag.InvalidOperation, "%s %s fails OpenAPI validation: %v: left out", op.Method, op.Path, e)
				item.SetOperation(op.Method, nil)
				located = true
			}
		}
		if !located && len(ops) > 0 {
			b.diags.Report(ops[0].PathPos, diag.InvalidSpec, "%s: %v", path, err)
		}
	}
	return item, b.diags
}

// Schema builds and validates one component schema.
func (p *Parts) Schema(name string) (*openapi3.SchemaRef, diag.List) {
	b := p.b.fork()
	s := p.byName[name]
	ref := openapi3.NewSchemaRef("", b.objectSchema(s))
	if err := openapi3.ValidateIdentifier(name); err != nil {
		b.diags.Report(s.Pos, diag.InvalidSpec, "schema %s: %v", name, err)
	} else if err := ref.Value.Validate(context.Background(), validationOptions...); err != nil {
		b.diags.Report(s.Pos, diag.InvalidSpec, "schema %s: %v", name, err)
	}
	return ref, b.diags
}
