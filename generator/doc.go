// Package generator is docspec as a library: documentation folders → OpenAPI
// document → Go files.
//
// The stages are pure functions over plain values, each in its own package:
//
//	docparse   page bytes → docparse.Page (Markdown structure, tables, code)
//	analyze    pages → model.API (operations, parameters, schemas, examples)
//	specbuild  model.API → *openapi3.T (components, x-order, validation)
//	specwrite  *openapi3.T → YAML in a fixed key order
//	gogen      YAML → Go files through oapi-codegen
//
// Imports go one way: cmd → generator → stages → {model, diag}. Only
// docparse reads HTML; only specbuild, specwrite and gogen use kin-openapi;
// only gogen uses oapi-codegen. Nothing here writes files except WriteOutputs,
// which the command calls once everything has succeeded.
package generator
