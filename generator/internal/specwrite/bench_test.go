package specwrite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/docspec/docspec/generator"
	"github.com/docspec/docspec/generator/internal/specbuild"
	"github.com/docspec/docspec/generator/internal/specwrite"
	"github.com/docspec/docspec/generator/internal/synth"
)

// BenchmarkMarshal writes the spec of 2,000 synthetic pages, built whole
// once, a piece at a time.
func BenchmarkMarshal(b *testing.B) {
	dir := filepath.Join(b.TempDir(), "synth")
	if err := synth.Write(dir, 2000, 11); err != nil {
		b.Fatal(err)
	}
	res, err := generator.Build(context.Background(), generator.BuildOptions{Dirs: []string{dir}})
	if err != nil || res.YAML == nil {
		b.Fatalf("build: %v", err)
	}
	doc, diags := specbuild.Build(res.API, specbuild.Info{})
	if diags.HasErrors() {
		b.Fatal(diags)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		data, err := specwrite.Marshal(doc)
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(data)))
	}
}
