package gogen

import (
	"bytes"
	"errors"
	"fmt"
	"go/format"
	"go/scanner"
	"net/url"
	"sort"
	"strings"
	"sync"
	"text/template"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/oapi-codegen/oapi-codegen/v2/pkg/codegen"

	"github.com/docspec/docspec/generator/internal/goname"
	"golang.org/x/tools/imports"

	"github.com/docspec/docspec/templates"
)

// Target is one kind of generated code.
type Target string

const (
	Models       Target = "models"
	Client       Target = "client"
	StdHTTP      Target = "std-http-server"
	Chi          Target = "chi-server"
	Echo         Target = "echo-server"
	Strict       Target = "strict-server"
	EmbeddedSpec Target = "embedded-spec"
	// RequestValidation is docspec's own target: a middleware that checks
	// requests against the embedded spec (validate.gen.go). It needs
	// std-http-server or chi-server, and embedded-spec.
	RequestValidation Target = "request-validation"
	// Auth is docspec's own target: request editors for the client that
	// authenticate with an IAM token or sign with AK/SK (auth.gen.go). It
	// needs client.
	Auth Target = "auth"
	// Mock is docspec's own target: a strict server answering the docs'
	// examples, behind request validation (mock.gen.go). It needs
	// strict-server and request-validation.
	Mock Target = "mock"
)

// AllTargets lists the targets in file order.
var AllTargets = []Target{Models, Client, StdHTTP, Chi, Echo, Strict, EmbeddedSpec, RequestValidation, Auth, Mock}

// DefaultTargets is what a config without a targets list generates.
var DefaultTargets = []Target{Models, Client, StdHTTP, Strict, EmbeddedSpec, RequestValidation, Auth}

// Options says what to generate.
type Options struct {
	Package string
	Targets []Target
	// IncludeTags, ExcludeTags, IncludeOperations and ExcludeOperations filter operations.
	IncludeTags, ExcludeTags             []string
	IncludeOperations, ExcludeOperations []string
}

// File is one generated file.
type File struct {
	Name string // base name, e.g. models.gen.go
	Data []byte
}

// formatApart says whether files are formatted outside codegen.Generate (in
// parallel) rather than by it; tests turn it off to compare the two.
var formatApart = true

// Validate checks the options.
func (o Options) Validate() error {
	if !isGoIdent(o.Package) {
		return fmt.Errorf("package name %q is not a Go identifier", o.Package)
	}
	servers := 0
	for _, t := range o.Targets {
		if !knownTarget(t) {
			return fmt.Errorf("unknown target %q (known: %s)", t, targetList())
		}
		if t == StdHTTP || t == Chi || t == Echo {
			servers++
		}
	}
	if servers > 1 {
		return fmt.Errorf("choose one server target of %s, %s, %s", StdHTTP, Chi, Echo)
	}
	if has(o.Targets, Strict) && servers == 0 {
		return fmt.Errorf("target %s needs a server target (%s, %s or %s)", Strict, StdHTTP, Chi, Echo)
	}
	if has(o.Targets, RequestValidation) {
		if !has(o.Targets, StdHTTP) && !has(o.Targets, Chi) {
			return fmt.Errorf("target %s needs target %s or %s", RequestValidation, StdHTTP, Chi)
		}
		if !has(o.Targets, EmbeddedSpec) {
			return fmt.Errorf("target %s needs target %s", RequestValidation, EmbeddedSpec)
		}
	}
	if has(o.Targets, Auth) && !has(o.Targets, Client) {
		return fmt.Errorf("target %s needs target %s (its request editors are the client's)", Auth, Client)
	}
	if has(o.Targets, Mock) {
		// The mock is a strict-server implementation served behind the
		// request validation (which brings a server and the embedded spec).
		var missing []string
		for _, t := range []Target{Strict, RequestValidation} {
			if !has(o.Targets, t) {
				missing = append(missing, string(t))
			}
		}
		switch len(missing) {
		case 1:
			return fmt.Errorf("target %s needs target %s", Mock, missing[0])
		case 2:
			return fmt.Errorf("target %s needs targets %s and %s", Mock, missing[0], missing[1])
		}
	}
	return nil
}

func knownTarget(t Target) bool {
	for _, k := range AllTargets {
		if k == t {
			return true
		}
	}
	return false
}

func targetList() string {
	var s []string
	for _, t := range AllTargets {
		s = append(s, string(t))
	}
	return strings.Join(s, ", ")
}

func has(ts []Target, t Target) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

func isGoIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// FileName is the file a target is written to.
func FileName(t Target) string {
	switch t {
	case Models:
		return "models.gen.go"
	case Client:
		return "client.gen.go"
	case StdHTTP, Chi, Echo, Strict:
		return "server.gen.go"
	case EmbeddedSpec:
		return "spec.gen.go"
	case RequestValidation:
		return "validate.gen.go"
	case Auth:
		return "auth.gen.go"
	case Mock:
		return "mock.gen.go"
	}
	return string(t) + ".gen.go"
}

// job is one call of codegen.Generate: a file of oapi-codegen's templates
// (with docspec's overrides), or of docspec's own templates rendered
// through it (templates replaces client.tmpl and imports.tmpl, annotate
// puts on the freshly loaded spec what they read, buildTag is written
// above the header).
type job struct {
	name      string
	gen       codegen.GenerateOptions
	templates map[string]string
	annotate  func(*openapi3.T) error
	buildTag  bool
}

// Generate produces the Go files for the spec's YAML.
func Generate(specYAML []byte, o Options) ([]File, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	var jobs []job
	if has(o.Targets, Models) {
		jobs = append(jobs, job{name: FileName(Models), gen: codegen.GenerateOptions{Models: true}})
	}
	if has(o.Targets, Client) {
		jobs = append(jobs, job{name: FileName(Client), gen: codegen.GenerateOptions{Client: true}})
	}
	server := codegen.GenerateOptions{
		StdHTTPServer: has(o.Targets, StdHTTP),
		ChiServer:     has(o.Targets, Chi),
		EchoServer:    has(o.Targets, Echo),
		Strict:        has(o.Targets, Strict),
	}
	if server.StdHTTPServer || server.ChiServer || server.EchoServer {
		jobs = append(jobs, job{name: FileName(StdHTTP), gen: server})
	}
	if has(o.Targets, EmbeddedSpec) {
		jobs = append(jobs, job{name: FileName(EmbeddedSpec), gen: codegen.GenerateOptions{EmbeddedSpec: true}})
	}
	if has(o.Targets, Mock) {
		j, err := mockJob(specYAML)
		if err != nil {
			return nil, err
		}
		// validate.gen.go, which the mock calls, carries the same constraint.
		j.buildTag = has(o.Targets, StdHTTP)
		jobs = append(jobs, j)
	}
	files, err := run(specYAML, o, jobs)
	if err != nil {
		return nil, err
	}
	if has(o.Targets, RequestValidation) {
		f, err := validationFile(o)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	if has(o.Targets, Auth) {
		f, err := authFile(o)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	sort.Slice(files, func(a, b int) bool { return files[a].Name < files[b].Name })
	return files, nil
}

// run makes the codegen.Generate calls of jobs, in order.
func run(specYAML []byte, o Options, jobs []job) ([]File, error) {
	version := "docspec"
	// codegen.Generate keeps package-level state, so the calls are made one
	// at a time, in order, under goname.Mu. Most of its time is formatting
	// (imports.Process), which is a pure function: each file is generated
	// unformatted (SkipFmt) and formatted in its own goroutine, outside the
	// lock, exactly as codegen.Generate would format it.
	files := make([]File, len(jobs))
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	for i, j := range jobs {
		spec, err := load(specYAML)
		if err != nil {
			wg.Wait()
			return nil, err
		}
		userTemplates := templates.Overrides()
		if j.annotate != nil {
			if err := j.annotate(spec); err != nil {
				wg.Wait()
				return nil, fmt.Errorf("generating %s: %w", j.name, err)
			}
		}
		for name, text := range j.templates {
			userTemplates[name] = text
		}
		cfg := codegen.Configuration{
			PackageName: o.Package,
			Generate:    j.gen,
			OutputOptions: codegen.OutputOptions{
				UserTemplates:       userTemplates,
				IncludeTags:         o.IncludeTags,
				ExcludeTags:         o.ExcludeTags,
				IncludeOperationIDs: o.IncludeOperations,
				ExcludeOperationIDs: o.ExcludeOperations,
				// Every component is emitted: the models file must hold the types the
				// other files (generated in separate calls) refer to.
				SkipPrune: true,
				SkipFmt:   formatApart,
			},
			AllowRemoteRefsFrom:  []string{},
			NoVCSVersionOverride: &version,
		}
		goname.Mu.Lock()
		code, err := codegen.Generate(spec, cfg)
		goname.Mu.Unlock()
		if err != nil {
			wg.Wait()
			return nil, fmt.Errorf("generating %s: %w", j.name, err)
		}
		if j.buildTag {
			code = "//go:build go1.22\n\n" + code
		}
		if !formatApart {
			files[i] = File{Name: j.name, Data: []byte(code)}
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			data, err := formatFile(o.Package, code)
			files[i], errs[i] = File{Name: j.name, Data: data}, err
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("generating %s: %w", jobs[i].name, err)
		}
	}
	return files, nil
}

// formatFile is what codegen.Generate does with its output unless SkipFmt is set.
func formatFile(pkg, code string) ([]byte, error) {
	out, err := imports.Process(pkg+".go", []byte(code), nil)
	if err != nil {
		var scanErr scanner.ErrorList
		if errors.As(err, &scanErr) && scanErr.Len() > 0 {
			return nil, fmt.Errorf("error formatting Go code at line %d: %w", scanErr[0].Pos.Line, err)
		}
		return nil, fmt.Errorf("error formatting Go code: %w", err)
	}
	return out, nil
}

// load reads the spec with external references refused: docspec never
// touches the network.
func load(data []byte) (*openapi3.T, error) {
	loader := openapi3.NewLoader()
	loader.IsExternalRefsAllowed = false
	// Origins let oapi-codegen register routes in the order of the YAML.
	loader.IncludeOrigin = true
	loader.ReadFromURIFunc = func(_ *openapi3.Loader, u *url.URL) ([]byte, error) {
		return nil, fmt.Errorf("external reference %s refused: specs must be self-contained", u)
	}
	spec, err := loader.LoadFromData(data)
	if err != nil {
		return nil, fmt.Errorf("loading spec: %w", err)
	}
	return spec, nil
}

var (
	validationTemplate = template.Must(template.New("validate").Parse(templates.Validation()))
	authTemplate       = template.Must(template.New("auth").Parse(templates.Auth()))
)

// validationFile renders the request-validation target.
func validationFile(o Options) (File, error) {
	server := StdHTTP
	if has(o.Targets, Chi) {
		server = Chi
	}
	var b bytes.Buffer
	err := validationTemplate.Execute(&b, struct {
		Package string
		Server  Target
		Strict  bool
	}{o.Package, server, has(o.Targets, Strict)})
	if err != nil {
		return File{}, fmt.Errorf("generating %s: %w", FileName(RequestValidation), err)
	}
	src, err := format.Source(b.Bytes())
	if err != nil {
		return File{}, fmt.Errorf("generating %s: %w", FileName(RequestValidation), err)
	}
	return File{Name: FileName(RequestValidation), Data: src}, nil
}

// authFile renders the auth target.
func authFile(o Options) (File, error) {
	var b bytes.Buffer
	if err := authTemplate.Execute(&b, struct{ Package string }{o.Package}); err != nil {
		return File{}, fmt.Errorf("generating %s: %w", FileName(Auth), err)
	}
	src, err := format.Source(b.Bytes())
	if err != nil {
		return File{}, fmt.Errorf("generating %s: %w", FileName(Auth), err)
	}
	return File{Name: FileName(Auth), Data: src}, nil
}
