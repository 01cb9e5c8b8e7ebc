package specbuild

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/model"
)

// Info is the document's info and servers, from the config.
type Info struct {
	Title       string
	Description string
	Version     string
	Servers     []string
}

// SecurityScheme is the name of the token security scheme.
const SecurityScheme = "AuthToken"

type builder struct {
	api   *model.API
	diags diag.List
	refs  map[*model.Schema]string // named schema → component name
	notes map[*model.Schema]string // named schema → why it was renamed
	comps map[string]*openapi3.Schema
	// selfRef holds the required properties through which a struct would
	// contain itself by value in Go (see selfContaining).
	selfRef map[*model.Field]bool
}

// nameComponents gives each named schema its component name, renaming those
// whose Go type name would collide with a generated wrapper type.
func (b *builder) nameComponents() {
	b.selfRef = selfContaining(b.api.Schemas)
	reserved := map[string]string{}
	for _, op := range b.api.Operations {
		id := goName(op.ID)
		for _, suf := range []string{"Response", "JSONRequestBody", "JSONBody", "Params", "RequestObject", "ResponseObject",
			"TextRequestBody", "FormdataRequestBody"} {
			reserved[id+suf] = op.ID
		}
		for _, r := range op.Responses {
			for _, suf := range []string{"JSONResponse", "Response", "ResponseHeaders", "TextResponse"} {
				reserved[id+goName(r.Status)+suf] = op.ID
			}
		}
	}
	for _, n := range generatedNames {
		reserved[n] = "the generated code"
	}
	// oapi-codegen names the type of an enum property after
	// its schema and the property: BackupDetail.status → BackupDetailStatus.
	for _, s := range b.api.Schemas {
		for _, f := range s.Fields {
			if f.Schema != nil && f.Schema.Name == "" && (len(f.Schema.Enum) > 0 || f.Schema.Items != nil && len(f.Schema.Items.Enum) > 0) {
				reserved[goName(s.Name)+goName(f.Name)] = "the property " + s.Name + "." + f.Name
			}
		}
	}
	taken := map[string]bool{}
	for _, s := range b.api.Schemas {
		taken[goName(s.Name)] = true
	}
	for _, s := range b.api.Schemas {
		name := s.Name
		if by, clash := reserved[goName(name)]; clash {
			base := name + "Body"
			nn := base
			for k := 2; taken[goName(nn)] || reserved[goName(nn)] != ""; k++ {
				nn = base + strconv.Itoa(k)
			}
			taken[goName(nn)] = true
			b.diags.Report(s.Pos, diag.SchemaRenamed, "schema %q would collide with a Go type generated for %s: named %q", name, by, nn)
			b.notes[s] = fmt.Sprintf("%q in the docs; renamed to avoid a generated Go type.", name)
			name = nn
		}
		b.refs[s] = name
	}
}

// goName approximates the Go identifier oapi-codegen derives from a name.
func goName(s string) string {
	var out strings.Builder
	up := true
	for _, r := range s {
		isAlnum := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
		if !isAlnum {
			up = true
			continue
		}
		if up && r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		up = false
		out.WriteRune(r)
	}
	return out.String()
}

func (b *builder) operation(op *model.Operation) *openapi3.Operation {
	o := &openapi3.Operation{
		OperationID: op.ID,
		Summary:     op.Summary,
		Description: op.Description,
		Tags:        op.Tags,
		Deprecated:  op.Deprecated,
		Responses:   openapi3.NewResponses(),
	}
	o.Extensions = map[string]any{"x-docspec-source": op.Pos.String()}
	// Path parameters become the Go client's arguments; the others one
	// struct's fields: within each, Go names must be distinct.
	var pathNames, otherNames []string
	for _, p := range op.Params {
		if p.In == "path" {
			pathNames = append(pathNames, p.Name)
		} else {
			otherNames = append(otherNames, p.Name)
		}
	}
	pathGo, otherGo := goNames(pathNames), goNames(otherNames)
	pi, oi := 0, 0
	for _, p := range op.Params {
		param := &openapi3.Parameter{Name: p.Name, In: p.In, Description: p.Description, Required: p.Required, Schema: b.schemaRef(p.Schema)}
		n, ok := "", false
		if p.In == "path" {
			n, ok = pathGo[pi]
			pi++
		} else {
			n, ok = otherGo[oi]
			oi++
		}
		if ok {
			param.Extensions = map[string]any{"x-go-name": n}
		}
		o.Parameters = append(o.Parameters, &openapi3.ParameterRef{Value: param})
	}
	if op.Security != nil {
		req := openapi3.SecurityRequirements{openapi3.SecurityRequirement{SecurityScheme: []string{}}}
		if !op.Security.Required {
			req = append(req, openapi3.SecurityRequirement{})
		}
		o.Security = &req
	}
	if rb := op.RequestBody; rb != nil && rb.Schema != nil {
		mt := b.mediaType(b.schemaRef(rb.Schema), rb.Examples)
		o.RequestBody = &openapi3.RequestBodyRef{Value: &openapi3.RequestBody{
			Required: true,
			Content:  openapi3.Content{mediaTypeOf(rb): mt},
		}}
	}
	delete(o.Responses.Map(), "default")
	for _, r := range op.Responses {
		desc := r.Description
		resp := &openapi3.Response{Description: &desc}
		if r.Body != nil {
			sch := r.Body.Schema
			var ref *openapi3.SchemaRef
			if sch != nil {
				ref = b.schemaRef(sch)
			} else {
				ref = openapi3.NewSchemaRef("", &openapi3.Schema{Type: &openapi3.Types{"object"}})
			}
			resp.Content = openapi3.Content{mediaTypeOf(r.Body): b.mediaType(ref, r.Body.Examples)}
		}
		if len(r.Headers) > 0 {
			resp.Headers = openapi3.Headers{}
			for _, h := range r.Headers {
				resp.Headers[h.Name] = &openapi3.HeaderRef{Value: &openapi3.Header{Parameter: openapi3.Parameter{
					Description: h.Description, Schema: b.schemaRef(h.Schema)}}}
			}
		}
		o.Responses.Set(r.Status, &openapi3.ResponseRef{Value: resp})
	}
	return o
}

// mediaType attaches the examples that agree with the schema as examples;
// the others go under x-docspec-invalid-examples with their problems, so
// the document still validates and no doc text is lost.
func (b *builder) mediaType(ref *openapi3.SchemaRef, exs []*model.Example) *openapi3.MediaType {
	mt := &openapi3.MediaType{Schema: ref}
	invalid := map[string]any{}
	for _, e := range exs {
		value := e.Value()
		problems := e.Problems
		if len(problems) == 0 && ref.Value != nil {
			if err := ref.Value.VisitJSON(value, openapi3.MultiErrors()); err != nil {
				reason := firstLine(err.Error())
				problems = []string{reason}
				b.diags.Report(e.Pos, diag.ExampleMismatch, "example does not match the tables: %s", reason)
			}
		}
		if len(problems) > 0 {
			inv := map[string]any{"value": value, "problems": problems}
			if e.Summary != "" {
				inv["summary"] = e.Summary
			}
			invalid[e.Name] = inv
			continue
		}
		if mt.Examples == nil {
			mt.Examples = openapi3.Examples{}
		}
		mt.Examples[e.Name] = &openapi3.ExampleRef{Value: &openapi3.Example{Summary: e.Summary, Value: value}}
	}
	if len(invalid) > 0 {
		mt.Extensions = map[string]any{"x-docspec-invalid-examples": invalid}
	}
	return mt
}

// mediaTypeOf is a body's media type (JSON unless the docs say otherwise).
func mediaTypeOf(b *model.Body) string {
	if b.MediaType != "" {
		return b.MediaType
	}
	return "application/json"
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	return s
}

func (b *builder) schemaRef(s *model.Schema) *openapi3.SchemaRef {
	if s == nil {
		return openapi3.NewSchemaRef("", &openapi3.Schema{})
	}
	if s.Name != "" {
		name := b.refs[s]
		if name == "" {
			name = s.Name
		}
		return openapi3.NewSchemaRef("#/components/schemas/"+name, b.comps[name])
	}
	return openapi3.NewSchemaRef("", b.inline(s))
}

func (b *builder) objectSchema(s *model.Schema) *openapi3.Schema {
	out := b.inline(&model.Schema{Type: "object", Fields: s.Fields, AdditionalProperties: s.AdditionalProperties, Description: s.Description, XMLName: s.XMLName})
	ext := map[string]any{"x-docspec-source": s.Pos.String()}
	note := s.Note
	if renamed, ok := b.notes[s]; ok {
		note = strings.TrimSpace(note + " " + renamed)
	}
	if note != "" {
		ext["x-docspec-note"] = note
	}
	out.Extensions = ext
	return out
}

func (b *builder) inline(s *model.Schema) *openapi3.Schema {
	out := &openapi3.Schema{Description: s.Description, Format: s.Format, Nullable: s.Nullable}
	if s.XMLName != "" {
		out.XML = &openapi3.XML{Name: s.XMLName}
	}
	if s.Type != "" {
		out.Type = &openapi3.Types{s.Type}
	}
	switch s.Type {
	case "array":
		out.Items = b.schemaRef(s.Items)
		out.MinItems = uint64(deref(s.MinItems))
		if s.MaxItems != nil {
			v := uint64(*s.MaxItems)
			out.MaxItems = &v
		}
	case "object":
		if s.AdditionalProperties != nil {
			out.AdditionalProperties = openapi3.AdditionalProperties{Schema: b.schemaRef(s.AdditionalProperties)}
		}
		if len(s.Fields) > 0 {
			out.Properties = openapi3.Schemas{}
			goNames := fieldGoNames(s.Fields)
			for i, f := range s.Fields {
				ref := b.schemaRef(f.Schema)
				// x-order keeps the docs' field order in Go structs; on a $ref it is
				// a sibling extension, which oapi-codegen reads too.
				ext := map[string]any{"x-order": i + 1}
				if n, ok := goNames[f]; ok {
					ext["x-go-name"] = n
				}
				if f.FromExample {
					ext["x-docspec-note"] = "not in the table; read from the example at " + f.Pos.String()
				}
				switch {
				case ref.Ref != "" && (f.Description != "" || f.Nullable) && !b.selfRef[f]:
					// OpenAPI 3.0 reads nothing beside a $ref: the row's
					// description, and the null its examples give, go on
					// a schema of that one struct
					ref = &openapi3.SchemaRef{Value: &openapi3.Schema{AllOf: openapi3.SchemaRefs{ref}, Description: f.Description, Nullable: f.Nullable, Extensions: ext}}
				case ref.Ref != "":
					if b.selfRef[f] {
						ext["x-go-type"] = "*" + goTypeOf(b.refs[f.Schema])
					}
					ref.Extensions = ext
				default:
					if ref.Value.Extensions == nil {
						ref.Value.Extensions = map[string]any{}
					}
					for k, v := range ext {
						ref.Value.Extensions[k] = v
					}
				}
				out.Properties[f.Name] = ref
				if f.Required {
					out.Required = append(out.Required, f.Name)
				}
			}
		}
	case "string":
		if s.MinLength != nil {
			out.MinLength = uint64(*s.MinLength)
		}
		if s.MaxLength != nil {
			v := uint64(*s.MaxLength)
			out.MaxLength = &v
		}
	case "integer", "number":
		out.Min, out.Max = s.Minimum, s.Maximum
	}
	if len(s.Enum) > 0 {
		for _, e := range s.Enum {
			v, ok := typedValue(e, s.Type)
			if !ok {
				b.diags.Report(s.Pos, diag.BadEnum, "enum value %q is not a valid %s: dropped", e, s.Type)
				continue
			}
			out.Enum = append(out.Enum, v)
		}
		if names := enumVarNames(s.Enum); names != nil {
			if out.Extensions == nil {
				out.Extensions = map[string]any{}
			}
			out.Extensions["x-enum-varnames"] = names
		}
	}
	if s.HasDefault {
		if v, ok := typedValue(s.Default, s.Type); ok {
			out.Default = v
		}
	}
	return out
}

func deref(p *int64) int64 {
	if p == nil {
		return 0
	}
	return *p
}

func typedValue(s, typ string) (any, bool) {
	switch typ {
	case "integer":
		n, err := strconv.ParseInt(s, 10, 64)
		return n, err == nil
	case "number":
		f, err := strconv.ParseFloat(s, 64)
		return f, err == nil
	case "boolean":
		v, err := strconv.ParseBool(s)
		return v, err == nil
	case "string", "":
		return s, true
	}
	return nil, false
}

// enumVarNames returns Go-friendly constant names when the values would make
// poor identifiers (empty, non-ASCII, leading digits, or clashing), else nil.
func enumVarNames(values []string) []string {
	names := make([]string, len(values))
	poor := false
	seen := map[string]bool{}
	for i, v := range values {
		n := goName(v)
		plain := n != "" && n == v
		if !plain {
			// oapi-codegen handles plain ASCII words itself; anything else needs a name.
			poor = poor || !asciiWordish(v)
		}
		switch {
		case v == "":
			n, poor = "Empty", true // "空字符串：…"
		case len(v) > 1 && v[0] == '-' && v[1] >= '0' && v[1] <= '9':
			n, poor = "Minus"+n, true // "-1", beside "1"
		case n == "" || n[0] >= '0' && n[0] <= '9':
			n = "Value" + n
			poor = true
		}
		for k, base := 2, n; seen[n]; k++ {
			n = fmt.Sprintf("%s%d", base, k) // the name chosen, numbered: never a bare number
			poor = true
		}
		seen[n] = true
		names[i] = n
	}
	if !poor {
		return nil
	}
	for i, n := range names {
		if n == "Value" {
			names[i] = "Value" + strconv.Itoa(i+1)
		}
	}
	return names
}

func asciiWordish(v string) bool {
	if v == "" {
		return false
	}
	for _, r := range v {
		if r >= 0x80 {
			return false
		}
	}
	return v[0] < '0' || v[0] > '9'
}

// generatedNames are the top-level identifiers the generated package
// declares whatever the spec (oapi-codegen's client and servers, and the
// templates' own: the signers, the validation, the example server); a
// schema of one of these names takes another Go name. TestGeneratedNames
// keeps the list whole.
var generatedNames = []string{
	"Client", "ClientInterface", "ClientOption", "ClientWithResponses", "ClientWithResponsesInterface",
	"ExampleServer", "GetSpec", "GetSpecJSON", "GetSwagger", "Handler", "HandlerFromMux",
	"HandlerFromMuxWithBaseURL", "HandlerWithOptions", "HttpRequestDoer", "InvalidParamFormatError",
	"MiddlewareFunc", "NewAKSKSigner", "NewClient", "NewClientWithResponses", "NewExampleHandler",
	"NewStrictHandler", "NewStrictHandlerWithOptions", "NewTemporaryAKSKSigner", "NewValidatedHandler",
	"NewValidatedStrictHandler", "PathToRawSpec", "RequestEditorFn", "RequestValidationError",
	"RequestValidationOptions", "RequireAPIKeyPresent", "RequireTokenOrSignature", "RequiredHeaderError",
	"RequiredParamError", "ServeMux", "ServerInterface", "ServerInterfaceWrapper", "StdHTTPServerOptions",
	"StrictHTTPServerOptions", "StrictHandlerFunc", "StrictMiddlewareFunc", "StrictServerInterface",
	"TooManyValuesForParamError", "UnescapedCookieParamError", "Unimplemented", "UnmarshalingParamError",
	"ValidationMiddleware", "WithBaseURL", "WithHTTPClient", "WithProjectID", "WithRequestEditorFn",
	"WithToken",
}
