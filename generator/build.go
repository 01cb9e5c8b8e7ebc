package generator

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/internal/analyze"
	"github.com/docspec/docspec/generator/internal/docparse"
	"github.com/docspec/docspec/generator/internal/specbuild"
	"github.com/docspec/docspec/generator/internal/specoverlay"
	"github.com/docspec/docspec/generator/internal/specwrite"
	"github.com/docspec/docspec/generator/model"
)

// BuildOptions says which docs to read and how to describe the API.
type BuildOptions struct {
	Dirs []string // docs folders
	Tag  string   // tag given to every operation ("" = the first folder's name)
	Info specbuild.Info
	// Jobs is the number of pages analyzed at once (0 = all cores).
	Jobs int
	// Progress, if set, is called after each page with (done, total).
	Progress func(done, total int)
	// Overlay, if set, is an OpenAPI Overlay applied to the built document
	// before it is written; OverlayName is its path in diagnostics.
	Overlay     []byte
	OverlayName string
}

// BuildResult is the spec and what was learned on the way. The spec is kept
// as the YAML written (see Document for it as an *openapi3.T).
type BuildResult struct {
	API   *model.API
	YAML  []byte
	Diags diag.List
}

// Summary is the one-line account of a build.
func (r *BuildResult) Summary() string {
	pages, ops, schemas := 0, 0, 0
	if r.API != nil {
		pages, ops, schemas = r.API.Pages, len(r.API.Operations), len(r.API.Schemas)
	}
	skipped := 0
	if r.API != nil {
		skipped = r.API.Skipped
	}
	return fmt.Sprintf("docspec: %d pages read (%d without an operation), %d operations, %d schemas, %d warnings, %d errors",
		pages, skipped, ops, schemas, r.Diags.Count(diag.Warning), r.Diags.Count(diag.Error))
}

// source is one page file to read.
type source struct {
	root string // the docs folder as given
	abs  string // file to read
	rel  string // position path: slash-separated, relative to the docs root
}

// Build reads the docs folders and produces the validated spec. Problems in
// the docs are diagnostics (an error among them means no spec); the error
// return is for failures of docspec itself or of the file system.
func Build(ctx context.Context, o BuildOptions) (*BuildResult, error) {
	res := &BuildResult{}
	srcs, diags := listPages(o.Dirs)
	res.Diags = diags
	if len(srcs) == 0 && !diags.HasErrors() {
		res.Diags.Report(diag.Pos{File: displayDirs(o.Dirs)}, diag.NoPages, "no .md pages found")
	}
	results := make([]*analyze.PageResult, len(srcs))
	jobs := o.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	var next, done atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < min(jobs, max(len(srcs), 1)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf []byte // the worker's read buffer, reused from page to page
			for {
				i := int(next.Add(1) - 1)
				if i >= len(srcs) || ctx.Err() != nil {
					return
				}
				results[i] = readPage(srcs[i], &buf)
				if o.Progress != nil {
					o.Progress(int(done.Add(1)), len(srcs))
				}
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return assemble(o, res, len(srcs), results)
}

// assemble merges the page results (in any order) into the API and builds,
// validates and writes the spec.
func assemble(o BuildOptions, res *BuildResult, pages int, results []*analyze.PageResult) (*BuildResult, error) {
	tag := o.Tag
	if tag == "" && len(o.Dirs) > 0 {
		tag = defaultTag(o.Dirs[0])
	}
	api, mdiags := analyze.Merge(results, tag)
	res.API = api
	res.Diags.Append(mdiags)
	if len(api.Operations) == 0 && pages > 0 && !res.Diags.HasErrors() {
		res.Diags.Report(diag.Pos{File: displayDirs(o.Dirs)}, diag.NoOperations, "none of the %d pages documents an operation (no \"METHOD /path\" line in a URI section)", pages)
	}
	if res.Diags.HasErrors() {
		res.Diags.Sort()
		return res, nil
	}
	// The spec is built, validated and written a path item or a component
	// schema at a time (on all cores), so it is never held whole in memory.
	parts, pdiags := specbuild.NewParts(api, o.Info)
	res.Diags.Append(pdiags)
	pathDiags := make([]diag.List, len(parts.Paths))
	pathParts := make([]specwrite.Part, len(parts.Paths))
	for i, p := range parts.Paths {
		pathParts[i] = specwrite.Part{Name: p, Make: func() (any, error) {
			item, d := parts.PathItem(p)
			pathDiags[i] = d
			return item, nil
		}}
	}
	schemaDiags := make([]diag.List, len(parts.Schemas))
	schemaParts := make([]specwrite.Part, len(parts.Schemas))
	for i, name := range parts.Schemas {
		schemaParts[i] = specwrite.Part{Name: name, Make: func() (any, error) {
			s, d := parts.Schema(name)
			schemaDiags[i] = d
			return s, nil
		}}
	}
	data, err := specwrite.MarshalParts(parts.Top, pathParts, schemaParts)
	if err != nil {
		return nil, err
	}
	for _, d := range pathDiags {
		res.Diags.Append(d)
	}
	for _, d := range schemaDiags {
		res.Diags.Append(d)
	}
	res.Diags.Sort()
	if res.Diags.HasErrors() {
		return res, nil
	}
	if o.Overlay != nil {
		// An overlay edits the whole document: load what was written, apply
		// it, and write the result (overlays are small; this path is rare).
		doc, err := openapi3.NewLoader().LoadFromData(data)
		if err != nil {
			return nil, fmt.Errorf("reloading the spec for the overlay: %w", err)
		}
		doc, odiags := specoverlay.Apply(doc, o.Overlay, o.OverlayName)
		res.Diags.Append(odiags)
		res.Diags.Sort()
		if res.Diags.HasErrors() {
			return res, nil
		}
		if data, err = specwrite.Marshal(doc); err != nil {
			return nil, err
		}
	}
	res.YAML = data
	return res, nil
}

// Document loads the written spec (nil when the build had errors).
func (r *BuildResult) Document() (*openapi3.T, error) {
	if r.YAML == nil {
		return nil, nil
	}
	return openapi3.NewLoader().LoadFromData(r.YAML)
}

// readPage reads, parses and analyses one page, reading into *buf (grown as
// needed). Nothing of the result refers to the buffer: the parser copies
// what it keeps (TestPageOwnsItsStrings, FuzzParse), so the buffer serves
// the next page.
func readPage(s source, buf *[]byte) *analyze.PageResult {
	f, err := os.Open(s.abs)
	if err != nil {
		return unreadable(s, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return unreadable(s, err)
	}
	if info.Size() > docparse.MaxPageSize {
		r := &analyze.PageResult{Path: s.rel}
		r.Diags.Report(diag.Pos{File: s.rel, Line: 1}, diag.PageTooLarge, "page is %d bytes, more than the %d-byte limit; not read", info.Size(), docparse.MaxPageSize)
		return r
	}
	// One read of the size the file had, and one more to see its end (or
	// what was appended since).
	data := (*buf)[:0]
	if int64(cap(data)) < info.Size()+1 {
		data = make([]byte, 0, info.Size()+1)
	}
	defer func() { *buf = data[:0] }()
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return unreadable(s, err)
		}
		if len(data) == cap(data) {
			if len(data) > docparse.MaxPageSize {
				break // grew while read: Parse reports the size
			}
			data = append(data, 0)[:len(data)]
		}
	}
	// data is not written while the parser reads it as a string.
	r := analyze.AnalyzePage(docparse.ParseString(s.rel, unsafe.String(unsafe.SliceData(data), len(data))))
	r.Diags = capDiags(r.Diags)
	return r
}

// MaxDiagsPerCode is how many diagnostics of one code a page reports; the
// rest are counted in one more diagnostic of the same severity, so a broken
// page cannot bury the others (or fill memory across thousands of pages).
const MaxDiagsPerCode = 100

func capDiags(l diag.List) diag.List {
	count := map[diag.Code]int{}
	over := false
	for _, d := range l {
		count[d.Code]++
		over = over || count[d.Code] > MaxDiagsPerCode
	}
	if !over {
		return l
	}
	out := make(diag.List, 0, len(l))
	seen := map[diag.Code]int{}
	for _, d := range l {
		seen[d.Code]++
		switch n := seen[d.Code]; {
		case n <= MaxDiagsPerCode:
			out = append(out, d)
		case n == MaxDiagsPerCode+1:
			out.Add(d.Pos, d.Severity, diag.TooManyDiagnostics, "%d more [%s] diagnostics on this page not shown", count[d.Code]-MaxDiagsPerCode, d.Code)
		}
	}
	return out
}

func unreadable(s source, err error) *analyze.PageResult {
	r := &analyze.PageResult{Path: s.rel}
	msg := err.Error()
	if pe, ok := err.(*fs.PathError); ok {
		msg = pe.Err.Error()
	}
	r.Diags.Report(diag.Pos{File: s.rel}, diag.Unreadable, "cannot read page: %s", msg)
	return r
}

// listPages finds every .md page under the folders, in a stable order.
func listPages(dirs []string) ([]source, diag.List) {
	var out []source
	var diags diag.List
	for _, dir := range dirs {
		prefix := ""
		if len(dirs) > 1 {
			prefix = filepath.Base(filepath.Clean(dir)) + "/"
		}
		info, err := os.Stat(dir)
		if err != nil {
			diags.Report(diag.Pos{File: filepath.ToSlash(dir)}, diag.UnreadableDir, "cannot read docs folder: %v", unwrapPathErr(err))
			continue
		}
		if !info.IsDir() {
			diags.Report(diag.Pos{File: filepath.ToSlash(dir)}, diag.UnreadableDir, "not a folder")
			continue
		}
		err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			rel, _ := filepath.Rel(dir, p)
			rel = prefix + filepath.ToSlash(rel)
			if err != nil {
				diags.Report(diag.Pos{File: rel}, diag.Unreadable, "cannot read: %v", unwrapPathErr(err))
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			name := d.Name()
			if d.IsDir() {
				if p != dir && strings.HasPrefix(name, ".") {
					return fs.SkipDir
				}
				return nil
			}
			if strings.HasPrefix(name, ".") || !strings.EqualFold(path.Ext(name), ".md") {
				return nil
			}
			out = append(out, source{root: dir, abs: p, rel: rel})
			return nil
		})
		if err != nil {
			diags.Report(diag.Pos{File: filepath.ToSlash(dir)}, diag.UnreadableDir, "%v", err)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].rel < out[j].rel })
	return out, diags
}

func unwrapPathErr(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

func displayDirs(dirs []string) string {
	var s []string
	for _, d := range dirs {
		s = append(s, filepath.ToSlash(d))
	}
	return strings.Join(s, ",")
}

// defaultTag names the service after its folder: ".../cbr/zh-cn" → "cbr".
func defaultTag(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = dir
	}
	base := filepath.Base(abs)
	if isLang(base) || base == "docs" {
		if b := filepath.Base(filepath.Dir(abs)); b != "." && b != "/" && b != "spec" {
			return b
		}
	}
	return base
}

func isLang(s string) bool {
	s = strings.ToLower(s)
	return strings.HasPrefix(s, "zh-cn") || strings.HasPrefix(s, "en-us") || s == "zh" || s == "en"
}
