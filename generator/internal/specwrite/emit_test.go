package specwrite_test

import (
	"bytes"
	"context"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/docspec/docspec/generator"
	"github.com/docspec/docspec/generator/internal/specwrite"
	"github.com/docspec/docspec/generator/internal/synth"
	"github.com/docspec/docspec/internal/testutil"
)

func viaEncoder(t *testing.T, n *yaml.Node) string {
	t.Helper()
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	require.NoError(t, enc.Encode(n))
	require.NoError(t, enc.Close())
	return b.String()
}

func viaEmitter(t *testing.T, n *yaml.Node) (string, bool) {
	t.Helper()
	var b bytes.Buffer
	if err := specwrite.EmitBlock(&b, n); err != nil {
		return "", false
	}
	return b.String(), true
}

// plainTree drops the styles a parse records, leaving nodes like the ones
// specwrite builds (tag and value only).
func plainTree(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.DocumentNode {
		return plainTree(n.Content[0])
	}
	out := &yaml.Node{Kind: n.Kind, Tag: n.Tag, Value: n.Value}
	for _, c := range n.Content {
		out.Content = append(out.Content, plainTree(c))
	}
	return out
}

// TestEmitMatchesYAML: the emitter writes the bytes yaml.v3 writes, for the
// specs of the seed, the golden cases, the shared corpus and synthetic pages.
func TestEmitMatchesYAML(t *testing.T) {
	root := testutil.ModuleRoot()
	dirs := []string{filepath.Join(root, "spec", "docs")}
	cases, _ := filepath.Glob(filepath.Join(root, "generator", "testdata", "build", "*", "docs"))
	dirs = append(dirs, cases...)
	if corpus := filepath.Join(root, "..", "shared", "corpus"); isDir(corpus) {
		for _, d := range []string{"cbr/zh-cn", "eip/zh-cn", "dws/zh-cn", "as/zh-cn", "evs/en-us.otc", "cbr-history/2019-12-11_c356828"} {
			dirs = append(dirs, filepath.Join(corpus, d))
		}
	}
	syn := filepath.Join(t.TempDir(), "synth")
	require.NoError(t, synth.Write(syn, 200, 3))
	dirs = append(dirs, syn)
	for _, dir := range dirs {
		res, err := generator.Build(context.Background(), generator.BuildOptions{Dirs: []string{dir}, Tag: "t"})
		require.NoError(t, err)
		if res.YAML == nil {
			continue
		}
		var doc yaml.Node
		require.NoError(t, yaml.Unmarshal(res.YAML, &doc), dir)
		tree := plainTree(&doc)
		want := viaEncoder(t, tree)
		got, ok := viaEmitter(t, tree)
		require.True(t, ok, dir)
		require.Equal(t, want, got, dir)
	}
}

// TestEmitScalars compares both writers on random strings full of YAML's
// special characters, as values, keys and sequence items.
func TestEmitScalars(t *testing.T) {
	alphabet := []string{"a", "Z", "中", "0", "7", " ", "  ", ":", ": ", "#", " #", "-", "- ", "?", ",", "[", "]", "{", "}",
		"'", "\"", "\\", "!", "&", "*", "|", ">", "%", "@", "`", "\n", "\t", "\r", ".", "~", "true", "null", "yes", "0x1F",
		"1e3", "\u0085", "\u00a0", "\u2028", "\ufeff", "😀", "é", "=", "<<"}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 30000; i++ {
		var b strings.Builder
		for n := rng.Intn(12); n >= 0; n-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		s := b.String()
		str := func() *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }
		for _, n := range []*yaml.Node{
			{Kind: yaml.MappingNode, Tag: "!!map", Content: []*yaml.Node{{Kind: yaml.ScalarNode, Tag: "!!str", Value: "k"}, {Kind: yaml.MappingNode, Tag: "!!map", Content: []*yaml.Node{{Kind: yaml.ScalarNode, Tag: "!!str", Value: "v"}, str()}}}},
			{Kind: yaml.MappingNode, Tag: "!!map", Content: []*yaml.Node{str(), {Kind: yaml.ScalarNode, Tag: "!!int", Value: "1"}}},
			{Kind: yaml.SequenceNode, Tag: "!!seq", Content: []*yaml.Node{str(), {Kind: yaml.SequenceNode, Tag: "!!seq", Content: []*yaml.Node{str()}}}},
		} {
			got, ok := viaEmitter(t, n)
			if !ok {
				continue // left to the encoder
			}
			require.Equal(t, viaEncoder(t, n), got, "%q", s)
		}
	}
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// boolOrNullWord is strings.ToLower(s) in the list: for every string of up
// to three letters and look-alikes, and every word in every case with any
// one letter changed.
func TestBoolOrNullWord(t *testing.T) {
	alphabet := []string{"t", "r", "u", "e", "f", "a", "l", "s", "n", "y", "o", "T", "R", "U", "E", "F", "A", "L", "S", "N", "Y", "O",
		"K", "k", "\u212a", "\u0130", "\u017f", "x", "\u00e9"}
	list := []string{"true", "false", "null", "yes", "no", "on", "off", "y", "n"}
	words := map[string]bool{}
	for _, w := range list {
		words[w] = true
	}
	check := func(s string) {
		require.Equal(t, words[strings.ToLower(s)], specwrite.BoolOrNullWord(s), "%q", s)
	}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		check(s)
		if n > 0 {
			for _, a := range alphabet {
				walk(s+a, n-1)
			}
		}
	}
	walk("", 3)
	for _, w := range list {
		for mask := 0; mask < 1<<len(w); mask++ {
			b := []byte(w)
			for i := range b {
				if mask&(1<<i) != 0 {
					b[i] -= 'a' - 'A'
				}
			}
			for i := range b {
				for _, a := range alphabet {
					check(string(b[:i]) + a + string(b[i+1:]))
				}
			}
			check(string(b) + "x")
		}
	}
}
