// Package specoverlay applies an OpenAPI Overlay (1.0 or 1.1) to a built
// document: (*openapi3.T, overlay bytes) → (*openapi3.T, diagnostics).
//
// An overlay lets a project correct the docs' mistakes (a wrong type, a
// missing enum value, an operation to drop) without forking the pages. The
// document goes through JSON into a YAML node, each action is applied in
// strict mode (a target that selects nothing is an error), and the result is
// loaded again with kin-openapi and validated. Problems are diagnostics at the
// overlay file, at the line of the action concerned when known.
package specoverlay
