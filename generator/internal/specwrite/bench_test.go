package specwrite_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"go.yaml.in/yaml/v3"

	"github.com/docspec/docspec/generator"
	"github.com/docspec/docspec/generator/internal/specwrite"
	"github.com/docspec/docspec/generator/internal/synth"
)

// synthDocument is the document of 2,000 synthetic pages.
func synthDocument(b *testing.B) *openapi3.T {
	dir := filepath.Join(b.TempDir(), "synth")
	if err := synth.Write(dir, 2000, 11); err != nil {
		b.Fatal(err)
	}
	res, err := generator.Build(context.Background(), generator.BuildOptions{Dirs: []string{dir}})
	if err != nil || res.YAML == nil {
		b.Fatalf("build: %v %v", err, res.Diags)
	}
	return wholeDocument(b, res.API)
}

// BenchmarkMarshal writes the spec of 2,000 synthetic pages, built once, a
// piece at a time.
func BenchmarkMarshal(b *testing.B) {
	doc := synthDocument(b)
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

// BenchmarkReadJSON reads the JSON of the same document into YAML nodes:
// with specwrite's reader, json.Decoder's Token API, and yaml.v3 (which
// reads most JSON, though not keys longer than 1024 bytes).
func BenchmarkReadJSON(b *testing.B) {
	data, err := json.Marshal(synthDocument(b))
	if err != nil {
		b.Fatal(err)
	}
	for _, r := range []struct {
		name string
		read func([]byte) (*yaml.Node, error)
	}{
		{"specwrite", specwrite.ReadJSON},
		{"json.Decoder", readTokens},
		{"yaml.v3", func(data []byte) (*yaml.Node, error) {
			var n yaml.Node
			return &n, yaml.Unmarshal(data, &n)
		}},
	} {
		b.Run(r.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := r.read(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
