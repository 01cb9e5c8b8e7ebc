package examplecheck_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator"
	"github.com/docspec/docspec/generator/internal/examplecheck"
	"github.com/docspec/docspec/generator/internal/gogen"
	"github.com/docspec/docspec/internal/testutil"
)

// workDir is where checks build their packages: generator/testdata, inside
// docspec's module, where gen-* folders are ignored by git and ./... .
func workDir(t *testing.T) string {
	t.Helper()
	return filepath.Join(testutil.ModuleRoot(), "generator", "testdata")
}

// generate writes the package generated from spec into a fresh folder.
func generate(t *testing.T, spec []byte, o gogen.Options) string {
	t.Helper()
	dir, err := tryGenerate(t, spec, o)
	require.NoError(t, err)
	return dir
}

func tryGenerate(t *testing.T, spec []byte, o gogen.Options) (string, error) {
	t.Helper()
	files, err := gogen.Generate(spec, o)
	if err != nil {
		return "", err
	}
	dir, err := os.MkdirTemp(workDir(t), "gen-pkg-")
	require.NoError(t, err)
	t.Cleanup(func() { os.RemoveAll(dir) })
	for _, f := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644))
	}
	return dir, nil
}

func skipShort(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode: the check compiles a package")
	}
}

// Every kind of outcome: decoded as given (an id beyond 2^53, 1.50 read as
// 1.5), a date-time that is not RFC 3339, an int32 overflow, a null lost,
// an error status; the invalid example is not checked.
func TestRunReportsEachExample(t *testing.T) {
	skipShort(t)
	spec, err := os.ReadFile(filepath.Join("testdata", "decode", "openapi.yaml"))
	require.NoError(t, err)
	o := gogen.Options{Package: "decode", Targets: []gogen.Target{gogen.Models, gogen.Client}}
	results, err := examplecheck.Run(context.Background(), spec, generate(t, spec, o), examplecheck.Options{Gen: o, WorkDir: workDir(t)})
	require.NoError(t, err)
	var lines []string
	for _, r := range results {
		lines = append(lines, r.String())
	}
	assert.Equal(t, []string{
		"ShowThing 200 example (ShowThing.md:1): ok",
		`ShowThing 200 example2 (ShowThing.md:1): does not decode: parsing time "2020-02-05T10:38:34.209782" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "Z07:00"`,
		"ShowThing 200 example3 (ShowThing.md:1): does not decode: json: cannot unmarshal number 3000000000 into Go struct field Thing.count of type int32",
		"ShowThing 200 example4 (ShowThing.md:1): decodes with a difference: $.name: in the example, lost when decoded",
		"ShowThing 404 example (ShowThing.md:1): ok",
	}, lines)
	assert.Len(t, examplecheck.Failures(results), 2)
	assert.Len(t, examplecheck.Differences(results), 1)
}

// The committed CBR package decodes every example of spec/openapi.yaml.
func TestCommittedPackage(t *testing.T) {
	skipShort(t)
	root := testutil.ModuleRoot()
	spec, err := os.ReadFile(filepath.Join(root, "spec", "openapi.yaml"))
	require.NoError(t, err)
	o := gogen.Options{Package: "cbr", Targets: gogen.DefaultTargets}
	results, err := examplecheck.Run(context.Background(), spec, filepath.Join(root, "generated", "cbr"), examplecheck.Options{Gen: o, WorkDir: workDir(t)})
	require.NoError(t, err)
	require.NotEmpty(t, results)
	for _, r := range results {
		assert.Empty(t, r.DecodeError, r.String())
		assert.Empty(t, r.Difference, r.String())
	}
}

func TestRunErrors(t *testing.T) {
	o := examplecheck.Options{Gen: gogen.Options{Package: "p", Targets: []gogen.Target{gogen.Models, gogen.Client}}, WorkDir: t.TempDir()}
	_, err := examplecheck.Run(context.Background(), []byte("openapi: 3.0.3\ninfo: {title: t, version: v}\npaths: {}\n"), t.TempDir(), o)
	assert.ErrorContains(t, err, "holds no Go files")
	_, err = examplecheck.Run(context.Background(), []byte("not: [a spec"), t.TempDir(), o)
	assert.Error(t, err)
}

var corpus = flag.String("examplecheck.corpus", "", "check the examples of every folder of this corpus that builds (\"shared\": ../shared/corpus)")

// TestCorpus checks every docs folder of a corpus that builds without
// errors (go test ./generator/internal/examplecheck -run TestCorpus
// -examplecheck.corpus=shared -v). It compiles a package per folder, so it
// runs only when asked.
func TestCorpus(t *testing.T) {
	if *corpus == "" {
		t.Skip("run with -examplecheck.corpus=shared (or a folder)")
	}
	root := *corpus
	if root == "shared" {
		root = testutil.Shared(t, "corpus")
	}
	var summary strings.Builder
	for _, dir := range testutil.DocFolders(t, root) {
		rel, err := filepath.Rel(root, dir)
		require.NoError(t, err)
		res, err := generator.Build(context.Background(), generator.BuildOptions{Dirs: []string{dir}})
		if err != nil || res.Diags.HasErrors() {
			fmt.Fprintf(&summary, "%s: does not build\n", rel)
			continue
		}
		t.Run(rel, func(t *testing.T) {
			o := gogen.Options{Package: "api", Targets: []gogen.Target{gogen.Models, gogen.Client}}
			pkg, err := tryGenerate(t, res.YAML, o)
			if !assert.NoError(t, err) {
				fmt.Fprintf(&summary, "%s: builds, but its Go does not generate: %v\n", rel, err)
				return
			}
			results, err := examplecheck.Run(context.Background(), res.YAML, pkg, examplecheck.Options{Gen: o, WorkDir: workDir(t)})
			if !assert.NoError(t, err) {
				fmt.Fprintf(&summary, "%s: %v\n", rel, strings.SplitN(err.Error(), "\n", 2)[0])
				return
			}
			failures, diffs := examplecheck.Failures(results), examplecheck.Differences(results)
			fmt.Fprintf(&summary, "%s: %d examples, %d do not decode, %d decode with a difference\n", rel, len(results), len(failures), len(diffs))
			for _, r := range append(failures, diffs...) {
				fmt.Fprintf(&summary, "  %s\n", r)
			}
		})
	}
	t.Log("\n" + summary.String())
	if out := os.Getenv("DOCSPEC_EXAMPLECHECK_SUMMARY"); out != "" {
		require.NoError(t, os.WriteFile(out, []byte(summary.String()), 0o644))
	}
}
