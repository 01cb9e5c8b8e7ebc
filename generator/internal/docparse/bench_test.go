package docparse

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/docspec/docspec/internal/testutil"
)

// benchParse times Parse over the pages, then runs the floor as many times:
// x/net/html's tokenizer over the same bytes, all tokens; x-tokenizer is
// Parse's time divided by the floor's.
func benchParse(b *testing.B, pages map[string][]byte) {
	n := int64(0)
	for _, src := range pages {
		n += int64(len(src))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		for name, src := range pages {
			if p := Parse(name, src); len(p.Blocks) == 0 && len(src) > 0 {
				b.Fatal("no blocks in " + name)
			}
		}
	}
	parse := time.Since(start)
	b.StopTimer()
	start = time.Now()
	for i := 0; i < b.N; i++ {
		for _, src := range pages {
			z := html.NewTokenizer(bytes.NewReader(src))
			for z.Next() != html.ErrorToken {
			}
		}
	}
	floor := time.Since(start)
	b.ReportMetric(parse.Seconds()/floor.Seconds(), "x-tokenizer")
}

// BenchmarkParse reads the seed page (spec/docs/UpdateBackup.md).
func BenchmarkParse(b *testing.B) {
	src, err := os.ReadFile(filepath.Join(testutil.ModuleRoot(), "spec", "docs", "UpdateBackup.md"))
	if err != nil {
		b.Fatal(err)
	}
	benchParse(b, map[string][]byte{"UpdateBackup.md": src})
}

// BenchmarkParseCorpus reads every real page (skipped when ../shared is
// absent).
func BenchmarkParseCorpus(b *testing.B) {
	pages := map[string][]byte{}
	err := filepath.WalkDir(testutil.Shared(b, "corpus"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
			return err
		}
		pages[p], err = os.ReadFile(p)
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	benchParse(b, pages)
}
