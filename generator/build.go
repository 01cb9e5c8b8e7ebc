package generator

import (
	"context"
	"errors"
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
	"syscall"
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
	// Ignore lists codes whose diagnostics are dropped from the result and
	// only counted (BuildResult.Ignored). Errors are never dropped (CheckCode
	// tells a list's mistakes).
	Ignore []diag.Code
	// Strict names the warnings that fail the build: with any of them,
	// there is no spec (BuildResult.StrictFailures says how many).
	Strict Strict
}

// BuildResult is the spec and what was learned on the way. The spec is kept
// as the YAML written (see Document for it as an *openapi3.T); it is nil
// when the build failed (Failed).
type BuildResult struct {
	API  *model.API
	YAML []byte
	// Diags are the diagnostics shown to the user, sorted, with positions
	// ready to print: a page as the docs folder given joined with the page's
	// path in it, a problem with a folder or the whole document at the docs
	// folder. (The spec's x-docspec-source stays relative to the docs root.)
	Diags diag.List
	// Pages counts the pages found: read into an operation, read without
	// one (overviews, error-code lists), or left out by a problem that costs
	// a page (the diagnostic says why).
	Pages, WithoutOperation, LeftOut int
	// Ignored counts the diagnostics dropped by BuildOptions.Ignore.
	Ignored int
	// StrictFailures counts the warnings that fail the build under
	// BuildOptions.Strict.
	StrictFailures int
}

// Failed reports whether the build produced no spec: an error, or a warning
// that strict mode does not allow.
func (r *BuildResult) Failed() bool { return r.Diags.HasErrors() || r.StrictFailures > 0 }

// Summary is the one-line account of a build: pages found and what became of
// them, what the spec holds, and the diagnostics with what the warnings cost
// (only the kinds that occur, in a fixed order):
//
//	docspec: 58 pages read (18 without an operation, 1 left out), 39 operations, 112 schemas, 1010 table rows (967 used, 43 reported), 96 warnings (1 page left out, 2 parts left out, 40 fields degraded), 5 ignored, 0 errors
func (r *BuildResult) Summary() string {
	ops, schemas, versions := 0, 0, 0
	if r.API != nil {
		ops, schemas, versions = len(r.API.Operations), len(r.API.Schemas), r.API.Versions
	}
	var b strings.Builder
	var rows model.TableRows
	if r.API != nil {
		rows = r.API.Rows
	}
	opsText := counted(ops, "operation")
	if versions > 0 {
		opsText += fmt.Sprintf(" (%d in another version of the API)", versions)
	}
	fmt.Fprintf(&b, "docspec: %s read (%d without an operation, %d left out), %s, %s, %s (%d used, %d reported), %s",
		counted(r.Pages, "page"), r.WithoutOperation, r.LeftOut, opsText, counted(schemas, "schema"),
		counted(rows.Read, "table row"), rows.Used, rows.Reported, counted(r.Diags.Count(diag.Warning), "warning"))
	byCost := map[diag.Cost]int{}
	for _, d := range r.Diags {
		if d.Severity == diag.Warning {
			byCost[d.Cost()]++
		}
	}
	sep := " ("
	for _, c := range []struct {
		cost diag.Cost
		what string
	}{{diag.Page, "page"}, {diag.Part, "part"}, {diag.Field, "field"}} {
		if n := byCost[c.cost]; n > 0 {
			what := " left out"
			if c.cost == diag.Field {
				what = " degraded"
			}
			fmt.Fprintf(&b, "%s%s%s", sep, counted(n, c.what), what)
			sep = ", "
		}
	}
	if sep == ", " {
		b.WriteString(")")
	}
	if r.Ignored > 0 {
		fmt.Fprintf(&b, ", %d ignored", r.Ignored)
	}
	fmt.Fprintf(&b, ", %s", counted(r.Diags.Count(diag.Error), "error"))
	return b.String()
}

// counted is n and the noun, plural unless n is 1: "1 page", "0 errors".
func counted(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// StrictLine is the last line of a build that strict mode failed ("" when
// it did not).
func (r *BuildResult) StrictLine() string {
	if r.StrictFailures == 0 {
		return ""
	}
	return fmt.Sprintf("docspec: strict mode failed the run because of %s; nothing written", counted(r.StrictFailures, "warning"))
}

// source is one page file to read.
type source struct {
	abs     string // file to read
	rel     string // position in the spec: slash-separated, relative to the docs root
	display string // position in diagnostics: the docs folder as given joined with the page's path
	// notRegular, when set, says why the entry is not read: it is not a
	// regular file (a named pipe would block the read; a device, a socket
	// or a folder is not a page).
	notRegular string
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
	ignore := codeSet(o.Ignore)
	pages := make([]page, len(srcs))
	jobs := o.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	var next, done atomic.Int64
	var wg sync.WaitGroup
	session := new(analyze.Session) // what the pages write alike, read once
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
				pages[i] = readPage(srcs[i], &buf, ignore, session)
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
	return assemble(o, res, srcs, pages)
}

// page is what the build keeps of one page.
type page struct {
	*analyze.PageResult
	ignored int  // diagnostics dropped by BuildOptions.Ignore
	leftOut bool // a diagnostic costs the page (ignored or not)
}

// assemble merges the page results (in any order) into the API and builds,
// validates and writes the spec.
func assemble(o BuildOptions, res *BuildResult, srcs []source, pages []page) (*BuildResult, error) {
	res, err := assembleSpec(o, res, srcs, pages)
	if err != nil {
		return nil, err
	}
	var n int
	res.Diags, n = drop(res.Diags, codeSet(o.Ignore))
	res.Ignored += n
	res.Diags.Sort()
	for _, d := range res.Diags {
		if o.Strict.Fails(d) {
			res.StrictFailures++
		}
	}
	if res.Failed() {
		res.YAML = nil
	}
	return res, nil
}

func assembleSpec(o BuildOptions, res *BuildResult, srcs []source, pages []page) (*BuildResult, error) {
	tag := o.Tag
	if tag == "" && len(o.Dirs) > 0 {
		tag = defaultTag(o.Dirs[0])
	}
	// Positions of the pages' and the spec's diagnostics are made ready to
	// print; anything not on a page is about the whole document, which comes
	// from the docs folders.
	display := make(map[string]string, len(srcs))
	for _, s := range srcs {
		display[s.rel] = s.display
	}
	whole := displayDirs(o.Dirs)
	shown := func(l diag.List) diag.List {
		for i := range l {
			if p, ok := display[l[i].Pos.File]; ok {
				l[i].Pos.File = p
			} else {
				l[i].Pos = diag.Pos{File: whole}
			}
		}
		return l
	}

	results := make([]*analyze.PageResult, len(pages))
	for i, p := range pages {
		results[i] = p.PageResult
		res.Ignored += p.ignored
	}
	// Fields typed by a table on another page are read now that every page
	// is: only the linked pages are read again.
	xr := analyze.ResolveExternal(results, loadPage(srcs))
	xdiags, n := drop(xr.Diags, codeSet(o.Ignore))
	res.Ignored += n
	res.Diags.Append(shown(xdiags))
	api, mdiags := analyze.Merge(results, tag)
	api.Rows.Add(xr.Rows)
	res.API = api
	countPages(res, pages, mdiags)
	res.Diags.Append(shown(mdiags))
	if len(api.Operations) == 0 && len(srcs) > 0 && !res.Diags.HasErrors() {
		which := fmt.Sprintf("none of the %d pages documents", len(srcs))
		if len(srcs) == 1 {
			which = "the one page does not document"
		}
		res.Diags.Report(diag.Pos{File: whole}, diag.NoOperations, "%s an operation (no \"METHOD /path\" line in a URI section)", which)
	}
	if res.Diags.HasErrors() {
		return res, nil
	}
	// The spec is built, validated and written a path item or a component
	// schema at a time (on all cores), so it is never held whole in memory.
	parts, pdiags := specbuild.NewParts(api, o.Info)
	res.Diags.Append(shown(pdiags))
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
		res.Diags.Append(shown(d))
	}
	for _, d := range schemaDiags {
		res.Diags.Append(shown(d))
	}
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

// countPages sorts the pages into read with an operation, read without one,
// and left out: a page with a diagnostic that costs a page (its own, even if
// ignored, or the merge's, like a duplicate operation) is left out, whatever
// else it holds.
func countPages(res *BuildResult, pages []page, merged diag.List) {
	byMerge := map[string]bool{}
	for _, d := range merged {
		if d.Cost() == diag.Page {
			byMerge[d.Pos.File] = true
		}
	}
	res.Pages = len(pages)
	for _, r := range pages {
		switch {
		case r.leftOut || byMerge[r.Path]:
			res.LeftOut++
		case r.Operation == nil:
			res.WithoutOperation++
		}
	}
}

// codeSet is a list of codes as a set (nil for none).
func codeSet(codes []diag.Code) map[diag.Code]bool {
	if len(codes) == 0 {
		return nil
	}
	m := make(map[diag.Code]bool, len(codes))
	for _, c := range codes {
		m[c] = true
	}
	return m
}

// drop removes the diagnostics of the ignored codes, errors excepted, and
// says how many it removed.
func drop(l diag.List, ignore map[diag.Code]bool) (diag.List, int) {
	if len(ignore) == 0 {
		return l, 0
	}
	out := l[:0]
	for _, d := range l {
		if ignore[d.Code] && d.Severity != diag.Error {
			continue
		}
		out = append(out, d)
	}
	return out, len(l) - len(out)
}

// Document loads the written spec (nil when the build had errors).
func (r *BuildResult) Document() (*openapi3.T, error) {
	if r.YAML == nil {
		return nil, nil
	}
	return openapi3.NewLoader().LoadFromData(r.YAML)
}

// readPage reads, parses and analyses one page (see readFile), drops the
// ignored diagnostics and caps the others. Ignored diagnostics go before
// the cap, so that they are counted exactly and take no one's place.
func readPage(s source, buf *[]byte, ignore map[diag.Code]bool, session *analyze.Session) page {
	p := page{PageResult: readFile(s, buf, session)}
	for _, d := range p.Diags {
		p.leftOut = p.leftOut || d.Cost() == diag.Page
	}
	p.Diags, p.ignored = drop(p.Diags, ignore)
	p.Diags = capDiags(p.Diags)
	return p
}

// readFile reads, parses and analyses one page in the build's session,
// reading into *buf (grown as needed). Nothing of the result refers to the
// buffer: the parser copies what it keeps (TestPageOwnsItsStrings,
// FuzzParse), so the buffer serves the next page.
func readFile(s source, buf *[]byte, session *analyze.Session) *analyze.PageResult {
	pg, err := parseFile(s, buf)
	var large tooLarge
	switch {
	case errors.As(err, &large):
		r := &analyze.PageResult{Path: s.rel}
		r.Diags.Report(diag.Pos{File: s.rel, Line: 1}, diag.PageTooLarge, "%v; not read", err)
		return r
	case err != nil:
		return unreadable(s, err)
	}
	return session.AnalyzePage(pg)
}

// tooLarge is the size of a page over docparse.MaxPageSize, never read.
type tooLarge int64

func (n tooLarge) Error() string {
	return fmt.Sprintf("page is %d bytes, more than the %d-byte limit", int64(n), docparse.MaxPageSize)
}

// parseFile reads and parses one page, reading into *buf (grown as
// needed; the page keeps no reference to it).
func parseFile(s source, buf *[]byte) (*docparse.Page, error) {
	if s.notRegular != "" {
		return nil, errors.New(s.notRegular)
	}
	// Never blocks: the entry was a regular file when listed, and should it
	// have become a named pipe since, O_NONBLOCK opens it without waiting
	// for a writer and the check below turns it away.
	f, err := os.OpenFile(s.abs, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, errors.New(notRegular(info.Mode(), ""))
	}
	if info.Size() > docparse.MaxPageSize {
		return nil, tooLarge(info.Size())
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
			return nil, err
		}
		if len(data) == cap(data) {
			if len(data) > docparse.MaxPageSize {
				break // grew while read: Parse reports the size
			}
			data = append(data, 0)[:len(data)]
		}
	}
	// data is not written while the parser reads it as a string.
	return docparse.ParseString(s.rel, unsafe.String(unsafe.SliceData(data), len(data))), nil
}

// loadPage reads the pages that other pages link to, by their path in the
// spec (source.rel); a path that is no page of the docs folders is
// fs.ErrNotExist.
func loadPage(srcs []source) analyze.Loader {
	var buf []byte
	var byRel map[string]int
	return func(rel string) (*docparse.Page, error) {
		if byRel == nil {
			byRel = make(map[string]int, len(srcs))
			for i, s := range srcs {
				byRel[s.rel] = i
			}
		}
		i, ok := byRel[rel]
		if !ok {
			return nil, fs.ErrNotExist
		}
		return parseFile(srcs[i], &buf)
	}
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
	r.Diags.Report(diag.Pos{File: s.rel}, diag.Unreadable, "cannot read page: %v", unwrapPathErr(err))
	return r
}

// notRegular says what kind of entry a page path names, when it is not a
// regular file; link is "a symlink to " when the path is a symlink.
func notRegular(m fs.FileMode, link string) string {
	var kind string
	switch {
	case m&fs.ModeNamedPipe != 0:
		kind = "a named pipe"
	case m&fs.ModeSocket != 0:
		kind = "a socket"
	case m&fs.ModeDevice != 0:
		kind = "a device"
	default:
		kind = "not a file"
	}
	return "not a regular file: " + link + kind
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
		root := dir
		if li, err := os.Lstat(dir); err == nil && li.Mode()&fs.ModeSymlink != 0 {
			// A docs folder given as a symlink is read: the walk starts at
			// its target (a trailing separator makes the walk follow it),
			// and the pages keep the paths the folder was given by.
			root = strings.TrimRight(dir, string(filepath.Separator)) + string(filepath.Separator)
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				diags.Report(diag.Pos{File: filepath.ToSlash(p)}, diag.Unreadable, "cannot read: %v", unwrapPathErr(err))
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
			if strings.HasPrefix(name, ".") {
				return nil
			}
			// A symlink's target, known without opening it (Stat follows the
			// link; a dangling link or a loop is left to the open, which
			// fails at once and says why). A link to a folder, whatever its
			// name, is not followed.
			var target fs.FileInfo
			if d.Type()&fs.ModeSymlink != 0 {
				target, _ = os.Stat(p)
				if target != nil && target.IsDir() {
					diags.Report(diag.Pos{File: filepath.ToSlash(p)}, diag.FolderLink, "a symlink to a folder: not followed, the pages under it are not read")
					return nil
				}
			}
			if !strings.EqualFold(path.Ext(name), ".md") {
				return nil
			}
			rel, _ := filepath.Rel(dir, p)
			s := source{abs: p, rel: prefix + filepath.ToSlash(rel), display: filepath.ToSlash(p)}
			// The entry's type, known without opening it: only regular
			// files are read (a named pipe would block the read forever).
			switch t := d.Type(); {
			case t.IsRegular():
			case t&fs.ModeSymlink != 0:
				if target != nil && !target.Mode().IsRegular() {
					s.notRegular = notRegular(target.Mode(), "a symlink to ")
				}
			default:
				s.notRegular = notRegular(t, "")
			}
			out = append(out, s)
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
