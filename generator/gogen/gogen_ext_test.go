package gogen_test

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator"
	"github.com/docspec/docspec/generator/gogen"
	"github.com/docspec/docspec/generator/internal/synth"
)

var opts = gogen.Options{Package: "api", Targets: gogen.DefaultTargets}

func synthSpec(tb testing.TB, pages int) []byte {
	tb.Helper()
	dir := filepath.Join(tb.TempDir(), "docs")
	require.NoError(tb, synth.Write(dir, pages, 11))
	res, err := generator.Build(context.Background(), generator.BuildOptions{Dirs: []string{dir}, Tag: "synth"})
	require.NoError(tb, err)
	require.False(tb, res.Diags.HasErrors())
	return res.YAML
}

func seedSpec(tb testing.TB) []byte {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "spec", "openapi.yaml"))
	require.NoError(tb, err)
	return data
}

// Formatting outside codegen.Generate, in parallel, gives the same bytes as
// codegen.Generate formatting each file itself.
func TestFormatApartSameBytes(t *testing.T) {
	for name, spec := range map[string][]byte{"seed": seedSpec(t), "synth": synthSpec(t, 40)} {
		t.Run(name, func(t *testing.T) {
			apart, err := gogen.Generate(spec, opts)
			require.NoError(t, err)
			gogen.SetFormatApart(false)
			defer gogen.SetFormatApart(true)
			inside, err := gogen.Generate(spec, opts)
			require.NoError(t, err)
			require.Equal(t, len(inside), len(apart))
			for i := range inside {
				require.Equal(t, inside[i].Name, apart[i].Name)
				require.Equal(t, string(inside[i].Data), string(apart[i].Data), inside[i].Name)
			}
		})
	}
}

// cbrSpec builds the newest CBR reference folder under ../shared/corpus that
// builds without errors (the parser does not cover every folder yet).
func cbrSpec(b *testing.B) []byte {
	wd, _ := os.Getwd()
	root := filepath.Join(filepath.Dir(filepath.Dir(filepath.Dir(wd))), "shared", "corpus")
	var dirs []string
	if _, err := os.Stat(filepath.Join(root, "cbr", "zh-cn")); err == nil {
		dirs = append(dirs, filepath.Join(root, "cbr", "zh-cn"))
	}
	hist, _ := filepath.Glob(filepath.Join(root, "cbr-history", "*"))
	sort.Sort(sort.Reverse(sort.StringSlice(hist)))
	dirs = append(dirs, hist...)
	for _, d := range dirs {
		res, err := generator.Build(context.Background(), generator.BuildOptions{Dirs: []string{d}, Tag: "cbr"})
		if err == nil && !res.Diags.HasErrors() {
			b.Logf("CBR spec from %s: %d operations", strings.TrimPrefix(d, root+"/"), len(res.API.Operations))
			return res.YAML
		}
	}
	b.Skip("no CBR folder under " + root + " builds without errors")
	return nil
}

// BenchmarkGenerate measures spec → Go (all default targets) on the seed
// spec, the CBR reference and a 1,000-operation synthetic spec, with files
// formatted apart (in parallel, the default) and by codegen.Generate.
func BenchmarkGenerate(b *testing.B) {
	specs := []struct {
		name string
		spec func(b *testing.B) []byte
	}{
		{"seed", func(b *testing.B) []byte { return seedSpec(b) }},
		{"cbr", cbrSpec},
		{"synth1k", func(b *testing.B) []byte { return synthSpec(b, 1000) }},
	}
	for _, s := range specs {
		for _, apart := range []bool{true, false} {
			mode := "fmt=apart"
			if !apart {
				mode = "fmt=inside"
			}
			b.Run(s.name+"/"+mode, func(b *testing.B) {
				spec := s.spec(b)
				gogen.SetFormatApart(apart)
				defer gogen.SetFormatApart(true)
				b.ReportAllocs()
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					if _, err := gogen.Generate(spec, opts); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
