package generator_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator"
	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/internal/gogen"
	"github.com/docspec/docspec/internal/testutil"
)

// corpusFolders are the generated-style reference folders of ../shared/corpus
// with the number of operation pages each holds (MANIFEST.tsv).
var corpusFolders = []struct {
	dir string
	ops int
}{
	{"cbr/zh-cn", 40},
	{"cbr-history/2019-12-11_c356828", 39},
	{"cbr-history/2020-01-21_d1f8189", 39},
	{"cbr-history/2020-03-17_8bc4fe9", 39},
	{"cbr-history/2020-04-02_8464b6b", 33},
	{"cbr-history/2020-07-08_de5a635", 33},
	{"cbr-history/2020-07-30_601f18e", 33},
	{"cbr-history/2020-08-24_3512a46", 34},
	{"cbr-history/2021-09-10_0543da4", 40},
	{"cbr-history/2021-11-30_6ea5ab2", 40},
	{"dws/zh-cn", 84},
	{"eip/zh-cn", 28},
}

// TestCorpus builds every generated-style folder of the shared corpus: no
// errors, one operation per operation page, and warning counts pinned in
// testdata/corpus.golden so that a change in what is reported shows up.
func TestCorpus(t *testing.T) {
	root := testutil.Shared(t, "corpus")
	var summary strings.Builder
	for _, f := range corpusFolders {
		t.Run(f.dir, func(t *testing.T) {
			res, err := generator.Build(context.Background(), generator.BuildOptions{Dirs: []string{filepath.Join(root, f.dir)}})
			require.NoError(t, err)
			var errs diag.List
			for _, d := range res.Diags {
				if d.Severity == diag.Error {
					errs = append(errs, d)
				}
			}
			require.Empty(t, errs, errs.String())
			assert.Len(t, res.API.Operations, f.ops)
			assert.Equal(t, res.API.Pages, f.ops+res.API.Skipped, "every page is an operation or skipped")
			reloadAndValidate(t, res.YAML)
			fmt.Fprintf(&summary, "%s: %d operations, %d schemas, %d warnings, %d notes\n", f.dir, len(res.API.Operations),
				len(res.API.Schemas), res.Diags.Count(diag.Warning), res.Diags.Count(diag.Note))
		})
	}
	testutil.Golden(t, "testdata/corpus.golden", []byte(summary.String()))
}

// TestCorpusCompiles: the Go generated from the current CBR, EIP and DWS
// references builds (name collisions, schema shapes, enum names).
func TestCorpusCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode: compiling generated packages takes a while")
	}
	root := testutil.Shared(t, "corpus")
	tmp, err := os.MkdirTemp(filepath.Join(testutil.ModuleRoot(), "generator", "testdata"), "gen-")
	require.NoError(t, err)
	defer os.RemoveAll(tmp)
	var pkgs []string
	for _, dir := range []string{"cbr/zh-cn", "eip/zh-cn", "dws/zh-cn"} {
		res, err := generator.Build(context.Background(), generator.BuildOptions{Dirs: []string{filepath.Join(root, dir)}})
		require.NoError(t, err)
		require.False(t, res.Diags.HasErrors())
		pkg := strings.Split(dir, "/")[0]
		files, err := gogen.Generate(res.YAML, gogen.Options{Package: pkg, Targets: gogen.DefaultTargets})
		require.NoError(t, err, dir)
		require.NoError(t, os.MkdirAll(filepath.Join(tmp, pkg), 0o755))
		for _, f := range files {
			require.NoError(t, os.WriteFile(filepath.Join(tmp, pkg, f.Name), f.Data, 0o644))
		}
		pkgs = append(pkgs, "./"+filepath.ToSlash(filepath.Join("generator", "testdata", filepath.Base(tmp), pkg)))
	}
	cmd := exec.Command("go", append([]string{"vet"}, pkgs...)...)
	cmd.Dir = testutil.ModuleRoot()
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "go vet %s:\n%s", strings.Join(pkgs, " "), out)
}
