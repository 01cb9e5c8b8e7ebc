package generator_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator"
	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/model"
	"github.com/docspec/docspec/internal/testutil"
)

// corpusFolder is one docs folder of ../shared/corpus and what became of it.
type corpusFolder struct {
	rel     string // e.g. cbr/zh-cn
	dir     string // absolute
	pkg     string // Go package generated from it
	opPages int    // pages documenting an operation, counted apart from docspec (MANIFEST.tsv; -1 unknown)
	res     *generator.BuildResult
	invalid error // the spec does not reload or validate with kin-openapi's default options
	// Go (TestCorpusGo): generation's error, go vet's findings.
	genErr error
	vet    []string
}

var (
	corpusOnce    sync.Once
	corpusFolders []*corpusFolder
	corpusErr     error
	corpusTime    time.Duration
)

// buildCorpus builds every docs folder of ../shared/corpus once for the
// tests of this file.
func buildCorpus(t *testing.T) []*corpusFolder {
	t.Helper()
	root := testutil.Shared(t, "corpus")
	manifest := readManifest(t)
	dirs := testutil.DocFolders(t, root)
	corpusOnce.Do(func() {
		start := time.Now()
		pkgs := map[string]bool{}
		for _, dir := range dirs {
			rel, err := filepath.Rel(root, dir)
			if err != nil {
				corpusErr = err
				return
			}
			rel = filepath.ToSlash(rel)
			f := &corpusFolder{rel: rel, dir: dir, pkg: packageName(rel, pkgs), opPages: -1}
			if n, ok := manifest[rel]; ok {
				f.opPages = n
			}
			if f.res, err = generator.Build(context.Background(), generator.BuildOptions{Dirs: []string{dir}}); err != nil {
				corpusErr = fmt.Errorf("%s: %w", rel, err)
				return
			}
			if !f.res.Failed() {
				doc, err := openapi3.NewLoader().LoadFromData(f.res.YAML)
				if err == nil {
					err = doc.Validate(context.Background())
				}
				f.invalid = err
			}
			corpusFolders = append(corpusFolders, f)
		}
		corpusTime = time.Since(start)
	})
	require.NoError(t, corpusErr)
	require.NotEmpty(t, corpusFolders)
	return corpusFolders
}

// TestCorpus builds every docs folder of ../shared/corpus (the CBR history
// included) and pins what docspec reports on real pages:
//
//   - testdata/corpus/<folder>.golden: the summary line and every
//     diagnostic as "page.md:LINE code", so that any change in what docspec
//     reports on real pages shows as a reviewable diff;
//   - testdata/corpus.golden: one line per folder — whether it builds, its
//     operations against the operation pages MANIFEST.tsv counts, and the
//     summary line — so progress shows as a diff too.
//
// Every folder must build, and give a spec that reloads and validates with
// kin-openapi's default options (examples included). Nothing on an
// operation page is dropped silently: every table row is used or reported.
func TestCorpus(t *testing.T) {
	folders := buildCorpus(t)
	t.Logf("built %d folders in %v", len(folders), corpusTime.Round(time.Millisecond))
	var rows model.TableRows
	for _, f := range folders {
		assert.False(t, f.res.Failed(), "%s does not build:\n%s", f.rel, f.res.Diags)
		assert.NoError(t, f.invalid, "%s: the spec does not validate", f.rel)
		if api := f.res.API; api != nil {
			r := api.Rows
			assert.Equal(t, r.Read, r.Used+r.Reported, "%s: table rows neither used nor reported", f.rel)
			rows.Add(r)
		}
		testutil.Golden(t, filepath.Join("testdata", "corpus", strings.ReplaceAll(f.rel, "/", "_")+".golden"),
			corpusDiagnostics(f.res, filepath.ToSlash(f.dir)))
		if api := f.res.API; api != nil {
			assert.Equal(t, f.res.Pages+api.Versions, len(api.Operations)+f.res.WithoutOperation+f.res.LeftOut,
				"%s: every page gives an operation (and one in each other version it writes), documents none, or is left out", f.rel)
		}
	}
	t.Logf("table rows of the operation pages: %d read, %d used, %d reported", rows.Read, rows.Used, rows.Reported)
	testutil.Golden(t, filepath.Join("testdata", "corpus.golden"), corpusSummary(folders))
}

// TestCorpusGo generates Go (default targets) from every folder that builds
// and checks that it compiles and passes go vet. The Go of all folders goes
// into one temporary module, one package per folder, checked by one
// go vet ./... (its type check is the compiler's; shared dependencies
// compile once). testdata/corpus-go.golden pins each folder's result: a
// folder whose Go does not generate, compile or vet fails the test, and the
// golden says why.
func TestCorpusGo(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode: generating and vetting the Go of every corpus folder takes minutes")
	}
	folders := buildCorpus(t)
	start := time.Now()
	mod := goModule(t)
	for _, f := range folders {
		if f.res.Failed() {
			continue
		}
		files, _, err := generator.GenerateOutputs(f.res.YAML, generator.GoOptions{Package: f.pkg, Targets: generator.DefaultTargets}, filepath.Join(mod, f.pkg))
		if err != nil {
			f.genErr = err
			continue
		}
		for _, o := range files {
			require.NoError(t, os.MkdirAll(filepath.Dir(o.Path), 0o755))
			require.NoError(t, os.WriteFile(o.Path, o.Data, 0o644))
		}
	}
	generated := time.Since(start)
	start = time.Now()
	out, vetErr := goCommand(mod, "vet", "./...")
	vetted := time.Since(start)
	if vetErr != nil {
		blamed := attributeVet(folders, out)
		require.True(t, blamed, "go vet ./... failed, and no package is to blame:\n%s", out)
	}
	built, clean := 0, 0
	for _, f := range folders {
		if !f.res.Failed() {
			built++
			if f.genErr == nil && len(f.vet) == 0 {
				clean++
			}
		}
	}
	for _, f := range folders {
		if !f.res.Failed() {
			assert.NoError(t, f.genErr, "%s: Go generation", f.rel)
			assert.Empty(t, f.vet, "%s: go vet", f.rel)
		}
	}
	golden := corpusGo(folders)
	t.Logf("%d of %d folders build; the Go of %d compiles and passes go vet. Go generated in %v, go vet ./... in %v.\n%s",
		built, len(folders), clean, generated.Round(time.Millisecond), vetted.Round(time.Millisecond), golden)
	testutil.Golden(t, filepath.Join("testdata", "corpus-go.golden"), golden)
}

// corpusDiagnostics is a folder's golden: the summary line, then each
// diagnostic as its page (relative to the folder), line and code; a problem
// with the folder itself is at ".".
func corpusDiagnostics(res *generator.BuildResult, dir string) []byte {
	var b bytes.Buffer
	b.WriteString(strings.TrimPrefix(res.Summary(), "docspec: ") + "\n")
	for _, d := range res.Diags {
		file := strings.TrimPrefix(d.Pos.File, dir+"/")
		if d.Pos.File == dir {
			file = "."
		}
		if d.Pos.Line > 0 {
			file += ":" + strconv.Itoa(d.Pos.Line)
		}
		sev := ""
		if d.Severity != diag.Warning {
			sev = " (" + d.Severity.String() + ")"
		}
		fmt.Fprintf(&b, "%s %s%s\n", file, d.Code, sev)
	}
	return b.Bytes()
}

// corpusSummary is one line per folder: whether it builds, its operations
// against MANIFEST's operation pages, and the diagnostics' counts.
func corpusSummary(folders []*corpusFolder) []byte {
	var b bytes.Buffer
	built := 0
	for _, f := range folders {
		if !f.res.Failed() {
			built++
		}
	}
	fmt.Fprintf(&b, "%d of %d folders build\n", built, len(folders))
	for _, f := range folders {
		status := "builds"
		if f.res.Failed() {
			status = "fails "
		}
		ops := 0
		if f.res.API != nil {
			ops = len(f.res.API.Operations) - f.res.API.Versions // the pages that give one
		}
		manifest := "?"
		if f.opPages >= 0 {
			manifest = strconv.Itoa(f.opPages)
		}
		summary := strings.TrimPrefix(f.res.Summary(), "docspec: ")
		fmt.Fprintf(&b, "%s %s: %d of %s operation pages; %s\n", status, f.rel, ops, manifest, summary)
		if f.invalid != nil {
			fmt.Fprintf(&b, "    the spec fails kin-openapi's validation: %s\n", firstLine(f.invalid.Error()))
		}
	}
	return b.Bytes()
}

// corpusGo is one line per folder that builds: its Go compiles and passes
// go vet, or what fails (numbers in messages are left out: they move with
// every change to the docs or the generator).
func corpusGo(folders []*corpusFolder) []byte {
	var b bytes.Buffer
	for _, f := range folders {
		switch {
		case f.res.Failed():
			continue
		case f.genErr != nil:
			fmt.Fprintf(&b, "%s: Go generation fails: %s\n", f.rel, numbers.ReplaceAllString(firstLine(f.genErr.Error()), "N"))
		case len(f.vet) > 0:
			fmt.Fprintf(&b, "%s: go vet reports %d problems, first: %s\n", f.rel, len(f.vet), numbers.ReplaceAllString(f.vet[0], "N"))
		default:
			fmt.Fprintf(&b, "%s: compiles and passes go vet\n", f.rel)
		}
	}
	return b.Bytes()
}

var numbers = regexp.MustCompile(`\b\d+\b`)

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// readManifest reads the operation pages of each corpus folder.
func readManifest(t *testing.T) map[string]int {
	data, err := os.ReadFile(testutil.Shared(t, "MANIFEST.tsv"))
	require.NoError(t, err)
	out := map[string]int{}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	head := strings.Split(lines[0], "\t")
	col := func(name string) int {
		for i, h := range head {
			if h == name {
				return i
			}
		}
		t.Fatalf("MANIFEST.tsv has no column %q", name)
		return -1
	}
	pathCol, opsCol := col("corpus_path"), col("n_operation_pages")
	for _, line := range lines[1:] {
		cells := strings.Split(line, "\t")
		if len(cells) <= max(pathCol, opsCol) {
			continue
		}
		if n, err := strconv.Atoi(cells[opsCol]); err == nil {
			out[cells[pathCol]] = n
		}
	}
	return out
}

var nonIdent = regexp.MustCompile(`[^a-z0-9]+`)

// packageName makes a Go package name of a folder (ASCII letters, digits
// and underscores, unique among taken).
func packageName(rel string, taken map[string]bool) string {
	name := strings.Trim(nonIdent.ReplaceAllString(strings.ToLower(rel), "_"), "_")
	if name == "" || name[0] >= '0' && name[0] <= '9' {
		name = "p" + name
	}
	base := name
	for n := 2; taken[name]; n++ {
		name = base + strconv.Itoa(n)
	}
	taken[name] = true
	return name
}

// goModule makes a temporary module that resolves like docspec's own: its
// go.mod requires what docspec's does (and go.sum is docspec's), so the
// generated packages build from the module cache.
func goModule(t *testing.T) string {
	t.Helper()
	root := testutil.ModuleRoot()
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	require.NoError(t, err)
	gosum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	require.NoError(t, err)
	mod := t.TempDir()
	gomod = regexp.MustCompile(`(?m)^module .*$`).ReplaceAll(gomod, []byte("module corpusgen"))
	require.NoError(t, os.WriteFile(filepath.Join(mod, "go.mod"), gomod, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(mod, "go.sum"), gosum, 0o644))
	return mod
}

func goCommand(dir string, args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	// -mod=mod: the copied go.mod may list more than the packages use.
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// attributeVet gives each package the lines of go vet's output about it: a
// "# corpusgen/PKG" header starts a package's part; a line naming one of its
// files belongs to it too. It reports whether any package was blamed.
func attributeVet(folders []*corpusFolder, out string) bool {
	byPkg := map[string]*corpusFolder{}
	for _, f := range folders {
		byPkg[f.pkg] = f
	}
	blamed := false
	var cur *corpusFolder
	for _, line := range strings.Split(out, "\n") {
		if name, ok := strings.CutPrefix(line, "# corpusgen/"); ok {
			cur = byPkg[name]
			continue
		}
		first, _, _ := strings.Cut(strings.TrimPrefix(line, "./"), "/")
		if f := byPkg[first]; f != nil {
			cur = f
		}
		if cur != nil && strings.TrimSpace(line) != "" {
			cur.vet = append(cur.vet, strings.TrimSpace(line))
			blamed = true
		}
	}
	return blamed
}
