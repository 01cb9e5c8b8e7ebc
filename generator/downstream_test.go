package generator

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// moduleRoot is the folder of docspec's go.mod, found from the test's
// working directory.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	require.NoError(t, err)
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.HasPrefix(string(data), "module github.com/docspec/docspec\n") {
			return dir
		}
		parent := filepath.Dir(dir)
		require.NotEqual(t, dir, parent, "go.mod of github.com/docspec/docspec not found above the working directory")
		dir = parent
	}
}

// TestDownstreamGoGenerate uses docspec the way another module does: a
// go:generate line that runs the command with a config beside it. The
// module requires docspec through a replace directive pointing at this
// checkout, so it works offline from the module cache.
func TestDownstreamGoGenerate(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module with go generate and go build; skipped with -short")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	root := moduleRoot(t)
	dir := t.TempDir()
	page, err := os.ReadFile(filepath.Join(root, "spec", "docs", "UpdateBackup.md"))
	require.NoError(t, err)
	extra, err := os.ReadFile(filepath.Join(root, "generator", "testdata", "pages", "ShowThing.md"))
	require.NoError(t, err)
	files := map[string]string{
		"go.mod": "module example.com/downstream\n\ngo 1.26\n\n" +
			"tool github.com/docspec/docspec/cmd/docspec\n\n" +
			"require github.com/docspec/docspec v0.0.0\n\n" +
			"replace github.com/docspec/docspec => " + filepath.ToSlash(root) + "\n",
		"api/docs/backups/UpdateBackup.md": string(page),
		"api/docs/more/ShowThing.md":       string(extra),
		"api/generate.go": "// Package api holds the Cloud Backup API, generated from its reference pages.\npackage api\n\n" +
			"//go:generate go run github.com/docspec/docspec/cmd/docspec run -config docspec.yaml\n",
		"api/docspec.yaml": `docs: [docs/backups, docs/more]
spec: openapi.yaml
tag: cbr
overlay: fixes.yaml
go:
  package: cbr
  output: cbr
  targets: [models, client, std-http-server, strict-server]
`,
		"api/fixes.yaml": `overlay: 1.0.0
info: {title: doc fixes, version: 1.0.0}
actions:
  - target: $.info
    update: {title: Backups}
`,
		"main.go": "package main\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/downstream/api/cbr\"\n)\n\n" +
			"func main() {\n\tc, err := cbr.NewClient(\"https://example.com\")\n\tfmt.Println(c, err, cbr.ShowThing200JSONResponse{})\n}\n",
	}
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(data), 0o644))
	}
	// GOPROXY comes from the environment; every module the generated code
	// needs is already in docspec's module graph, so GOPROXY=off works with a
	// filled module cache.
	env := append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	gocmd := func(args ...string) {
		t.Helper()
		cmd := exec.Command(gobin, args...)
		cmd.Dir = dir
		cmd.Env = env
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		require.NoError(t, cmd.Run(), "go %s:\n%s", strings.Join(args, " "), out.String())
	}
	// main.go imports the package go generate is about to write; tidy must
	// not trip over it, so it moves aside until the package exists.
	mainGo := filepath.Join(dir, "main.go")
	require.NoError(t, os.Rename(mainGo, mainGo+".later"))
	gocmd("mod", "tidy")
	gocmd("generate", "./...")
	require.NoError(t, os.Rename(mainGo+".later", mainGo))
	gocmd("mod", "tidy")
	gocmd("build", "./...")
	gocmd("vet", "./...")
	// Paths in the config are relative to it, wherever the command runs from.
	gocmd("tool", "docspec", "check", "-config", "api/docspec.yaml")

	for _, f := range []string{"api/openapi.yaml", "api/cbr/models.gen.go", "api/cbr/client.gen.go", "api/cbr/server.gen.go"} {
		assert.FileExists(t, filepath.Join(dir, filepath.FromSlash(f)))
	}
	assert.NoFileExists(t, filepath.Join(dir, "api", "cbr", "spec.gen.go"))
	spec, err := os.ReadFile(filepath.Join(dir, "api", "openapi.yaml"))
	require.NoError(t, err)
	assert.Contains(t, string(spec), "title: Backups\n", "the overlay is applied")
	assert.Contains(t, string(spec), "x-docspec-source: backups/UpdateBackup.md:1\n")
	assert.Contains(t, string(spec), "x-docspec-source: more/ShowThing.md:1\n")
	server, err := os.ReadFile(filepath.Join(dir, "api", "cbr", "server.gen.go"))
	require.NoError(t, err)
	assert.Contains(t, string(server), "func HandlerFromMux(")
}
