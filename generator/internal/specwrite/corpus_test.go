package specwrite_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator"
	"github.com/docspec/docspec/generator/internal/specbuild"
	"github.com/docspec/docspec/generator/internal/specwrite"
	"github.com/docspec/docspec/generator/internal/synth"
	"github.com/docspec/docspec/generator/model"
	"github.com/docspec/docspec/internal/testutil"
)

// TestWriterMatchesWhole builds the seed, the build cases, synthetic pages
// and every docs folder of the shared corpus, and checks that the spec
// Build writes (in parts, a batch at a time on all cores) is byte for byte
// what the whole document written at once gives (WholeYAML), and what
// Marshal writes of the whole document.
func TestWriterMatchesWhole(t *testing.T) {
	root := testutil.ModuleRoot()
	dirs := []string{filepath.Join(root, "spec", "docs")}
	cases, _ := filepath.Glob(filepath.Join(root, "generator", "testdata", "build", "*", "docs"))
	dirs = append(dirs, cases...)
	syn := filepath.Join(t.TempDir(), "synth")
	require.NoError(t, synth.Write(syn, 300, 7))
	dirs = append(dirs, syn)
	if corpus := filepath.Join(root, "..", "shared", "corpus"); isDir(corpus) {
		dirs = append(dirs, testutil.DocFolders(t, corpus)...)
	} else {
		t.Logf("%s is absent: the seed, build cases and synthetic pages only", corpus)
	}
	specs := 0
	for _, dir := range dirs {
		res, err := generator.Build(context.Background(), generator.BuildOptions{Dirs: []string{dir}})
		require.NoError(t, err, dir)
		if res.YAML == nil {
			continue // error diagnostics: no spec
		}
		specs++
		doc := wholeDocument(t, res.API)
		want, err := specwrite.WholeYAML(doc)
		require.NoError(t, err, dir)
		require.Equal(t, string(want), string(res.YAML), dir)
		got, err := specwrite.Marshal(doc)
		require.NoError(t, err, dir)
		require.Equal(t, string(want), string(got), dir)
	}
	t.Logf("%d of %d folders give a spec", specs, len(dirs))
	require.Greater(t, specs, 2)
}

// wholeDocument is the document Build writes in parts, assembled.
func wholeDocument(tb testing.TB, api *model.API) *openapi3.T {
	tb.Helper()
	parts, diags := specbuild.NewParts(api, specbuild.Info{})
	require.False(tb, diags.HasErrors(), "%v", diags)
	doc := parts.Top
	for _, p := range parts.Paths {
		item, diags := parts.PathItem(p)
		require.False(tb, diags.HasErrors(), "%v", diags)
		doc.Paths.Set(p, item)
	}
	for _, name := range parts.Schemas {
		s, diags := parts.Schema(name)
		require.False(tb, diags.HasErrors(), "%v", diags)
		doc.Components.Schemas[name] = s
	}
	return doc
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}
