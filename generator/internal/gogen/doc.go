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
// docspec's own targets:
//   - request-validation: templates/validate.tmpl rendered with
//     text/template into validate.gen.go, a net/http middleware that checks
//     requests against the embedded spec (kin-openapi openapi3filter);
//   - auth: templates/auth.tmpl rendered with text/template into
//     auth.gen.go, request editors for the client (IAM token, AK/SK
//     SDK-HMAC-SHA256 signing);
//   - mock: templates/mock.tmpl rendered through codegen.Generate in place
//     of client.tmpl, so that operation names are oapi-codegen's; each
//     operation of the loaded copy carries, in an extension, the answer
//     chosen here (first success status, first valid example, with its
//     numbers as the YAML writes them), and mock.gen.go implements the
//     strict server with them.
//
// ExampleCheckFile renders, the same way, a test file that decodes every
// valid response example into the generated types (see
// generator/internal/examplecheck).
//
// internal/validatedtest and internal/mocktest are generated from specs in
// testdata and test those targets end to end.
package gogen
