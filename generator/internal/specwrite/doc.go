// Package specwrite writes an OpenAPI document as YAML in a fixed,
// reviewer-friendly key order: *openapi3.T → []byte.
//
// kin-openapi marshals through Go maps (alphabetical keys); specwrite instead
// writes every OpenAPI object in the order a reader expects (openapi, info,
// servers, tags, paths, components; name, in, description, required, schema;
// type, format, description, …), paths and component names sorted,
// properties in their x-order (the docs' order). Example values keep their
// keys sorted. The same document always gives the same bytes.
package specwrite
