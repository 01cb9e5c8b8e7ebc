package generator

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator/internal/gogen"
)

// update is accepted so that `go test ./... -update` runs in every package;

// seedPage is the page this project's default input is made of.
const seedPage = "../spec/docs/UpdateBackup.md"

// project writes a docs folder with the seed page and a docspec.yaml into a
// temporary folder and returns the config's path.
func project(t *testing.T, config string, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	page, err := os.ReadFile(seedPage)
	require.NoError(t, err)
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "docs"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "docs", "UpdateBackup.md"), page, 0o644))
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(data), 0o644))
	}
	cfg := filepath.Join(dir, "docspec.yaml")
	require.NoError(t, os.WriteFile(cfg, []byte(config), 0o644))
	return cfg
}

func TestLoadConfigFull(t *testing.T) {
	path := project(t, `docs: [docs, more/docs]
spec: api/openapi.yaml
tag: cbr
info: {title: T, description: D, version: v3}
servers: [https://example.com]
overlay: fixes.yaml
go:
  package: cbr
  output: gen/cbr
  targets: [models, client, chi-server, strict-server]
  include-tags: [cbr]
  exclude-tags: [internal]
  include-operations: [UpdateBackup]
  exclude-operations: [DeleteBackup]
`, nil)
	cfg, diags := LoadConfig(path)
	require.Empty(t, diags)
	require.NotNil(t, cfg)
	dir := filepath.Dir(path)
	assert.Equal(t, filepath.Join(dir, "more", "docs"), cfg.Resolve(cfg.Docs[1]))
	assert.Equal(t, filepath.Join(dir, "api", "openapi.yaml"), cfg.Resolve(cfg.Spec))
	assert.Equal(t, filepath.Join(dir, "fixes.yaml"), cfg.Resolve(cfg.Overlay))
	assert.Equal(t, []gogen.Target{gogen.Models, gogen.Client, gogen.Chi, gogen.Strict}, cfg.Go.Targets)
	o := cfg.goOptions()
	assert.Equal(t, []string{"cbr"}, o.IncludeTags)
	assert.Equal(t, []string{"internal"}, o.ExcludeTags)
	assert.Equal(t, []string{"UpdateBackup"}, o.IncludeOperations)
	assert.Equal(t, []string{"DeleteBackup"}, o.ExcludeOperations)
}

func TestLoadConfigErrors(t *testing.T) {
	for _, tc := range []struct{ name, config, want string }{
		{"unknown key", "docs: [docs]\nspec: openapi.yaml\ngo:\n  package: x\n  output: y\n  targetz: [models]\n", `docspec.yaml:6: error: unknown key "targetz" [config]`},
		{"no docs", "spec: openapi.yaml\n", `docspec.yaml: error: no docs folders: set docs [config]`},
		{"bad target", "docs: [d]\nspec: s.yaml\ngo: {package: x, output: y, targets: [models, gin-server]}\n", `unknown target "gin-server"`},
		{"two servers", "docs: [d]\nspec: s.yaml\ngo: {package: x, output: y, targets: [chi-server, echo-server]}\n", `choose one server target`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, diags := LoadConfig(project(t, tc.config, nil))
			assert.Nil(t, cfg)
			require.NotEmpty(t, diags)
			assert.Contains(t, diags[0].String(), tc.want)
		})
	}
}

const seedConfig = `docs: [docs]
spec: openapi.yaml
tag: cbr
go:
  package: cbr
  output: gen/cbr
`

func run(t *testing.T, path string) *Result {
	t.Helper()
	cfg, diags := LoadConfig(path)
	require.Empty(t, diags)
	res, err := Run(context.Background(), cfg, nil)
	require.NoError(t, err)
	return res
}

func output(t *testing.T, res *Result, suffix string) string {
	t.Helper()
	for _, o := range res.Outputs {
		if strings.HasSuffix(filepath.ToSlash(o.Path), suffix) {
			return string(o.Data)
		}
	}
	t.Fatalf("no output %s", suffix)
	return ""
}

func TestRunOverlay(t *testing.T) {
	path := project(t, seedConfig+"overlay: fixes/overlay.yaml\n", map[string]string{"fixes/overlay.yaml": `overlay: 1.0.0
info: {title: CBR doc fixes, version: 1.0.0}
actions:
  - target: $.components.schemas.BackupUpdate.properties
    description: the service also takes a description
    update:
      description: {type: string, description: backup description}
  - target: $.paths['/v3/{project_id}/backups/{backup_id}'].put
    update: {summary: Update a backup}
`})
	res := run(t, path)
	require.False(t, res.Build.Diags.HasErrors(), "%v", res.Build.Diags)
	spec := output(t, res, "openapi.yaml")
	assert.Contains(t, spec, "summary: Update a backup\n")
	assert.Contains(t, spec, "description: backup description\n")
	assert.Contains(t, output(t, res, "models.gen.go"), "Description *string")
	// The overlaid document keeps the fixed key order and the source marks.
	assert.Contains(t, spec, "x-docspec-source: UpdateBackup.md:97\n")
	assert.Equal(t, spec, string(res.Build.YAML))
}

func TestRunOverlayErrors(t *testing.T) {
	path := project(t, seedConfig+"overlay: overlay.yaml\n", map[string]string{"overlay.yaml": `overlay: 1.0.0
info: {title: fixes, version: 1.0.0}
actions:
  - target: $.components.schemas.NoSuchSchema
    update: {type: integer}
`})
	res := run(t, path)
	require.True(t, res.Build.Diags.HasErrors())
	assert.Empty(t, res.Outputs)
	want := filepath.ToSlash(filepath.Join(filepath.Dir(path), "overlay.yaml")) + ":4: error: action 1"
	assert.Contains(t, res.Build.Diags.String(), want)

	path = project(t, seedConfig+"overlay: missing.yaml\n", nil)
	res = run(t, path)
	require.True(t, res.Build.Diags.HasErrors())
	assert.Contains(t, res.Build.Diags[0].String(), "docspec.yaml:7: error: cannot read overlay: no such file or directory [config]")
}

func TestRunFilters(t *testing.T) {
	res := run(t, project(t, seedConfig+"  exclude-operations: [UpdateBackup]\n", nil))
	require.False(t, res.Build.Diags.HasErrors())
	assert.NotContains(t, output(t, res, "client.gen.go"), "func (c *Client) UpdateBackup(")
	// The spec itself keeps every operation: filters apply to the Go code.
	assert.Contains(t, output(t, res, "openapi.yaml"), "operationId: UpdateBackup")

	res = run(t, project(t, seedConfig+"  include-tags: [cbr]\n", nil))
	assert.Contains(t, output(t, res, "client.gen.go"), "func (c *Client) UpdateBackup(")
	res = run(t, project(t, seedConfig+"  exclude-tags: [cbr]\n", nil))
	assert.NotContains(t, output(t, res, "client.gen.go"), "func (c *Client) UpdateBackup(")
	res = run(t, project(t, seedConfig+"  include-operations: [SomethingElse]\n", nil))
	assert.NotContains(t, output(t, res, "client.gen.go"), "func (c *Client) UpdateBackup(")
}

func TestRunTargets(t *testing.T) {
	for _, tc := range []struct {
		targets string
		files   []string
		want    string
	}{
		{"[models]", []string{"models.gen.go"}, ""},
		{"[models, client, chi-server, strict-server]", []string{"client.gen.go", "models.gen.go", "server.gen.go"}, "github.com/go-chi/chi/v5"},
		{"[models, echo-server, embedded-spec]", []string{"models.gen.go", "server.gen.go", "spec.gen.go"}, "github.com/labstack/echo/v4"},
	} {
		t.Run(tc.targets, func(t *testing.T) {
			res := run(t, project(t, seedConfig+"  targets: "+tc.targets+"\n", nil))
			var names []string
			for _, o := range res.Outputs[1:] {
				names = append(names, filepath.Base(o.Path))
			}
			assert.Equal(t, tc.files, names)
			if tc.want != "" {
				assert.Contains(t, output(t, res, "server.gen.go"), tc.want)
			}
		})
	}
}

// An overlay that changes nothing leaves the spec byte-identical: the
// round trip through the overlay loses nothing.
func TestRunOverlayNoop(t *testing.T) {
	plain := run(t, project(t, seedConfig, nil))
	noop := run(t, project(t, seedConfig+"overlay: o.yaml\n", map[string]string{"o.yaml": `overlay: 1.0.0
info: {title: nothing, version: 1.0.0}
actions:
  - target: $.info
    update: {title: API}
`}))
	require.False(t, noop.Build.Diags.HasErrors(), "%v", noop.Build.Diags)
	assert.Equal(t, string(plain.Build.YAML), string(noop.Build.YAML))
}

// README's complete docspec.yaml example loads without a diagnostic, with
// every key it shows.
func TestReadmeConfigExample(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "README.md"))
	require.NoError(t, err)
	readme := string(data)
	i := strings.Index(readme, "### docspec.yaml")
	require.GreaterOrEqual(t, i, 0)
	start := strings.Index(readme[i:], "```yaml\n")
	require.GreaterOrEqual(t, start, 0)
	body := readme[i+start+len("```yaml\n"):]
	body = body[:strings.Index(body, "```")]
	p := filepath.Join(t.TempDir(), "docspec.yaml")
	require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	cfg, diags := LoadConfig(p)
	require.Empty(t, diags, diags.String())
	require.NotNil(t, cfg)
	assert.NotEmpty(t, cfg.Ignore)
	assert.True(t, cfg.Strict.Enabled())
	assert.NotNil(t, cfg.Go)
	assert.NotEmpty(t, cfg.Overlay)
}
