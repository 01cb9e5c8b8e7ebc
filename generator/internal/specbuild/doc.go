// Package specbuild turns the API read from the docs into an OpenAPI 3.0.3
// document, in parts: *model.API → Parts (the top of the document, then
// each path item and component schema as *openapi3 values, built and
// validated with kin-openapi on demand). The API is only read.
//
// Named schemas become components (referenced with $ref, so recursive
// structures stay recursive); every property carries x-order so generated Go
// structs keep the docs' field order; enum values that would make poor Go
// identifiers get x-enum-varnames; the token header becomes an apiKey
// security scheme. Component names that would collide with the wrapper types
// the Go generator derives from operation ids are renamed deterministically
// (the rename is noted in the component's x-docspec-note).
package specbuild
