// Package templates holds docspec's overrides of oapi-codegen's templates,
// and docspec's own templates, embedded so the tool needs nothing from its
// source tree at run time.
//
// Only what must differ is overridden: imports.tmpl pins the generated
// files' header (no tool version, no date), so output is identical on every
// machine; client.tmpl (oapi-codegen's, changes marked "docspec:") escapes
// every path parameter and refuses "", "." and "..", which URL resolution
// would remove from the path, sending the request to another resource;
// stdhttp/std-http-handler.tmpl registers the routes of path keys that
// select an operation by query or headers ("/?cors", "/{ObjectName}#uploadId")
// once per method and path, dispatching on the request.
//
// docspec's own templates: validate.tmpl (the request-validation target:
// openapi3filter middleware over the embedded spec) and auth.tmpl (the auth
// target: IAM token and AK/SK request signing), rendered by gogen with
// text/template; mock.tmpl (the mock target: the docs' examples as a strict
// server) and examplecheck.tmpl (a test decoding every example into the
// generated types), rendered through oapi-codegen with own-imports.tmpl as
// their header so that operation names are oapi-codegen's.
package templates

import (
	"embed"
	"io/fs"
	"strings"
)

//go:embed *.tmpl stdhttp/*.tmpl
var files embed.FS

// own are docspec's own templates, not oapi-codegen overrides.
var own = map[string]bool{
	"validate.tmpl":     true,
	"auth.tmpl":         true,
	"mock.tmpl":         true,
	"examplecheck.tmpl": true,
	"own-imports.tmpl":  true,
}

func read(name string) string {
	data, err := files.ReadFile(name)
	if err != nil {
		panic(err) // embedded: cannot fail
	}
	return string(data)
}

// Validation returns the text of the request-validation template
// (rendered by gogen with text/template).
func Validation() string { return read("validate.tmpl") }

// Auth returns the text of the auth template (rendered by gogen with
// text/template).
func Auth() string { return read("auth.tmpl") }

// Mock returns the text of the mock template, rendered through oapi-codegen
// in place of client.tmpl.
func Mock() string { return read("mock.tmpl") }

// ExampleCheck returns the text of the example-check template, rendered
// through oapi-codegen in place of client.tmpl.
func ExampleCheck() string { return read("examplecheck.tmpl") }

// OwnImports returns the header of the files rendered through oapi-codegen
// from docspec's own templates, in place of imports.tmpl.
func OwnImports() string { return read("own-imports.tmpl") }

// Overrides returns the template texts by oapi-codegen template name.
func Overrides() map[string]string {
	out := map[string]string{}
	_ = fs.WalkDir(files, ".", func(name string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || own[name] {
			return err
		}
		out[name] = multiLine(read(name)) // "stdhttp/std-http-handler.tmpl": oapi-codegen's name
		return nil
	})
	return out
}

// multiLine keeps a template multi-line: oapi-codegen reads a one-line
// value as a path or URL.
func multiLine(text string) string {
	if !strings.Contains(text, "\n") {
		text += "\n"
	}
	return text
}
