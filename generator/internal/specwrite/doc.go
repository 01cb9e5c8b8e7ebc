// Package specwrite writes an OpenAPI document as YAML in a fixed,
// reviewer-friendly key order: *openapi3.T (whole, or its top and its path
// items and component schemas as parts) → []byte.
//
// kin-openapi marshals through Go maps (alphabetical keys); specwrite takes
// kin-openapi's JSON of each piece, reads it into yaml.v3 nodes, orders
// every OpenAPI object as a reader expects (openapi, info, servers, tags,
// paths, components; name, in, description, required, schema; type,
// format, description, …), paths and component names sorted, methods in
// HTTP order, properties in their x-order (the docs' order), example values
// as encoded (keys sorted), and writes the nodes as yaml.v3's encoder
// would (emit.go, checked against it). The same document always gives the
// same bytes.
package specwrite
