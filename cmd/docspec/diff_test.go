package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/internal/testutil"
)

// golden compares got with the golden file at path, or rewrites it with -update.
func golden(t *testing.T, path, got string) {
	t.Helper()
	testutil.Golden(t, path, []byte(got))
}

func goldenPath(t *testing.T, name string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("testdata", "diff", name))
	require.NoError(t, err)
	return p
}

func copyPage(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	require.NoError(t, err)
	writeFile(t, to, string(data))
}

// TestDiffAdditionsOnly compares the seed page with the seed page plus a
// second operation: nothing breaks, so -fail-on-breaking exits 0.
func TestDiffAdditionsOnly(t *testing.T) {
	want := goldenPath(t, "additions.md")
	seed, err := filepath.Abs("../../spec/docs/UpdateBackup.md")
	require.NoError(t, err)
	extra, err := filepath.Abs("../../generator/testdata/pages/ShowThing.md")
	require.NoError(t, err)
	dir := t.TempDir()
	copyPage(t, seed, filepath.Join(dir, "old", "UpdateBackup.md"))
	copyPage(t, seed, filepath.Join(dir, "new", "UpdateBackup.md"))
	copyPage(t, extra, filepath.Join(dir, "new", "ShowThing.md"))
	t.Chdir(dir)

	code, stdout, stderr := docspec(t, "diff", "--fail-on-breaking", "old", "new")
	assert.Equal(t, 0, code, stderr)
	golden(t, want, stdout)
	assert.Contains(t, stdout, "| added | `GET /v3/{project_id}/things/{thing_id}` ShowThing | `ShowThing.md:1` (new) |")

	// Reversed, the operation is removed: breaking.
	code, stdout, stderr = docspec(t, "diff", "new", "old", "--fail-on-breaking", "--format", "text")
	assert.Equal(t, 1, code)
	assert.Contains(t, stdout, "BREAKING error   GET /v3/{project_id}/things/{thing_id} (ShowThing): API path removed without deprecation [api-path-removed-without-deprecation]  ShowThing.md:1 (old)\n")
	assert.Contains(t, stderr, "docspec: breaking changes: 1\n")

	// A spec file on one side, a folder on the other; the folder takes the
	// spec's tag.
	code, stdout, _ = docspec(t, "build", "old", "-o", "old.yaml", "-tag", "cbr")
	require.Equal(t, 0, code)
	code, stdout, stderr = docspec(t, "diff", "old.yaml", "old", "--format", "json")
	assert.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, `"changes": []`)
}

func TestDiffUsage(t *testing.T) {
	code, _, _ := docspec(t, "diff", "only-one")
	assert.Equal(t, 2, code)
	code, _, stderr := docspec(t, "diff", "a", "b", "--format", "html")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, `unknown format "html"`)
	none := filepath.Join(t.TempDir(), "none.yaml")
	code, _, stderr = docspec(t, "diff", none, "../../spec/openapi.yaml")
	assert.Equal(t, 1, code)
	assert.Equal(t, "docspec: cannot read "+none+": no such file or directory\n", stderr)
	// A docs folder that does not build: its diagnostics, exit 1.
	dir := t.TempDir()
	code, _, stderr = docspec(t, "diff", dir, "../../spec/openapi.yaml")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "no .md pages found [no-pages]")
}

// cbrHistory is ../shared/corpus/cbr-history beside the module root.
func cbrHistory(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../../../shared/corpus/cbr-history")
	require.NoError(t, err)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("corpus not found at %s (it lives outside the repository): %v", dir, err)
	}
	return dir
}

// TestDiffCBRHistory compares two dated copies of the CBR reference:
// UpdateBackup is gone (breaking) and the vault tag operations are new.
func TestDiffCBRHistory(t *testing.T) {
	hist := cbrHistory(t)
	want := goldenPath(t, "cbr-history.md")
	const oldV, newV = "2020-08-24_3512a46", "2021-09-10_0543da4"
	t.Chdir(hist)

	code, stdout, stderr := docspec(t, "diff", oldV, newV)
	require.Equal(t, 0, code, stderr)
	golden(t, want, stdout)

	breaking := stdout[strings.Index(stdout, "### Breaking changes"):strings.Index(stdout, "### Operations")]
	assert.Contains(t, breaking, "| **breaking** | `PUT /v3/{project_id}/backups/{backup_id}` UpdateBackup | API removed without deprecation `api-removed-without-deprecation` | `更新备份.md:1` (old) |")
	assert.Contains(t, stdout, "| removed | `PUT /v3/{project_id}/backups/{backup_id}` UpdateBackup | `更新备份.md:1` (old) |")
	for _, added := range []string{
		"| added | `GET /v3/{project_id}/vault/tags` ShowVaultProjectTag | `查询存储库项目标签.md:1` (new) |",
		"| added | `POST /v3/{project_id}/vault/{vault_id}/tags` CreateVaultTags | `添加存储库资源标签.md:1` (new) |",
		"| added | `DELETE /v3/{project_id}/vault/{vault_id}/tags/{key}` DeleteVaultTag | `删除存储库资源标签.md:1` (new) |",
		"| added | `POST /v3/{project_id}/vaults/{vault_id}/migrateresources` MigrateVaultResource | `迁移资源.md:1` (new) |",
	} {
		assert.Contains(t, stdout, added)
	}

	code, _, stderr = docspec(t, "diff", "--fail-on-breaking", "--format", "text", oldV, newV)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "docspec: breaking changes: ")
}
