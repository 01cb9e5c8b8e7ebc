// Package gogen turns an OpenAPI document into Go source files through
// oapi-codegen's library: spec YAML → []File.
//
// Each target (models, client, server, strict server, embedded spec) is one
// call of codegen.Generate on a freshly loaded copy of the spec (Generate
// prunes its input and keeps package-level state, so calls are serialized),
// with docspec's template overrides and a pinned header, so the output is
// byte-identical on every machine. The written YAML is the input (not the
// in-memory document) because oapi-codegen orders routes by YAML line.
//
// The request-validation target is docspec's own: templates/validate.tmpl
// rendered with text/template into validate.gen.go, a net/http middleware
// that checks requests against the embedded spec (kin-openapi openapi3filter).
// internal/validatedtest is generated from testdata/validated/openapi.yaml and
// tests it end to end.
package gogen
