package gogen_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator"
	"github.com/docspec/docspec/generator/internal/gogen"
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
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "spec", "openapi.yaml"))
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

// cbrSpec builds the current CBR reference (../shared/corpus/cbr/zh-cn).
func cbrSpec(b *testing.B) []byte {
	wd, _ := os.Getwd()
	d := filepath.Join(filepath.Dir(filepath.Dir(filepath.Dir(wd))), "shared", "corpus", "cbr", "zh-cn")
	if _, err := os.Stat(d); err != nil {
		b.Skip("shared corpus not available: " + d)
	}
	res, err := generator.Build(context.Background(), generator.BuildOptions{Dirs: []string{d}, Tag: "cbr"})
	if err != nil || res.Diags.HasErrors() {
		b.Fatalf("the CBR reference does not build: %v %s", err, res.Diags)
	}
	return res.YAML
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
