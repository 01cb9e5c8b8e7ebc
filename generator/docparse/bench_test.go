package docparse

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// BenchmarkParse reads the seed page (spec/docs/UpdateBackup.md). After the
// timed loop it runs the floor as many times: x/net/html's tokenizer over
// the same bytes, all tokens; x-tokenizer is Parse's time divided by the
// floor's.
func BenchmarkParse(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("..", "..", "spec", "docs", "UpdateBackup.md"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		if p := Parse("UpdateBackup.md", src); len(p.Blocks) == 0 {
			b.Fatal("no blocks")
		}
	}
	parse := time.Since(start)
	b.StopTimer()
	start = time.Now()
	for i := 0; i < b.N; i++ {
		z := html.NewTokenizer(bytes.NewReader(src))
		for z.Next() != html.ErrorToken {
		}
	}
	floor := time.Since(start)
	b.ReportMetric(parse.Seconds()/floor.Seconds(), "x-tokenizer")
}
