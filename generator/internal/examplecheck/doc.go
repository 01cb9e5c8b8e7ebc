// Package examplecheck checks that the valid response examples of a spec
// decode into the Go types generated from it: spec YAML + generated package
// folder → one Result per example.
//
// The package's files are copied into a fresh folder beside a test file that
// gogen renders from the spec (gogen.ExampleCheckFile: every example with the
// client's Parse…Response function of its operation), and go test runs it.
// Each example either decodes into the type of its status or gets the
// decoding error; a decoded value that encodes back to different JSON (a
// property lost or added, another value) gets the first difference. Docs
// examples that disagree with the tables are not checked: the spec keeps
// them apart (x-docspec-invalid-examples).
package examplecheck
