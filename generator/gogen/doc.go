// Package gogen turns an OpenAPI document into Go source files through
// oapi-codegen's library: spec YAML → []File.
//
// Each target (models, client, server, strict server, embedded spec) is one
// call of codegen.Generate on a freshly loaded copy of the spec (Generate
// prunes its input and keeps package-level state, so calls are serialized),
// with docspec's template overrides and a pinned header, so the output is
// byte-identical on every machine. The written YAML is the input (not the
// in-memory document) because oapi-codegen orders routes by YAML line.
package gogen
