// Package generator is docspec as a library: documentation folders → OpenAPI
// document → Go files.
//
// The stages are pure functions over plain values, each in its own package:
//
//	docparse    page bytes → docparse.Page (Markdown structure, tables, code)
//	analyze     pages → model.API (operations, parameters, schemas, examples)
//	specbuild   model.API → *openapi3.T (components, x-order, validation)
//	specoverlay *openapi3.T + OpenAPI Overlay → *openapi3.T (the config's overlay)
//	specwrite   *openapi3.T → YAML in a fixed key order
//	gogen       YAML → Go files through oapi-codegen
//
// Beside the pipeline, specdiff compares two specs (old YAML, new YAML →
// change report, for `docspec diff`), and Changes compares a Result with the
// files on disk (for `docspec check`).
//
// Imports go one way: cmd → generator → stages → {model, diag}. Only
// docparse reads HTML; only specbuild, specwrite, specoverlay, specdiff and
// gogen use kin-openapi; only gogen uses oapi-codegen; only specdiff uses
// oasdiff. Nothing here writes files except WriteOutputs, which the command
// calls once everything has succeeded.
package generator
