// Package templates holds docspec's overrides of oapi-codegen's templates,
// embedded so the tool needs nothing from its source tree at run time.
//
// Only what must differ is here: imports.tmpl pins the generated files'
// header (no tool version, no date), so output is identical on every machine;
// client.tmpl (oapi-codegen's, changes marked "docspec:") escapes every path
// parameter and refuses "", "." and "..", which URL resolution would remove
// from the path, sending the request to another resource.
//
// validate.tmpl is docspec's own: the request-validation file of a generated
// package (openapi3filter middleware over the embedded spec).
package templates

import (
	"embed"
	"io/fs"
	"strings"
)

//go:embed *.tmpl
var files embed.FS

// validation is docspec's own template, not an oapi-codegen override.
const validation = "validate.tmpl"

// Validation returns the text of the request-validation template
// (rendered by gogen with text/template).
func Validation() string {
	data, err := files.ReadFile(validation)
	if err != nil {
		panic(err) // embedded: cannot fail
	}
	return string(data)
}

// Overrides returns the template texts by oapi-codegen template name.
func Overrides() map[string]string {
	out := map[string]string{}
	entries, _ := fs.ReadDir(files, ".")
	for _, e := range entries {
		if e.Name() == validation {
			continue
		}
		data, err := files.ReadFile(e.Name())
		if err != nil {
			panic(err) // embedded: cannot fail
		}
		text := string(data)
		if !strings.Contains(text, "\n") {
			// oapi-codegen reads a one-line value as a path or URL; keep every override multi-line.
			text += "\n"
		}
		out[e.Name()] = text
	}
	return out
}
