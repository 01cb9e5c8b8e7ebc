package docparse

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/docspec/docspec/internal/testutil"
)

// benchParse times Parse over the pages (ns/op), and in the same
// iterations, untimed, three more passes over the same bytes:
//
//   - Parse with x/net/html's tokenizer in place of the lexer;
//   - the tokenizer floor: the tokenizer over every byte, all tokens;
//   - the goquery floor: a goquery document per page and the text of every
//     <td> (BenchmarkBuild's floor in the generator package).
//
// x-tokenizer is Parse's time over the tokenizer floor's; tokenizer-x is
// Parse-with-the-tokenizer's time over Parse's; lexer-saves-x-goquery is
// the time the lexer saves, over the goquery floor's: the share of docs →
// spec's budget (2x the goquery floor) that the lexer buys.
func benchParse(b *testing.B, pages map[string][]byte) {
	n := int64(0)
	for _, src := range pages {
		n += int64(len(src))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	parseAll := func(tokens func(string) tokenSource) {
		for name, src := range pages {
			if p := parse(name, string(src), tokens); len(p.Blocks) == 0 && len(src) > 0 {
				b.Fatal("no blocks in " + name)
			}
		}
	}
	var lexer, withTokenizer, tokFloor, gqFloor time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		parseAll(nil)
		lexer += time.Since(t0)
		b.StopTimer()
		t1 := time.Now()
		parseAll(newTokenizer)
		t2 := time.Now()
		for _, src := range pages {
			z := html.NewTokenizer(bytes.NewReader(src))
			for z.Next() != html.ErrorToken {
			}
		}
		t3 := time.Now()
		for _, src := range pages {
			doc, err := goquery.NewDocumentFromReader(bytes.NewReader(src))
			if err != nil {
				b.Fatal(err)
			}
			n := 0
			doc.Find("td").Each(func(_ int, s *goquery.Selection) { n += len(s.Text()) })
		}
		gqFloor += time.Since(t3)
		withTokenizer += t2.Sub(t1)
		tokFloor += t3.Sub(t2)
		b.StartTimer()
	}
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
