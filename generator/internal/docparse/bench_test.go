package docparse

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/docspec/docspec/internal/testutil"
)

// benchParse times Parse over the pages, and with it, page by page, three
// more readings of the same bytes:
//
//   - Parse with x/net/html's tokenizer in place of the lexer;
//   - the tokenizer floor: the tokenizer over every byte, all tokens;
//   - the goquery floor: a goquery document per page and the text of every
//     <td> (BenchmarkBuild's floor in the generator package).
//
// ns/op and MB/s are Parse's over all the pages; x-tokenizer is Parse's time
// over the tokenizer floor's; tokenizer-x is Parse-with-the-tokenizer's
// time over Parse's; lexer-saves-x-goquery is the time the lexer saves,
// over the goquery floor's: the share of docs → spec's budget (2x the
// goquery floor) that the lexer buys. Timing each page's four readings
// back to back, in turns, keeps the ratios steady on a busy machine.
// B/op and allocs/op are Parse's, from one more reading before the timing.
func benchParse(b *testing.B, pages [][]byte) {
	n := int64(0)
	for _, src := range pages {
		n += int64(len(src))
	}
	b.ReportAllocs()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	for _, src := range pages {
		Parse("p.md", src)
	}
	runtime.ReadMemStats(&m1)
	parse := func(src []byte, tokens func(string) tokenSource) time.Duration {
		t := time.Now()
		if p := parse("p.md", string(src), tokens); len(p.Blocks) == 0 && len(src) > 0 {
			b.Fatal("no blocks in a page")
		}
		return time.Since(t)
	}
	var lexer, withTokenizer, tokFloor, gqFloor time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, src := range pages {
			if (i+k)%2 == 0 {
				lexer += parse(src, nil)
				withTokenizer += parse(src, newTokenizer)
			} else {
				withTokenizer += parse(src, newTokenizer)
				lexer += parse(src, nil)
			}
			t := time.Now()
			z := html.NewTokenizer(bytes.NewReader(src))
			for z.Next() != html.ErrorToken {
			}
			tokFloor += time.Since(t)
			t = time.Now()
			doc, err := goquery.NewDocumentFromReader(bytes.NewReader(src))
			if err != nil {
				b.Fatal(err)
			}
			cells := 0
			doc.Find("td").Each(func(_ int, s *goquery.Selection) { cells += len(s.Text()) })
			gqFloor += time.Since(t)
		}
	}
	b.ReportMetric(float64(lexer.Nanoseconds())/float64(b.N), "ns/op")
	b.ReportMetric(float64(n)*float64(b.N)/1e6/lexer.Seconds(), "MB/s")
	b.ReportMetric(float64(m1.TotalAlloc-m0.TotalAlloc), "B/op")
	b.ReportMetric(float64(m1.Mallocs-m0.Mallocs), "allocs/op")
	b.ReportMetric(lexer.Seconds()/tokFloor.Seconds(), "x-tokenizer")
	b.ReportMetric(withTokenizer.Seconds()/lexer.Seconds(), "tokenizer-x")
	b.ReportMetric((withTokenizer-lexer).Seconds()/gqFloor.Seconds(), "lexer-saves-x-goquery")
}

// BenchmarkParse reads the seed page (spec/docs/UpdateBackup.md).
func BenchmarkParse(b *testing.B) {
	src, err := os.ReadFile(filepath.Join(testutil.ModuleRoot(), "spec", "docs", "UpdateBackup.md"))
	if err != nil {
		b.Fatal(err)
	}
	benchParse(b, [][]byte{src})
}

// BenchmarkParseCorpus reads every real page (skipped when ../shared is
// absent).
func BenchmarkParseCorpus(b *testing.B) {
	var pages [][]byte
	err := filepath.WalkDir(testutil.Shared(b, "corpus"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
			return err
		}
		src, err := os.ReadFile(p)
		pages = append(pages, src)
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	benchParse(b, pages)
}
