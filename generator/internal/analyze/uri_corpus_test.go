package analyze

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

// wellFormedPath is what a spec path may look like, written independently
// of checkPath: segments of URL path characters and {name} placeholders; no
// white space, brackets, parentheses, emphasis markers or scheme.
var wellFormedPath = regexp.MustCompile(`^(?:/(?:[A-Za-z0-9\-.~!$&+,;=:@%_]|\{[A-Za-z][A-Za-z0-9_.-]*[A-Za-z0-9]\}|\{[A-Za-z]\})*)+$|^/$`)

// syntaxKeySuffix: the sub-resources and selecting names a request-syntax
// path key adds to its path ("/?cors", "/{ObjectName}#partNumber&uploadId").
var syntaxKeySuffix = regexp.MustCompile(`(?:\?[A-Za-z0-9_.-]+(?:&[A-Za-z0-9_.-]+)*)?(?:#[A-Za-z0-9_.-]+(?:&[A-Za-z0-9_.-]+)*)?$`)

// TestCorpusPaths analyzes every real page: every operation's path is well
// formed, and every notation of the method and path is the one read on some
// page.
func TestCorpusPaths(t *testing.T) {
	pages := corpusPagesOf(t)
	wins := map[string]int{}
	ops := 0
	for _, pg := range pages {
		res := AnalyzePage(pg)
		op := res.Operation
		if op == nil {
			continue
		}
		ops++
		path := op.Path
		if m := syntaxKeySuffix.FindStringIndex(path); m != nil {
			path = path[:m[0]] // a request-syntax key: the path, then what selects the operation
		}
		assert.Regexp(t, wellFormedPath, path, pg.Path)
		assert.NotContains(t, op.Path, "//", pg.Path)
		_, secs := sections(pg)
		for _, r := range uriReaders {
			if f, _ := r.read(&pageCtx{page: pg, fates: map[rowKey]fate{}}, secs); len(f) > 0 {
				wins[r.name]++
				break
			}
		}
	}
	t.Logf("%d operations; pages per notation: %v", ops, wins)
	for _, r := range uriReaders {
		assert.Positive(t, wins[r.name], "no page is read by the %q notation", r.name)
	}
}

func TestWellFormedPath(t *testing.T) {
	for _, p := range []string{"/", "/v1/{project_id}/x", "/v2/reverse/{region}:{id}", "/v1/{a}/b_c/{x}"} {
		assert.Regexp(t, wellFormedPath, p)
	}
	for _, p := range []string{"/v1/{", "/v1/{a b}", "/v1/{_a_}", "/v1/[x]", "/v1/(x)", "https://h/v1", "/v1/{a}}", "v1", "/v1/书", "/v1/*"} {
		assert.NotRegexp(t, wellFormedPath, p)
	}
}
