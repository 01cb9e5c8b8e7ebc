// Package testutil holds helpers shared by docspec's tests: golden files
// and the location of the shared corpus.
package testutil

import (
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Update is set by `go test ./... -update`: golden files are rewritten.
var Update = flag.Bool("update", false, "rewrite golden files")

// Golden compares got with the golden file at path (rewriting it under -update).
// An absent golden file is the same as an empty one.
func Golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *Update {
		if len(got) == 0 {
			os.Remove(path)
			return
		}
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		want, err = nil, nil
	}
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "golden file %s differs (run go test ./... -update and review the diff)", path)
}

// ModuleRoot is the docspec checkout this test runs in.
func ModuleRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}

// Shared returns ../shared beside the module root, or skips the test when it
// is absent (a fresh clone elsewhere).
func Shared(t testing.TB, sub ...string) string {
	t.Helper()
	dir := filepath.Join(append([]string{ModuleRoot(), "..", "shared"}, sub...)...)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared corpus not available (%s): skipping", dir)
	}
	return dir
}

// DocFolders lists the folders under root that hold .md pages directly,
// sorted; hidden folders are skipped.
func DocFolders(tb testing.TB, root string) []string {
	tb.Helper()
	seen := map[string]bool{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != root && strings.HasPrefix(d.Name(), ".") {
			return fs.SkipDir
		}
		if !d.IsDir() && strings.EqualFold(filepath.Ext(p), ".md") {
			seen[filepath.Dir(p)] = true
		}
		return nil
	})
	require.NoError(tb, err)
	dirs := make([]string, 0, len(seen))
	for d := range seen {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	return dirs
}
