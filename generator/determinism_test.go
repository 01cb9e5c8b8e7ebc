package generator

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator/internal/analyze"
	"github.com/docspec/docspec/generator/internal/synth"
	"github.com/docspec/docspec/internal/testutil"
)

// testFolders are folders that build without errors: the seed page, a
// synthetic folder and, when ../shared is present, the CBR reference.
func testFolders(t *testing.T) map[string]string {
	t.Helper()
	dirs := map[string]string{"seed": filepath.Join("..", "spec", "docs")}
	syn := filepath.Join(t.TempDir(), "synth")
	require.NoError(t, synth.Write(syn, 60, 3))
	dirs["synth"] = syn
	if wd, err := os.Getwd(); err == nil {
		cbr := filepath.Join(filepath.Dir(filepath.Dir(wd)), "shared", "corpus", "cbr", "zh-cn")
		if _, err := os.Stat(cbr); err == nil {
			dirs["cbr"] = cbr
		}
	}
	return dirs
}

func build(t *testing.T, dir string, jobs int) *BuildResult {
	t.Helper()
	res, err := Build(context.Background(), BuildOptions{Dirs: []string{dir}, Jobs: jobs})
	require.NoError(t, err)
	return res
}

func diagText(r *BuildResult) string {
	var b strings.Builder
	r.Diags.Print(&b, true)
	return b.String()
}

// The same folder built twice, sequentially or on any number of workers,
// gives the same bytes and the same diagnostics.
func TestBuildDeterministic(t *testing.T) {
	for name, dir := range testFolders(t) {
		t.Run(name, func(t *testing.T) {
			first := build(t, dir, 0)
			for _, jobs := range []int{0, 1, 3, 16} {
				again := build(t, dir, jobs)
				require.Equal(t, string(first.YAML), string(again.YAML), "jobs=%d", jobs)
				require.Equal(t, diagText(first), diagText(again), "jobs=%d", jobs)
			}
		})
	}
}

// Every folder of the corpus built twice gives the same bytes: what the
// analysis reads from maps (a status table's codes, say) must not make an
// operation differ from one build to the next.
func TestCorpusBuildDeterministic(t *testing.T) {
	corpus := filepath.Join(testutil.ModuleRoot(), "..", "shared", "corpus")
	if _, err := os.Stat(corpus); err != nil {
		t.Skipf("%s is absent", corpus)
	}
	for _, dir := range testutil.DocFolders(t, corpus) {
		first, second := build(t, dir, 0), build(t, dir, 1)
		require.Equal(t, string(first.YAML), string(second.YAML), dir)
	}
}

// Pages analyzed in any order give the same spec.
func TestBuildPageOrder(t *testing.T) {
	for name, dir := range testFolders(t) {
		t.Run(name, func(t *testing.T) {
			want := build(t, dir, 1)
			srcs, diags := listPages([]string{dir})
			require.False(t, diags.HasErrors())
			for seed := uint64(1); seed <= 3; seed++ {
				results := make([]page, len(srcs))
				order := rand.New(rand.NewPCG(seed, 0)).Perm(len(srcs))
				var buf []byte
				session := new(analyze.Session) // shared in another order
				for i, k := range order {
					results[i] = readPage(srcs[k], &buf, nil, session)
				}
				got, err := assemble(BuildOptions{Dirs: []string{dir}}, &BuildResult{}, srcs, results)
				require.NoError(t, err)
				require.Equal(t, string(want.YAML), string(got.YAML), "seed %d", seed)
				require.Equal(t, diagText(want), diagText(got), "seed %d", seed)
			}
		})
	}
}

// Files created in another order (and so listed in another order by some
// file systems) give the same spec.
func TestBuildFileOrder(t *testing.T) {
	const n = 40
	inOrder, shuffled := t.TempDir(), t.TempDir()
	require.NoError(t, synth.Write(inOrder, n, 5))
	for _, i := range rand.New(rand.NewPCG(9, 9)).Perm(n) {
		name := fmt.Sprintf("page%05d.md", i+1)
		require.NoError(t, os.WriteFile(filepath.Join(shuffled, name), synth.Page(i, 5), 0o644))
	}
	// The tag defaults to the folder's name: give both the same.
	opts := func(dir string) BuildOptions { return BuildOptions{Dirs: []string{dir}, Tag: "synth"} }
	a, err := Build(context.Background(), opts(inOrder))
	require.NoError(t, err)
	b, err := Build(context.Background(), opts(shuffled))
	require.NoError(t, err)
	require.NotEmpty(t, a.YAML)
	require.Equal(t, string(a.YAML), string(b.YAML))
}

// The written YAML loads and validates as a consumer would read it (Build
// validates the document in memory only).
func TestWrittenSpecReloads(t *testing.T) {
	for name, dir := range testFolders(t) {
		t.Run(name, func(t *testing.T) {
			res := build(t, dir, 0)
			if res.Diags.HasErrors() {
				t.Skipf("%s has error diagnostics (the parser does not cover it yet)", dir)
			}
			doc, err := res.Document()
			require.NoError(t, err)
			require.NoError(t, doc.Validate(context.Background(), openapi3.DisableExamplesValidation()))
		})
	}
}
