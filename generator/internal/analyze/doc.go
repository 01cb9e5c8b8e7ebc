// Package analyze turns parsed pages into the API they document:
// []*docparse.Page → *model.API, with diagnostics.
//
// It knows the documentation format's vocabulary: section titles, table
// captions and anchors, header words for each column (columns are mapped by
// their header, never by position), type words, enum/default/limit facets in
// description cells (facets.go reads a cell, facets_prose.go its prose, with
// a file for each kind of notation: intros, clauses, items, values, bounds,
// defaults), status-code sub-sections and JSON examples; and the
// request-syntax pages of object storage, which write the request out
// (uri_syntax.go, syntaxmsg.go) and whose element tables and XML samples
// become XML bodies (elementrows.go, xmlbody.go). Each page is
// analyzed on its own (pages may be analyzed concurrently); Merge then joins
// the pages into one API: component schemas shared by name and structure,
// conflicting structures renamed deterministically, duplicate operations
// reported.
package analyze
