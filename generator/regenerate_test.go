package generator

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

// cbrHistory is ../shared/corpus/cbr-history beside the module root: dated
// snapshots of the CBR reference. Tests that read it skip when it is absent.
func cbrHistory(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(filepath.Dir(moduleRoot(t)), "shared", "corpus", "cbr-history")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("corpus not found at %s (it lives outside the repository): %v", dir, err)
	}
	return dir
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	require.NoError(t, err)
	require.NoError(t, os.MkdirAll(filepath.Dir(to), 0o755))
	require.NoError(t, os.WriteFile(to, data, 0o644))
}

func TestRunIsByteIdentical(t *testing.T) {
	path := project(t, seedConfig+"  targets: [models, client, std-http-server, strict-server, embedded-spec]\n", nil)
	a, b := run(t, path), run(t, path)
	require.Equal(t, len(a.Outputs), len(b.Outputs))
	for i := range a.Outputs {
		assert.Equal(t, a.Outputs[i].Path, b.Outputs[i].Path)
		assert.True(t, string(a.Outputs[i].Data) == string(b.Outputs[i].Data), "%s differs between runs", a.Outputs[i].Path)
	}
}

// owned maps each operation ("METHOD path") and component schema of a spec
// to its YAML value and the page it comes from (x-docspec-source).
type ownedItem struct {
	page  string
	value any
}

func ownedItems(t *testing.T, spec []byte) map[string]ownedItem {
	t.Helper()
	var doc struct {
		Paths      map[string]map[string]map[string]any `yaml:"paths"`
		Components struct {
			Schemas map[string]map[string]any `yaml:"schemas"`
		} `yaml:"components"`
	}
	require.NoError(t, yaml.Unmarshal(spec, &doc))
	page := func(v map[string]any) string {
		src, _ := v["x-docspec-source"].(string)
		return strings.SplitN(src, ":", 2)[0]
	}
	out := map[string]ownedItem{}
	for p, ops := range doc.Paths {
		for m, op := range ops {
			out[strings.ToUpper(m)+" "+p] = ownedItem{page(op), op}
		}
	}
	for name, s := range doc.Components.Schemas {
		out["schema "+name] = ownedItem{page(s), s}
	}
	return out
}

// withoutExampleMembers copies a spec item without the properties that page's
// examples add (their x-docspec-note names the page).
func withoutExampleMembers(v any, page string) any {
	switch v := v.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, e := range v {
			if k == "properties" {
				props := map[string]any{}
				for name, p := range e.(map[string]any) {
					if m, ok := p.(map[string]any); ok {
						if note, _ := m["x-docspec-note"].(string); strings.Contains(note, "the example at "+page+":") {
							continue
						}
					}
					props[name] = withoutExampleMembers(p, page)
				}
				out[k] = props
				continue
			}
			out[k] = withoutExampleMembers(e, page)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = withoutExampleMembers(e, page)
		}
		return out
	}
	return v
}

// TestRegenerateAfterPageEdit replaces one page with its later version and
// checks that the spec changes only in what that page owns, and that run
// then rewrites only the files that changed.
func TestRegenerateAfterPageEdit(t *testing.T) {
	hist := cbrHistory(t)
	const edited = "查询指定备份.md"
	dir := t.TempDir()
	copyFile(t, filepath.Join(hist, "2020-08-24_3512a46", "更新备份.md"), filepath.Join(dir, "docs", "更新备份.md"))
	copyFile(t, filepath.Join(hist, "2020-08-24_3512a46", edited), filepath.Join(dir, "docs", edited))
	cfgPath := filepath.Join(dir, "docspec.yaml")
	require.NoError(t, os.WriteFile(cfgPath, []byte(seedConfig), 0o644))

	before := run(t, cfgPath)
	require.False(t, before.Build.Diags.HasErrors(), "%v", before.Build.Diags)
	_, _, err := WriteOutputs(before)
	require.NoError(t, err)

	copyFile(t, filepath.Join(hist, "2021-09-10_0543da4", edited), filepath.Join(dir, "docs", edited))
	after := run(t, cfgPath)
	require.False(t, after.Build.Diags.HasErrors(), "%v", after.Build.Diags)

	old, cur := ownedItems(t, before.Build.YAML), ownedItems(t, after.Build.YAML)
	var changed []string
	for k, o := range old {
		n, ok := cur[k]
		if o.page != edited {
			require.True(t, ok, "%s (from %s) disappeared", k, o.page)
			assert.Equal(t, o.page, n.page, "%s changed owner", k)
			// A struct's instances share the members their pages' examples
			// add: the edited page's may come and go, nothing else.
			assert.True(t, reflect.DeepEqual(withoutExampleMembers(o.value, edited), withoutExampleMembers(n.value, edited)),
				"%s (from %s) changed after an edit to %s", k, o.page, edited)
		} else if !ok || !reflect.DeepEqual(o.value, n.value) {
			changed = append(changed, k)
		}
	}
	for k, n := range cur {
		if _, ok := old[k]; !ok {
			assert.Equal(t, edited, n.page, "new item %s does not come from the edited page", k)
			changed = append(changed, k)
		}
	}
	sort.Strings(changed)
	assert.NotEmpty(t, changed, "the later page differs, so the spec must")
	t.Logf("changed: %v", changed)

	changes, err := Changes(after, 0)
	require.NoError(t, err)
	written, removed, err := WriteOutputs(after)
	require.NoError(t, err)
	assert.Empty(t, removed)
	require.Len(t, written, len(changes))
	for i, c := range changes {
		assert.Equal(t, c.Path, written[i])
	}
	assert.Contains(t, written, filepath.Join(dir, "openapi.yaml"))
	again, err := Changes(run(t, cfgPath), 0)
	require.NoError(t, err)
	assert.Empty(t, again, "regenerating again changes nothing")
}
