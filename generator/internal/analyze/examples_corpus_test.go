package analyze

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCorpusJSONBlocks checks that every JSON code block of the corpus's
// operation pages is either an example of the operation or named by a
// diagnostic within its lines: no example is dropped without a word. The
// written-out requests and responses of object storage are the syntax
// reader's (syntaxmsg.go), not examples.
func TestCorpusJSONBlocks(t *testing.T) {
	blocks := 0
	var lost []string
	for _, p := range corpusPagesOf(t) {
		r := analyzedPage(t, p)
		if r.Operation == nil {
			continue
		}
		seen := map[int]bool{} // lines of attached examples and of diagnostics
		op := r.Operation
		if op.RequestBody != nil {
			for _, e := range op.RequestBody.Examples {
				seen[e.Pos.Line] = true
			}
		}
		for _, rs := range op.Responses {
			if rs.Body != nil {
				for _, e := range rs.Body.Examples {
					seen[e.Pos.Line] = true
				}
			}
		}
		for _, d := range r.Diags {
			seen[d.Pos.Line] = true
		}
		_, secs := sections(p)
		for _, s := range secs {
			if s.kind == secReqSyntax || s.kind == secRespSyntax {
				continue
			}
			for _, b := range s.blocks {
				if !holdsJSON(b) {
					continue
				}
				blocks++
				found := false
				for l := b.Pos.Line; l <= b.Pos.Line+strings.Count(b.Text, "\n")+2 && !found; l++ {
					found = seen[l]
				}
				if !found {
					lost = append(lost, fmt.Sprintf("%s:%d (section %q)", p.Path, b.Pos.Line, s.title))
				}
			}
		}
	}
	assert.Empty(t, lost)
	assert.Greater(t, blocks, 7000)
	t.Logf("%d JSON blocks on operation pages, each an example or reported", blocks)
}
