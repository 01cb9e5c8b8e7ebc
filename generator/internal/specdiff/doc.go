// Package specdiff compares two OpenAPI documents written by docspec and
// reports what changed, for a pull-request comment: (old YAML, new YAML) →
// Report → text, Markdown or JSON.
//
// The comparison and the breaking-change rules are oasdiff's (used as a
// library, every rule down to the informational ones). specdiff adds where
// each change comes from in the documentation: docspec writes
// x-docspec-source (page.md:LINE) on every operation and component schema,
// and the spec line oasdiff reports for a change is mapped to the innermost
// operation or schema around it — on the new side for additions and
// changes, on the old side for removals.
//
// The Report is plain data, sorted: breaking changes first, then by path,
// method, rule and text, so the same two specs always give the same bytes.
package specdiff
