package analyze

import (
	"strings"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/internal/docparse"
)

// sectionBlocks is one "## Title" section of a page and its blocks.
type sectionBlocks struct {
	kind   section
	title  string
	pos    diag.Pos
	blocks []docparse.Block
}

// sections splits a page at its headings: the title (the first "# " line)
// and one section per "## " heading; blocks before the first such heading
// belong to the title's section.
func sections(page *docparse.Page) (title *docparse.Block, secs []*sectionBlocks) {
	cur := &sectionBlocks{kind: secTitle}
	secs = append(secs, cur)
	start := 0
	flush := func(end int) {
		if end > start {
			cur.blocks = append(cur.blocks, page.Blocks[start:end]...)
		}
	}
	for i := range page.Blocks {
		b := &page.Blocks[i]
		if b.Kind != docparse.Heading {
			continue
		}
		flush(i)
		start = i + 1
		if b.Level == 1 && title == nil {
			title = b
			continue
		}
		cur = &sectionBlocks{kind: classifySection(b.Text), title: b.Text, pos: b.Pos}
		secs = append(secs, cur)
	}
	flush(len(page.Blocks))
	return title, secs
}

// of returns the sections of a kind, in page order.
func of(secs []*sectionBlocks, k section) []*sectionBlocks {
	var out []*sectionBlocks
	for _, s := range secs {
		if s.kind == k {
			out = append(out, s)
		}
	}
	return out
}

// joinText joins a section's text lines into a description.
func joinText(blocks []docparse.Block) string {
	var parts []string
	for _, b := range blocks {
		if b.Kind == docparse.Text {
			parts = append(parts, strings.TrimSpace(docparse.Unescape(b.Text)))
		}
	}
	return strings.Join(parts, "\n\n")
}
