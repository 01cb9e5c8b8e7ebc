package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/internal/testutil"
)

// TestCBRWithBrokenPage: in a copy of the real CBR reference (40
// operations), one page's method is misspelled. That page is left out with
// a warning at its URI line; the other 39 operations still make a valid
// spec. With -strict the same warning fails the run and nothing is written.
func TestCBRWithBrokenPage(t *testing.T) {
	src := testutil.Shared(t, "corpus", "cbr", "zh-cn")
	work := t.TempDir()
	docs := filepath.Join(work, "cbr", "zh-cn")
	require.NotZero(t, copyTree(t, src, docs))
	const page = "删除备份.md"
	data, err := os.ReadFile(filepath.Join(docs, page))
	require.NoError(t, err)
	broken := strings.Replace(string(data), "\nDELETE /v3/", "\nDELET /v3/", 1)
	require.NotEqual(t, string(data), broken, "the URI line of %s moved", page)
	line := strings.Count(broken[:strings.Index(broken, "\nDELET /v3/")+1], "\n") + 1
	require.NoError(t, os.WriteFile(filepath.Join(docs, page), []byte(broken), 0o644))
	t.Chdir(work)

	code, _, stderr := run("build", filepath.Join("cbr", "zh-cn"), "-o", "openapi.yaml")
	require.Equal(t, 0, code, stderr)
	want := "cbr/zh-cn/" + page + ":" + strconv.Itoa(line) + `: warning: URI line: unknown HTTP method "DELET" [unknown-method]` + "\n"
	assert.Contains(t, stderr, want)
	assert.Regexp(t, `\ndocspec: 58 pages read \(18 without an operation, 1 left out\), 39 operations, \d+ schemas, \d+ table rows \(\d+ used, \d+ reported\), \d+ warnings \(1 page left out[,)]`, stderr)
	spec, err := os.ReadFile("openapi.yaml")
	require.NoError(t, err)
	doc, err := openapi3.NewLoader().LoadFromData(spec)
	require.NoError(t, err)
	require.NoError(t, doc.Validate(t.Context()))
	ops := 0
	for path, item := range doc.Paths.Map() {
		for method := range item.Operations() {
			ops++
			assert.False(t, method == "DELETE" && path == "/v3/{project_id}/backups/{backup_id}", "the broken page's operation is left out")
		}
	}
	assert.Equal(t, 39, ops)

	require.NoError(t, os.Remove("openapi.yaml"))
	code, _, stderr = run("build", "-strict", filepath.Join("cbr", "zh-cn"), "-o", "openapi.yaml")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, want)
	assert.Regexp(t, `\ndocspec: strict mode failed the run because of \d+ warnings; nothing written\n$`, stderr)
	assert.NoFileExists(t, "openapi.yaml")
}
