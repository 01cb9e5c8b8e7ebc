package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/internal/testutil"
)

// malformedDir holds one folder per case: docs/ (the input pages, absent when
// the test makes them), stderr.golden (the diagnostics), exit (the status),
// and, when the run succeeds, openapi.golden.yaml (the spec) and go.golden
// (the Go files written under gen/, one after the other). A case may give
// the command line in args (one argument per line; default: build docs -o
// openapi.yaml) and a docspec.yaml.
const malformedDir = "../../generator/testdata/malformed"

// makeDocs creates the inputs that cannot be committed: huge, empty,
// unreadable, self-referencing or not regular files. dir is the docs folder.
var makeDocs = map[string]func(t *testing.T, dir string){
	"empty-folder": func(t *testing.T, dir string) {},
	"page-too-large": func(t *testing.T, dir string) {
		// 50 MB: reported from its size, never read into memory.
		p := filepath.Join(dir, "Huge.md")
		require.NoError(t, os.WriteFile(p, []byte("# Huge\n\n## URI\n\nGET /v1/huge\n"), 0o644))
		require.NoError(t, os.Truncate(p, 50<<20))
	},
	"unreadable": func(t *testing.T, dir string) {
		// A page whose permissions forbid reading works only when not root;
		// a dangling symlink is unreadable for everyone, so the case uses it.
		require.NoError(t, os.Symlink("Gone.md", filepath.Join(dir, "Dangling.md")))
	},
	"symlink-loop": func(t *testing.T, dir string) {
		require.NoError(t, os.Symlink("B.md", filepath.Join(dir, "A.md")))
		require.NoError(t, os.Symlink("A.md", filepath.Join(dir, "B.md")))
		// A folder linking to its parent: not followed, so no endless walk.
		require.NoError(t, os.Symlink(".", filepath.Join(dir, "again")))
	},
	"folder-named-md": func(t *testing.T, dir string) {
		// A symlink to a folder is not followed, whatever its name.
		require.NoError(t, os.MkdirAll(filepath.Join(dir, "..", "elsewhere"), 0o755))
		require.NoError(t, os.Symlink(filepath.Join("..", "elsewhere"), filepath.Join(dir, "Linked.md")))
	},
}

func TestMalformed(t *testing.T) {
	entries, err := os.ReadDir(malformedDir)
	require.NoError(t, err)
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		name := e.Name()
		t.Run(name, func(t *testing.T) {
			caseDir, err := filepath.Abs(filepath.Join(malformedDir, name))
			require.NoError(t, err)
			work := t.TempDir()
			docs := filepath.Join(work, "docs")
			require.NoError(t, os.MkdirAll(docs, 0o755))
			pages := copyTree(t, filepath.Join(caseDir, "docs"), docs)
			if mk := makeDocs[name]; mk != nil {
				mk(t, docs)
			} else {
				require.NotZero(t, pages, "case %s has no docs/ and no makeDocs entry", name)
			}
			if cfg, err := os.ReadFile(filepath.Join(caseDir, "docspec.yaml")); err == nil {
				require.NoError(t, os.WriteFile(filepath.Join(work, "docspec.yaml"), cfg, 0o644))
			}
			args := []string{"build", "docs", "-o", "openapi.yaml"}
			if data, err := os.ReadFile(filepath.Join(caseDir, "args")); err == nil {
				args = strings.Fields(string(data))
			}
			t.Chdir(work)
			var stdout, stderr bytes.Buffer
			done := make(chan int, 1)
			go func() { done <- Main(context.Background(), args, &stdout, &stderr) }()
			var code int
			select {
			case code = <-done:
			case <-time.After(time.Minute):
				t.Fatalf("docspec %s did not finish in a minute (blocked on a page?)", strings.Join(args, " "))
			}
			spec, _ := os.ReadFile("openapi.yaml")

			checkGolden(t, filepath.Join(caseDir, "stderr.golden"), stderr.Bytes())
			checkGolden(t, filepath.Join(caseDir, "exit"), []byte(strconv.Itoa(code)+"\n"))
			if code == 0 {
				checkGolden(t, filepath.Join(caseDir, "openapi.golden.yaml"), spec)
				checkGolden(t, filepath.Join(caseDir, "go.golden"), goFiles(t, filepath.Join(work, "gen")))
			} else {
				assert.NoFileExists(t, filepath.Join(work, "openapi.yaml"), "a failed run must not write a spec")
				assert.NoDirExists(t, filepath.Join(work, "gen"), "a failed run must not write Go")
			}
			for _, line := range strings.Split(strings.TrimSpace(stderr.String()), "\n") {
				if strings.HasPrefix(line, "docspec: ") {
					continue
				}
				assert.Regexp(t, `^[^:]+(:\d+)?: (error|warning): .+ \[[a-z0-9-]+\]$`, line, "diagnostic format")
			}
		})
	}
}

// copyTree copies the files under from (absent: nothing) to to and returns
// how many it copied.
func copyTree(t *testing.T, from, to string) int {
	t.Helper()
	n := 0
	err := filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if os.IsNotExist(err) && p == from {
			return filepath.SkipDir
		}
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(to, rel)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(to, rel), data, 0o644))
		n++
		return nil
	})
	require.NoError(t, err)
	return n
}

// goFiles concatenates the files of a Go output folder, each under its name
// (nothing when the folder does not exist).
func goFiles(t *testing.T, dir string) []byte {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil
	}
	require.NoError(t, err)
	var b bytes.Buffer
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		require.NoError(t, err)
		fmt.Fprintf(&b, "==> gen/%s <==\n%s", e.Name(), data)
	}
	return b.Bytes()
}

// checkGolden compares got with the golden file, or rewrites it with -update.
func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	testutil.Golden(t, path, got)
}

// TestManyPages builds 10,000 generated pages: it must finish and count them all.
func TestManyPages(t *testing.T) {
	if testing.Short() {
		t.Skip("10,000 pages: skipped with -short")
	}
	const n = 10000
	docs := filepath.Join(t.TempDir(), "docs")
	require.NoError(t, os.MkdirAll(docs, 0o755))
	for i := range n {
		page := fmt.Sprintf("# Get thing %[1]d<a name=\"GetThing%[1]d\"></a>\n\n## URI\n\nGET /v1/things%[1]d/\\{id\\}\n\n"+
			"**表 1**  路径参数\n\n| 参数 | 是否必选 | 参数类型 | 描述 |\n| --- | --- | --- | --- |\n| id | 是 | String | ID |\n\n"+
			"## 状态码\n\n| 状态码 | 描述 |\n| --- | --- |\n| 200 | OK |\n", i)
		require.NoError(t, os.WriteFile(filepath.Join(docs, fmt.Sprintf("GetThing%05d.md", i)), []byte(page), 0o644))
	}
	var stdout, stderr bytes.Buffer
	code := Main(context.Background(), []string{"build", docs, "-o", filepath.Join(t.TempDir(), "openapi.yaml")}, &stdout, &stderr)
	require.Equal(t, 0, code, stderr.String())
	assert.Contains(t, stderr.String(), fmt.Sprintf("docspec: %d pages read (0 without an operation, 0 left out), %d operations", n, n))
}

// TestUnreadablePage: a page without read permission is an [unreadable]
// error. Root reads it anyway, so the test needs another user; the
// "unreadable" golden case (a dangling symlink) covers root.
func TestUnreadablePage(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions do not stop reading (the unreadable case uses a dangling symlink)")
	}
	docs := filepath.Join(t.TempDir(), "docs")
	require.NoError(t, os.MkdirAll(docs, 0o755))
	p := filepath.Join(docs, "Secret.md")
	require.NoError(t, os.WriteFile(p, []byte("# Secret\n"), 0o000))
	var stdout, stderr bytes.Buffer
	code := Main(context.Background(), []string{"build", docs}, &stdout, &stderr)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr.String(), "Secret.md: warning: cannot read page: permission denied [unreadable]")
}

// Invariants between cases: line endings change nothing, and a cycle of
// object tables stays a pair of recursive references.
func TestMalformedInvariants(t *testing.T) {
	read := func(c string) string {
		data, err := os.ReadFile(filepath.Join(malformedDir, c, "openapi.golden.yaml"))
		require.NoError(t, err)
		return string(data)
	}
	assert.Equal(t, read("valid"), read("crlf"), "CRLF line endings give the same spec")

	spec := read("reference-cycle")
	child := spec[strings.Index(spec, "    BackupChild:\n"):]
	child = child[:strings.Index(child, "    BackupDetail:\n")]
	assert.Contains(t, child, "$ref: '#/components/schemas/BackupDetail'", "BackupChild.parent refers back")
	detail := spec[strings.Index(spec, "    BackupDetail:\n"):]
	assert.Contains(t, detail, "$ref: '#/components/schemas/BackupChild'", "BackupDetail.children refers on")
}
