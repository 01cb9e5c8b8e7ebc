package specwrite

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

// oddStrings are values whose style yaml.v3 chooses by their characters.
var oddStrings = []string{
	"", " ", "plain", "two words", "中文描述", "-", "- item", "-1", "--- x", "...", "? x", "?x", ": x", "a: b", "a:b",
	"a #b", "a#b", "#x", "!tag", "&a", "*a", "|", ">", "'q'", `"q"`, "%x", "@x", "`x", "[x]", "{x}", "x, y",
	"true", "false", "null", "~", "Null", "yes", "no", "on", "off", "y", "n", "123", "0x1F", "1e5", "-0.5", ".5",
	".inf", ".NaN", "0o17", "0b101", "1_000", "2024-01-02", "2024-01-02T03:04:05Z", "1:20", "16:00", "-1:30:00.5", "=", "==", "+1",
	"trailing ", " leading", "tab\there", "line\nbreak", "line\n", "line\n\n", "\nleading break", "\n", "\n\n",
	"  two leading\nlines", "space \nbreak", "break\n space", "cr\rhere", "nel\u0085here", "ls\u2028here",
	"ps\u2029x", "nbsp\u00a0x", "bom\ufeffx", "bell\x07", "nul\x00x", "esc\x1b", "del\x7f", "emoji 😀",
	"back\\slash", `quote"and'apostrophe`, "\ufeffbom first", "\ufeff", "\ufffe", "\ue000", "\ud7ff", strings.Repeat("k", 128),
	strings.Repeat("k", 129), "multi\nline\nkey", "a\n\nb\n", "x\u2028", "\t", "trailing\t",
}

// TestEmitMatchesYAML writes every odd string as a key and as a value, at
// the root, in nested mappings, in sequences and in sequences of
// sequences, and checks that emit writes what yaml.v3 writes.
func TestEmitMatchesYAML(t *testing.T) {
	for _, s := range oddStrings {
		for _, n := range shapes(s, s) {
			checkEmit(t, n)
		}
	}
}

func shapes(k, v string) []*yaml.Node {
	mapping := func(c ...*yaml.Node) *yaml.Node { return &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Content: c} }
	seq := func(c ...*yaml.Node) *yaml.Node { return &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: c} }
	sv := func() *yaml.Node { return scalar("!!str", v) }
	sk := func() *yaml.Node { return scalar("!!str", k) }
	num := &yaml.Node{Kind: yaml.ScalarNode, Value: "12"}
	return []*yaml.Node{
		mapping(sk(), sv()),
		mapping(str("a"), mapping(sk(), sv(), str("b"), sv())),
		mapping(str("a"), seq(sv(), mapping(sk(), sv(), str("c"), seq(sv())), seq(sv(), seq()))),
		mapping(str("a"), mapping(), str("b"), seq(), sk(), mapping(str("x"), sv())),
		mapping(sk(), seq(mapping(sk(), mapping(sk(), sv())), num)),
		mapping(str("t"), scalar("!!bool", "true"), str("n"), scalar("!!null", "null"), sk(), num),
		mapping(mapping(), sv(), seq(), sv()),
		seq(sv(), mapping(sk(), sv())),
	}
}

func checkEmit(t *testing.T, n *yaml.Node) {
	t.Helper()
	want, err := encodeYAML(n)
	require.NoError(t, err)
	got, err := emit(nil, n)
	require.NoError(t, err)
	// yaml.v3 ends a stream whose last scalar keeps its line breaks with
	// "..."; emit does not (a part is written inside a document).
	if strings.HasSuffix(string(want), "\n...\n") {
		want = want[:len(want)-len("...\n")]
	}
	require.Equal(t, string(want), string(got))
}

// FuzzEmit checks emit against yaml.v3 on any pair of strings, as keys and
// values in every shape of TestEmitMatchesYAML.
func FuzzEmit(f *testing.F) {
	for i, s := range oddStrings {
		f.Add(s, oddStrings[(i+1)%len(oddStrings)])
	}
	f.Fuzz(func(t *testing.T, k, v string) {
		for _, n := range shapes(k, v) {
			if _, err := emit(nil, n); err == errUnsupported {
				continue // not valid UTF-8: yaml.v3 writes it
			}
			checkEmit(t, n)
		}
	})
}

// TestEmitLeavesUnknownNodes: anchors, comments, explicit tags and folded
// scalars are left to yaml.v3.
func TestEmitLeavesUnknownNodes(t *testing.T) {
	for _, n := range []*yaml.Node{
		{Kind: yaml.ScalarNode, Tag: "!!str", Value: "x", Anchor: "a"},
		{Kind: yaml.ScalarNode, Tag: "!!str", Value: "x", LineComment: "# c"},
		{Kind: yaml.ScalarNode, Tag: "!!binary", Value: "eA=="},
		{Kind: yaml.ScalarNode, Tag: "!!int", Value: "x"},
		{Kind: yaml.ScalarNode, Tag: "!!str", Value: "x", Style: yaml.FoldedStyle},
		{Kind: yaml.ScalarNode, Tag: "!!str", Value: "\xff"},
		{Kind: yaml.MappingNode, Tag: "!!map", Style: yaml.FlowStyle},
		{Kind: yaml.AliasNode},
	} {
		_, err := emit(nil, &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Content: []*yaml.Node{str("k"), n}})
		require.ErrorIs(t, err, errUnsupported, "%+v", n)
	}
}
