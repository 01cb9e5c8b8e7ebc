package analyze

import (
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator/internal/docparse"
	"github.com/docspec/docspec/internal/testutil"
)

// looksLikePageID is the test's own description of documentation page ids
// (independent of pageID): topic ids, "<service>_<nn>_<nnnn>" and
// "<service>-api-<n>" ids, section/table ids, long numbers.
var looksLikePageID = regexp.MustCompile(`(?i)topic[-_]?[0-9]|^[a-z]+(?:[-_][a-z0-9]+)*[-_][a-z]?[0-9]{2,}(?:[-_][a-z0-9]+)*$|^(?:section|table|fig)[0-9]|[0-9]{5,}`)

var (
	analyzedOnce sync.Once
	analyzed     map[*docparse.Page]*PageResult
)

// analyzedPage is AnalyzePage's result for a corpus page, computed once for
// the tests of this file (Merge never changes its input).
func analyzedPage(tb testing.TB, p *docparse.Page) *PageResult {
	analyzedOnce.Do(func() {
		pages := corpusPagesOf(tb)
		analyzed = make(map[*docparse.Page]*PageResult, len(pages))
		for _, pg := range pages {
			analyzed[pg] = AnalyzePage(pg)
		}
	})
	return analyzed[p]
}

// corpusFolders groups the corpus pages by folder (service/language, or a
// dated version of a history folder).
func corpusFolders(tb testing.TB) map[string][]*docparse.Page {
	folders := map[string][]*docparse.Page{}
	for _, p := range corpusPagesOf(tb) {
		dir := path.Dir(filepath.ToSlash(p.Path))
		folders[dir] = append(folders[dir], p)
	}
	return folders
}

// looksLikeRawPath is the test's description of a name made of the method
// and the path as written: GetV2WorkflowsGraphName.
var looksLikeRawPath = regexp.MustCompile(`^(?:Get|Post|Put|Delete|Patch|Head|Options)V[0-9]`)

// TestCorpusNames builds every corpus folder and checks that no operation
// id or schema name is a documentation page id, that no operation id is the
// method and path as written, and that operation ids are exported Go names.
func TestCorpusNames(t *testing.T) {
	folders := corpusFolders(t)
	goName := regexp.MustCompile(`^[A-Z][A-Za-z0-9]*$`)
	var bad []string
	ops, schemas := 0, 0
	for dir, pages := range folders {
		results := make([]*PageResult, len(pages))
		for i, p := range pages {
			results[i] = analyzedPage(t, p)
		}
		api, _ := Merge(results, "")
		for _, op := range api.Operations {
			ops++
			if !goName.MatchString(op.ID) || looksLikePageID.MatchString(op.ID) || looksLikeRawPath.MatchString(op.ID) {
				bad = append(bad, fmt.Sprintf("%s: operation %s %s: %q", dir, op.Method, op.Path, op.ID))
			}
		}
		for _, s := range api.Schemas { // every named schema is one of these
			schemas++
			if looksLikePageID.MatchString(s.Name) {
				bad = append(bad, fmt.Sprintf("%s: schema %q (%s)", dir, s.Name, s.Pos))
			}
		}
	}
	sort.Strings(bad)
	assert.Empty(t, bad)
	assert.Greater(t, ops, 3000)
	t.Logf("%d folders, %d operations, %d schema names", len(folders), ops, schemas)
}

// TestCorpusTitleAnchors applies the page-id rule to every title anchor of
// the corpus: page ids are never names, and the anchors taken as names are
// the SDK's names of the operations whose SDK name is known.
func TestCorpusTitleAnchors(t *testing.T) {
	oracle := loadOracles(t)
	accepted, rejected, agree, known := 0, 0, 0, 0
	var wrong []string
	for _, p := range corpusPagesOf(t) {
		title, _ := sections(p)
		if title == nil || title.Anchor == "" {
			continue
		}
		a := title.Anchor
		if looksLikePageID.MatchString(a) || strings.ContainsAny(a, "_-.") {
			assert.True(t, pageID(a), "%s: %q", p.Path, a)
		}
		if !isOpName(a) {
			rejected++
			continue
		}
		accepted++
		res := analyzedPage(t, p)
		if res.Operation == nil {
			continue
		}
		if want, ok := oracle.id(p.Path, res.Operation.Method, res.Operation.Path); ok {
			known++
			if want == exportFirst(a) {
				agree++
			} else {
				wrong = append(wrong, fmt.Sprintf("%s: anchor %q, SDK %q", p.Path, a, want))
			}
		}
	}
	t.Logf("title anchors: %d names, %d page ids; %d/%d names equal the SDK's", accepted, rejected, agree, known)
	assert.Greater(t, accepted, 500)
	assert.Greater(t, rejected, 3000)
	assert.Empty(t, wrong)
}

// TestCorpusNameSources measures each name source against the SDK's names
// (operations matched by method and path), and keeps each above a floor.
func TestCorpusNameSources(t *testing.T) {
	oracle := loadOracles(t)
	type tally struct{ agree, total int }
	by := map[string]*tally{}
	for _, p := range corpusPagesOf(t) {
		res := analyzedPage(t, p)
		if res.Operation == nil {
			continue
		}
		want, ok := oracle.id(p.Path, res.Operation.Method, res.Operation.Path)
		if !ok {
			continue
		}
		src := res.Naming.Source
		if by[src] == nil {
			by[src] = &tally{}
		}
		by[src].total++
		if res.Operation.ID == want {
			by[src].agree++
		}
	}
	floors := map[string]float64{"anchor": 0.99, "explorer": 0.93, "path": 0.40}
	for src, tl := range by {
		rate := float64(tl.agree) / float64(tl.total)
		t.Logf("%-8s %4d/%4d = %.1f%%", src, tl.agree, tl.total, 100*rate)
		if f, ok := floors[src]; ok {
			assert.GreaterOrEqual(t, rate, f, src)
		}
	}
	for src := range floors {
		require.NotNil(t, by[src], src)
	}
}

// oracles are the SDK's operation names, by service and method + path.
type oracles map[string]map[string]string

func loadOracles(t *testing.T) oracles {
	t.Helper()
	corpusPagesOf(t) // skips without the corpus
	dir := filepath.Join(testutil.ModuleRoot(), "..", "shared", "oracle", "v0.1.16")
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(files) == 0 {
		t.Skip("SDK oracles not available: skipping")
	}
	o := oracles{}
	for _, f := range files {
		svc := strings.TrimSuffix(filepath.Base(f), ".json")
		if strings.Contains(svc, "-v") {
			continue // one API version of a service: the service's file has it
		}
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		var doc struct {
			Operations []struct{ OperationID, Method, Path string }
		}
		require.NoError(t, json.Unmarshal(data, &doc), f)
		m := map[string]string{}
		seen := map[string]bool{}
		for _, op := range doc.Operations {
			k := routeKey(op.Method, op.Path)
			if seen[k] && m[k] != op.OperationID {
				m[k] = "" // two SDK names for one route: not counted
			} else if !seen[k] {
				m[k] = op.OperationID
			}
			seen[k] = true
		}
		o[svc] = m
	}
	return o
}

// id is the SDK's name of a page's operation, when the SDK has one.
func (o oracles) id(pagePath, method, p string) (string, bool) {
	svc, _, _ := strings.Cut(filepath.ToSlash(pagePath), "/")
	id := o[svc][routeKey(method, p)]
	return id, id != ""
}

func routeKey(method, p string) string {
	return strings.ToUpper(method) + " " + strings.ToLower(placeholder.ReplaceAllString(strings.TrimSuffix(p, "/"), "{}"))
}

// TestCorpusKubeNames checks the Kubernetes convention against the names
// the pages that document Kubernetes' API give themselves (their title
// anchors, "createCoreV1NamespacedPod"): every one is the name the
// convention builds from the method and the path.
func TestCorpusKubeNames(t *testing.T) {
	n := 0
	for _, p := range corpusPagesOf(t) {
		res := analyzedPage(t, p)
		if res.Operation == nil || res.Naming.Source != "anchor" {
			continue
		}
		if k := kubeResourceName(res.Operation.Method, res.Operation.Path, ""); k != "" {
			n++
			assert.Equal(t, res.Operation.ID, k, "%s: %s %s", p.Path, res.Operation.Method, res.Operation.Path)
		}
	}
	t.Logf("%d Kubernetes operations named by their pages, all as the convention names them", n)
	assert.Greater(t, n, 0, "no page names a Kubernetes operation")
}
