// Package docparse reads one documentation page: bytes → Page; and writes
// the page's text as CommonMark for descriptions: CleanText for text lines,
// EscapeText for cell texts.
//
// A Page is the page's Markdown structure as plain values: headings, text
// lines, fenced code blocks and tables (HTML <table> blocks at any indent,
// with or without their <a name> anchor on the same line, and Markdown pipe
// tables), each table with its caption (the preceding "**表 N**  Caption"
// line), its anchor (the preceding <a name="…"></a>) and its cells as
// paragraphs and links. Every node carries its position.
//
// docparse knows nothing of operations, types or OpenAPI; it is the only
// stage that reads HTML. Table HTML is split into tokens by a lexer that
// gives exactly the tokens of x/net/html's tokenizer (tested over every real
// page and fuzzed against it) while reading the page text in place; it earns
// its place in BenchmarkParse and BenchmarkParseCorpus, which measure Parse
// with the tokenizer in its stead. Problems of the page itself (unclosed
// tables, rows whose cell count differs from the header, invalid UTF-8) are
// reported as diagnostics on the Page; Parse never fails and never panics.
//
// Text lines keep the page's Markdown (escapes, inline HTML, note icons);
// CleanText(line) is what a description should say. Cell texts are plain
// text already (tags dropped, entities decoded), not Markdown:
// EscapeText(text) is how a description says them.
package docparse
