package generator_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator"
	"github.com/docspec/docspec/generator/diag"
)

// policyPage has two row-shape warnings (fields degraded), an unused table
// (a part left out) and an unknown type (a field degraded).
const policyPage = "# Show<a name=\"ShowThing\"></a>\n\n## URI\n\nGET /v1/things\n\n## 响应参数\n\n**状态码： 200**\n\n" +
	"**表 1**  响应Body参数\n\n| 参数 | 参数类型 | 描述 |\n| --- | --- | --- |\n| a | String | x | y |\n| b | String | x | y |\n| c | Integr | x |\n\n" +
	"**表 2**  Orphan\n\n| 参数 | 参数类型 | 描述 |\n| --- | --- | --- |\n| d | String | x |\n\n" +
	"## 状态码\n\n| 状态码 | 描述 |\n| --- | --- |\n| 200 | OK |\n"

func policyDocs(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "Show.md"), []byte(policyPage), 0o644))
	// A page that documents nothing, and one left out.
	require.NoError(t, os.WriteFile(filepath.Join(dir, "Overview.md"), []byte("# Overview\n\nNothing to see.\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "Bad.md"), []byte("# Bad\n\n## URI\n\nFETCH /v1/x\n"), 0o644))
	return dir
}

func codesOf(l diag.List) map[diag.Code]int {
	m := map[diag.Code]int{}
	for _, d := range l {
		m[d.Code]++
	}
	return m
}

func TestBuildIgnoreAndStrict(t *testing.T) {
	dir := policyDocs(t)
	build := func(o generator.BuildOptions) *generator.BuildResult {
		t.Helper()
		o.Dirs, o.Tag = []string{dir}, "x"
		res, err := generator.Build(context.Background(), o)
		require.NoError(t, err)
		return res
	}

	plain := build(generator.BuildOptions{})
	require.Equal(t, map[diag.Code]int{diag.RowShape: 2, diag.UnknownType: 1, diag.UnusedTable: 1, diag.UnknownMethod: 1}, codesOf(plain.Diags), plain.Diags.String())
	assert.False(t, plain.Failed())
	assert.NotEmpty(t, plain.YAML)
	assert.Equal(t, "docspec: 3 pages read (1 without an operation, 1 left out), 1 operation, 1 schema, "+
		"5 table rows (4 used, 1 reported), 5 warnings (1 page left out, 1 part left out, 3 fields degraded), 0 errors", plain.Summary())
	assert.Empty(t, plain.StrictLine())

	// Ignored diagnostics are gone and counted; a page left out stays
	// counted as such even when the diagnostic saying so is ignored.
	ign := build(generator.BuildOptions{Ignore: []diag.Code{diag.RowShape, diag.UnknownMethod}})
	assert.Equal(t, map[diag.Code]int{diag.UnknownType: 1, diag.UnusedTable: 1}, codesOf(ign.Diags))
	assert.Equal(t, 3, ign.Ignored)
	assert.Equal(t, "docspec: 3 pages read (1 without an operation, 1 left out), 1 operation, 1 schema, "+
		"5 table rows (4 used, 1 reported), 2 warnings (1 part left out, 1 field degraded), 3 ignored, 0 errors", ign.Summary())
	assert.Equal(t, string(plain.YAML), string(ign.YAML), "ignoring changes what is shown, not the spec")

	// Strict: every warning, or the listed codes only; no spec then.
	all := build(generator.BuildOptions{Strict: generator.Strict{All: true}})
	assert.True(t, all.Failed())
	assert.Nil(t, all.YAML)
	assert.Equal(t, 5, all.StrictFailures)
	assert.Equal(t, "docspec: strict mode failed the run because of 5 warnings; nothing written", all.StrictLine())

	some := build(generator.BuildOptions{Strict: generator.Strict{Codes: []diag.Code{diag.RowShape}}})
	assert.Equal(t, 2, some.StrictFailures)
	assert.Nil(t, some.YAML)

	none := build(generator.BuildOptions{Strict: generator.Strict{Codes: []diag.Code{diag.BadEnum}}})
	assert.False(t, none.Failed(), "no warning of a strict code")
	assert.NotEmpty(t, none.YAML)

	// An ignored warning does not fail strict mode: ignoring it accepts it.
	both := build(generator.BuildOptions{Strict: generator.Strict{All: true},
		Ignore: []diag.Code{diag.RowShape, diag.UnknownType, diag.UnusedTable, diag.UnknownMethod}})
	assert.False(t, both.Failed(), both.Diags.String())
	assert.Equal(t, 5, both.Ignored)
	assert.NotEmpty(t, both.YAML)
}

// Errors are never dropped, even when listed (the config and the flag
// refuse such lists; Build holds the line too).
func TestBuildNeverIgnoresErrors(t *testing.T) {
	dir := t.TempDir()
	res, err := generator.Build(context.Background(), generator.BuildOptions{Dirs: []string{dir}, Ignore: []diag.Code{diag.NoPages}})
	require.NoError(t, err)
	assert.Equal(t, map[diag.Code]int{diag.NoPages: 1}, codesOf(res.Diags))
	assert.Zero(t, res.Ignored)
	assert.True(t, res.Failed())
}

func TestParseCodes(t *testing.T) {
	codes, err := generator.ParseCodes(" row-shape, unknown-type ,", true)
	require.NoError(t, err)
	assert.Equal(t, []diag.Code{diag.RowShape, diag.UnknownType}, codes)
	codes, err = generator.ParseCodes("", true)
	require.NoError(t, err)
	assert.Empty(t, codes)
	_, err = generator.ParseCodes("row-shape,nope", true)
	assert.EqualError(t, err, `unknown diagnostic code "nope" (docspec help codes lists them)`)
	_, err = generator.ParseCodes("no-operations", true)
	assert.EqualError(t, err, `"no-operations" is an error: errors cannot be ignored`)
}

func TestConfigStrictAndIgnore(t *testing.T) {
	load := func(body string) (*generator.Config, string) {
		t.Helper()
		p := filepath.Join(t.TempDir(), "docspec.yaml")
		require.NoError(t, os.WriteFile(p, []byte("docs: [docs]\nspec: openapi.yaml\n"+body), 0o644))
		cfg, diags := generator.LoadConfig(p)
		return cfg, strings.ReplaceAll(diags.String(), filepath.ToSlash(p), "docspec.yaml")
	}
	cfg, d := load("strict: true\nignore: [row-shape, unused-table]\n")
	require.NotNil(t, cfg, d)
	assert.Equal(t, generator.Strict{All: true}, cfg.Strict)
	assert.Equal(t, []diag.Code{diag.RowShape, diag.UnusedTable}, cfg.Ignore)

	cfg, d = load("strict: [unknown-type]\n")
	require.NotNil(t, cfg, d)
	assert.Equal(t, generator.Strict{Codes: []diag.Code{diag.UnknownType}}, cfg.Strict)

	cfg, d = load("strict: false\n")
	require.NotNil(t, cfg, d)
	assert.False(t, cfg.Strict.Enabled())

	cfg, d = load("strict: always\n")
	assert.Nil(t, cfg)
	assert.Equal(t, "docspec.yaml:3: error: strict: want true, false or a list of diagnostic codes [config]\n", d)

	cfg, d = load("ignore:\n  - row-shape\n  - unknown-typo\n")
	assert.Nil(t, cfg)
	assert.Equal(t, "docspec.yaml:5: error: ignore: unknown diagnostic code \"unknown-typo\" (docspec help codes lists them) [config]\n", d)
}

// A problem with the whole document (here the info the caller gives) is
// reported at the docs folder, not at a made-up file name.
func TestWholeDocumentProblemAtFolder(t *testing.T) {
	dir := policyDocs(t)
	res, err := generator.Build(context.Background(), generator.BuildOptions{Dirs: []string{dir}, Tag: "x",
		Info: generator.Info{Servers: []string{"https://{region.example.com"}}})
	require.NoError(t, err)
	require.True(t, res.Failed())
	var specErrs []diag.Diagnostic
	for _, d := range res.Diags {
		if d.Code == diag.InvalidSpec {
			specErrs = append(specErrs, d)
		}
	}
	require.NotEmpty(t, specErrs, res.Diags.String())
	for _, d := range specErrs {
		assert.Equal(t, diag.Pos{File: filepath.ToSlash(dir)}, d.Pos, d.String())
	}
}
