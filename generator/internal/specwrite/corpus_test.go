package specwrite_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator"
	"github.com/docspec/docspec/generator/internal/specbuild"
	"github.com/docspec/docspec/generator/internal/specwrite"
	"github.com/docspec/docspec/generator/internal/synth"
	"github.com/docspec/docspec/internal/testutil"
)

// TestWriterMatchesJSON builds every docs folder of the shared corpus (and
// the seed and synthetic pages) and checks that the spec, written a piece
// at a time (as Build writes it, and by Marshal from the whole document),
// is FromJSON(json.Marshal(doc)) byte for byte.
func TestWriterMatchesJSON(t *testing.T) {
	root := testutil.ModuleRoot()
	dirs := []string{filepath.Join(root, "spec", "docs")}
	syn := filepath.Join(t.TempDir(), "synth")
	require.NoError(t, synth.Write(syn, 300, 7))
	dirs = append(dirs, syn)
	if corpus := filepath.Join(root, "..", "shared", "corpus"); isDir(corpus) {
		dirs = append(dirs, testutil.DocFolders(t, corpus)...)
	} else {
		t.Logf("%s is absent: the seed and synthetic pages only", corpus)
	}
	pieces := 0
	before := specwrite.Fallbacks.Load()
	for _, dir := range dirs {
		res, err := generator.Build(context.Background(), generator.BuildOptions{Dirs: []string{dir}})
		require.NoError(t, err, dir)
		if res.YAML == nil {
			continue // error diagnostics: no spec
		}
		doc, diags := specbuild.Build(res.API, specbuild.Info{})
		require.False(t, diags.HasErrors(), "%s: %v", dir, diags)
		data, err := json.Marshal(doc)
		require.NoError(t, err, dir)
		want, err := specwrite.FromJSON(data)
		require.NoError(t, err, dir)
		require.Equal(t, string(want), string(res.YAML), dir)
		got, err := specwrite.Marshal(doc)
		require.NoError(t, err, dir)
		require.Equal(t, string(want), string(got), dir)
		pieces += 2 * (doc.Paths.Len() + len(doc.Components.Schemas))
	}
	// Nearly every piece is written by the direct writer.
	fell := specwrite.Fallbacks.Load() - before
	t.Logf("%d folders; %d of %d pieces written the general way", len(dirs), fell, pieces)
	require.LessOrEqual(t, fell*100, int64(pieces), "more than 1%% of the pieces left to the general writer")
}
