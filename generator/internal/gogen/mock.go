package gogen

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/oapi-codegen/oapi-codegen/v2/pkg/codegen"

	"github.com/docspec/docspec/templates"
)

// blank replaces an oapi-codegen template that must produce nothing. It is
// multi-line (oapi-codegen reads a one-line value as a path or URL) and
// holds an action: text/template keeps the old body of a template redefined
// with only comments and spaces.
const blank = "{{- /* not generated here */ -}}\n{{- \"\" -}}\n"

// ownTemplates makes body (a docspec template over oapi-codegen's
// operations) the only output of a codegen.Generate call with Client set.
func ownTemplates(body string) map[string]string {
	return map[string]string{
		"imports.tmpl":               templates.OwnImports(),
		"client.tmpl":                body,
		"client-with-responses.tmpl": blank,
		"webhook-initiator.tmpl":     blank,
		"callback-initiator.tmpl":    blank,
	}
}

// mockAnswer is what ExampleServer answers for one operation; mock.tmpl
// reads it from the operation's x-docspec-mock.
type mockAnswer struct {
	Status  int
	Body    string // Go string literal; `` for no body
	Comment string // rest of the method's doc comment, after its name
}

// mockJob renders mock.tmpl: every operation annotated with its answer.
func mockJob(specYAML []byte) (job, error) {
	texts, err := readExampleTexts(specYAML)
	if err != nil {
		return job{}, fmt.Errorf("generating %s: %w", FileName(Mock), err)
	}
	return job{
		name:      FileName(Mock),
		gen:       codegen.GenerateOptions{Client: true},
		templates: ownTemplates(templates.Mock()),
		annotate: func(spec *openapi3.T) error {
			return eachOperation(spec, func(path, method string, op *openapi3.Operation) error {
				a, err := answer(texts, path, method, op)
				if err != nil {
					return fmt.Errorf("%s %s: %w", method, path, err)
				}
				if op.Extensions == nil {
					op.Extensions = map[string]any{}
				}
				op.Extensions["x-docspec-mock"] = a
				return nil
			})
		},
	}, nil
}

// answer chooses the operation's answer: its first success status with the
// first valid JSON example documented for it; that status with no body when
// the docs give it none; else 501 with a JSON error naming what is missing.
// Invalid examples (x-docspec-invalid-examples) are never served.
func answer(texts exampleTexts, path, method string, op *openapi3.Operation) (mockAnswer, error) {
	name := op.OperationID
	if name == "" {
		name = method + " " + path
	}
	source := ""
	if s := sourceOf(op); s != "" {
		source = " (" + s + ")"
	}
	statuses := successStatuses(op)
	if len(statuses) == 0 {
		return notImplemented(name, "the docs document no success response for "+name+source)
	}
	status := statuses[0]
	code := statusOrder(status)
	if code == 1000 {
		code = 200 // 2XX
	}
	resp := op.Responses.Value(status).Value
	if resp == nil || len(resp.Content) == 0 {
		return mockAnswer{Status: code, Body: "``", Comment: fmt.Sprintf("answers %d with no body, as documented%s.", code, source)}, nil
	}
	for _, media := range jsonMediaTypes(resp.Content) {
		mt := resp.Content[media]
		names := exampleNames(mt)
		if len(names) == 0 {
			continue
		}
		text, err := texts.exampleJSON(exampleKey{path, method, status, media, names[0]}, mt.Examples[names[0]].Value.Value)
		if err != nil {
			return mockAnswer{}, fmt.Errorf("example %q of status %s: %w", names[0], status, err)
		}
		return mockAnswer{Status: code, Body: goLiteral(text),
			Comment: fmt.Sprintf("answers %d with the docs' example %q%s.", code, names[0], source)}, nil
	}
	reason := fmt.Sprintf("the docs give no example response for %s, status %s%s", name, status, source)
	for _, mt := range resp.Content {
		if _, ok := mt.Extensions["x-docspec-invalid-examples"]; ok {
			reason = fmt.Sprintf("the docs' example response for %s, status %s%s, disagrees with the tables (x-docspec-invalid-examples): not served", name, status, source)
			break
		}
	}
	return notImplemented(name, reason)
}

// notImplemented is the 501 answer: {"code":"not_implemented","message":…}.
func notImplemented(name, reason string) (mockAnswer, error) {
	body, err := json.Marshal(map[string]string{"code": "not_implemented", "message": reason})
	if err != nil {
		return mockAnswer{}, err
	}
	return mockAnswer{Status: 501, Body: goLiteral(string(body)),
		Comment: "answers 501: " + strings.ReplaceAll(reason, "\n", " ") + "."}, nil
}

// checkExample is one example in examplecheck.tmpl (x-docspec-examplecheck).
type checkExample struct {
	Name, Source string
	Body         string // Go string literal of the JSON
}

// ExampleCheckFile is a test file for the package generated from specYAML
// with o (models and client at least): TestDocExamples decodes every valid
// response example of a numbered status into its generated type with the
// client's Parse…Response function and writes a JSON report to
// $DOCSPEC_EXAMPLECHECK_OUT (see generator/internal/examplecheck).
func ExampleCheckFile(specYAML []byte, o Options) (File, error) {
	const name = "docexamples_test.go"
	if !isGoIdent(o.Package) {
		return File{}, fmt.Errorf("package name %q is not a Go identifier", o.Package)
	}
	texts, err := readExampleTexts(specYAML)
	if err != nil {
		return File{}, err
	}
	j := job{
		name:      name,
		gen:       codegen.GenerateOptions{Client: true},
		templates: ownTemplates(templates.ExampleCheck()),
		annotate: func(spec *openapi3.T) error {
			return eachOperation(spec, func(path, method string, op *openapi3.Operation) error {
				byStatus := map[string][]checkExample{}
				if op.Responses != nil {
					for status, ref := range op.Responses.Map() {
						if statusOrder(status) == 1000 || ref.Value == nil {
							continue // 2XX, default: no single status to decode as
						}
						for _, media := range jsonMediaTypes(ref.Value.Content) {
							mt := ref.Value.Content[media]
							for _, n := range exampleNames(mt) {
								text, err := texts.exampleJSON(exampleKey{path, method, status, media, n}, mt.Examples[n].Value.Value)
								if err != nil {
									return fmt.Errorf("%s %s: example %q of status %s: %w", method, path, n, status, err)
								}
								k := status + " " + media
								byStatus[k] = append(byStatus[k], checkExample{Name: n, Source: sourceOf(op), Body: goLiteral(text)})
							}
						}
					}
				}
				if op.Extensions == nil {
					op.Extensions = map[string]any{}
				}
				op.Extensions["x-docspec-examplecheck"] = byStatus
				return nil
			})
		},
	}
	files, err := run(specYAML, o, []job{j})
	if err != nil {
		return File{}, err
	}
	return files[0], nil
}
