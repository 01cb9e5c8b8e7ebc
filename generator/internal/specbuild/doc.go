// Package specbuild turns the API read from the docs into an OpenAPI 3.0.3
// document: *model.API → *openapi3.T, validated with kin-openapi.
//
// Named schemas become components (referenced with $ref, so recursive
// structures stay recursive); every property carries x-order so generated Go
// structs keep the docs' field order; enum values that would make poor Go
// identifiers get x-enum-varnames; the token header becomes an apiKey
// security scheme. Component names that would collide with the wrapper types
// the Go generator derives from operation ids are renamed deterministically.
package specbuild
