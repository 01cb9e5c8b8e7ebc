package generator

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/internal/testutil"
)

// sharedDir returns ../shared beside the module root, if it is there.
func sharedDir() (string, bool) {
	dir := filepath.Join(testutil.ModuleRoot(), "..", "shared")
	st, err := os.Stat(dir)
	return dir, err == nil && st.IsDir()
}

// corpus is a set of docs folders, each built as its own spec (one service
// reference per folder), and the pages in them.
type corpus struct {
	name  string
	dirs  []string
	pages []string
	bytes int64
}

func newCorpus(tb testing.TB, name string, dirs []string) *corpus {
	tb.Helper()
	c := &corpus{name: name, dirs: dirs}
	for _, dir := range dirs {
		srcs, diags := listPages([]string{dir})
		if diags.HasErrors() {
			tb.Fatalf("listing %s: %v", dir, diags)
		}
		for _, s := range srcs {
			c.pages = append(c.pages, s.abs)
			if st, err := os.Stat(s.abs); err == nil {
				c.bytes += st.Size()
			}
		}
	}
	if len(c.pages) == 0 {
		tb.Skipf("no pages in %v", dirs)
	}
	return c
}

// benchCorpora are the real folders: the CBR reference and every docs folder
// of the corpus when ../shared is present, and the folders (or trees of
// folders) listed in $DOCSPEC_BENCH_DOCS, separated by the OS's path list
// separator, as one more corpus named "docs" — so the same benchmarks and
// ratios can be measured on any documentation at hand.
func benchCorpora(tb testing.TB) []*corpus {
	var out []*corpus
	if extra := os.Getenv("DOCSPEC_BENCH_DOCS"); extra != "" {
		var dirs []string
		for _, root := range filepath.SplitList(extra) {
			dirs = append(dirs, testutil.DocFolders(tb, root)...)
		}
		if len(dirs) == 0 {
			tb.Fatalf("DOCSPEC_BENCH_DOCS=%s: no folder with .md pages", extra)
		}
		out = append(out, newCorpus(tb, "docs", dirs))
	}
	if shared, ok := sharedDir(); ok {
		cbr := filepath.Join(shared, "corpus", "cbr", "zh-cn")
		if _, err := os.Stat(cbr); err == nil {
			out = append(out, newCorpus(tb, "cbr", []string{cbr}))
		}
		if dirs := testutil.DocFolders(tb, filepath.Join(shared, "corpus")); len(dirs) > 0 {
			out = append(out, newCorpus(tb, "corpus", dirs))
		}
	}
	if len(out) == 0 {
		tb.Skip("no documentation folders: ../shared is absent and DOCSPEC_BENCH_DOCS is not set")
	}
	return out
}

// build builds every folder of the corpus as its own spec and returns the
// number of error diagnostics (the parser does not cover every page yet:
// folders with errors stop before the spec is built, and are measured anyway).
func (c *corpus) build(tb testing.TB, jobs int) int {
	errs := 0
	for _, dir := range c.dirs {
		res, err := Build(context.Background(), BuildOptions{Dirs: []string{dir}, Jobs: jobs})
		if err != nil {
			tb.Fatal(err)
		}
		errs += res.Diags.Count(diag.Error)
	}
	return errs
}

// eachPage reads every page and calls fn on its bytes, jobs pages at once
// (0 = all cores), like Build does.
func (c *corpus) eachPage(jobs int, fn func([]byte)) {
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(c.pages) {
					return
				}
				data, err := os.ReadFile(c.pages[i])
				if err != nil {
					panic(err)
				}
				fn(data)
			}
		}()
	}
	wg.Wait()
}

// tokenizerFloor runs x/net/html's tokenizer over every byte of every page.
func (c *corpus) tokenizerFloor(jobs int) {
	c.eachPage(jobs, func(data []byte) {
		z := html.NewTokenizer(bytes.NewReader(data))
		for z.Next() != html.ErrorToken {
		}
	})
}

// goqueryFloor builds a goquery document of every page and reads every cell.
func (c *corpus) goqueryFloor(jobs int) {
	c.eachPage(jobs, func(data []byte) {
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(data))
		if err != nil {
			panic(err)
		}
		n := 0
		doc.Find("td").Each(func(_ int, s *goquery.Selection) { n += len(s.Text()) })
	})
}

// BenchmarkBuild measures docs → spec (generator.Build: read, parse, analyze,
// merge, build, validate, write YAML) over the CBR reference and over every
// docs folder of the corpus (one Build per folder), sequentially (jobs=1)
// and on all cores (jobs=0). ns/op is the Build time alone. In the same
// iterations it measures two floors over the same files with the same
// parallelism: x/net/html's tokenizer over every byte, and a goquery
// document per page with the text of every <td>; x-tokenizer and x-goquery
// are Build's time divided by each floor's.
func BenchmarkBuild(b *testing.B) {
	for _, c := range benchCorpora(b) {
		for _, jobs := range []int{1, 0} {
			b.Run(fmt.Sprintf("%s/jobs=%d", c.name, jobs), func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(c.bytes)
				errs := c.build(b, jobs) // warm the page cache
				if errs > 0 {
					b.Logf("%s: %d error diagnostics (folders with errors stop before specbuild)", c.name, errs)
				}
				var ours, tok, gq time.Duration
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					t0 := time.Now()
					c.build(b, jobs)
					ours += time.Since(t0)
					b.StopTimer()
					t1 := time.Now()
					c.tokenizerFloor(jobs)
					t2 := time.Now()
					c.goqueryFloor(jobs)
					t3 := time.Now()
					tok += t2.Sub(t1)
					gq += t3.Sub(t2)
					b.StartTimer()
				}
				b.ReportMetric(float64(len(c.pages)), "pages")
				b.ReportMetric(float64(ours.Microseconds())/float64(b.N)/float64(len(c.pages)), "µs/page")
				b.ReportMetric(float64(tok.Microseconds())/float64(b.N)/1000, "tokenizer-ms")
				b.ReportMetric(float64(gq.Microseconds())/float64(b.N)/1000, "goquery-ms")
				b.ReportMetric(ours.Seconds()/tok.Seconds(), "x-tokenizer")
				b.ReportMetric(ours.Seconds()/gq.Seconds(), "x-goquery")
			})
		}
	}
}

// BenchmarkBuildJobs measures the same Build sequentially (Jobs: 1) and on
// all cores (Jobs: 0) in the same iterations; x-speedup is sequential time
// divided by concurrent time.
func BenchmarkBuildJobs(b *testing.B) {
	for _, c := range benchCorpora(b) {
		b.Run(c.name, func(b *testing.B) {
			c.build(b, 0)
			var seq, par time.Duration
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				c.build(b, 1)
				t1 := time.Now()
				c.build(b, 0)
				t2 := time.Now()
				seq += t1.Sub(t0)
				par += t2.Sub(t1)
			}
			b.ReportMetric(float64(seq.Microseconds())/float64(b.N)/1000, "seq-ms")
			b.ReportMetric(float64(par.Microseconds())/float64(b.N)/1000, "par-ms")
			b.ReportMetric(seq.Seconds()/par.Seconds(), "x-speedup")
		})
	}
}
