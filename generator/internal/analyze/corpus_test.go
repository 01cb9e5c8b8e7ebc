package analyze

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/docspec/docspec/generator/internal/docparse"
	"github.com/docspec/docspec/internal/testutil"
)

var (
	corpusOnce  sync.Once
	corpusPages []*docparse.Page
)

// corpusPagesIfPresent parses every page of ../shared/corpus once; nil when
// the corpus is absent.
func corpusPagesIfPresent() []*docparse.Page {
	corpusOnce.Do(func() {
		root := filepath.Join(testutil.ModuleRoot(), "..", "shared", "corpus")
		_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() || !strings.EqualFold(filepath.Ext(p), ".md") {
				return nil
			}
			data, err := os.ReadFile(p)
			if err != nil || len(data) > docparse.MaxPageSize {
				return nil
			}
			rel, _ := filepath.Rel(root, p)
			corpusPages = append(corpusPages, docparse.Parse(rel, data))
			return nil
		})
	})
	return corpusPages
}

// corpusPagesOf is corpusPagesIfPresent, skipping when the corpus is absent.
func corpusPagesOf(tb testing.TB) []*docparse.Page {
	tb.Helper()
	pages := corpusPagesIfPresent()
	if len(pages) == 0 {
		tb.Skip("shared corpus not available: skipping")
	}
	return pages
}

// corpusTexts returns every text the analysis may look at: text and code
// blocks (and their lines), headings, captions, anchors, every cell's
// paragraphs, its line and its links; nil when the corpus is absent.
func corpusTexts() []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	cellTexts := func(c docparse.Cell) {
		add(c.Line())
		for _, p := range c.Paras {
			add(p.Text)
			for _, s := range p.Strong {
				add(s)
			}
		}
		for _, l := range c.Links {
			add(l.Href)
			add(l.Text)
		}
	}
	for _, pg := range corpusPagesIfPresent() {
		for _, b := range pg.Blocks {
			add(b.Text)
			add(b.Anchor)
			if b.Kind == docparse.Code || b.Kind == docparse.Text {
				for _, l := range strings.Split(b.Text, "\n") {
					add(l)
					add(strings.TrimSpace(l))
				}
			}
			if t := b.Table; t != nil {
				add(t.Caption)
				add(t.Anchor)
				for _, h := range t.Header {
					cellTexts(h)
				}
				for _, r := range t.Rows {
					for _, c := range r.Cells {
						cellTexts(c)
					}
				}
			}
		}
	}
	return out
}

// BenchmarkAnalyzeCorpus analyzes every parsed page of the corpus.
func BenchmarkAnalyzeCorpus(b *testing.B) {
	pages := corpusPagesOf(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			AnalyzePage(p)
		}
	}
}
