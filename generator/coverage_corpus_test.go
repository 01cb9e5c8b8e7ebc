package generator_test

import (
	"bytes"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/internal/testutil"
)

// TestCorpusCoverage checks that no operation page disappears silently.
// The operation pages of each corpus folder are found by the test's own
// reading of the format (operationPage, independent of docspec's readers;
// its count per folder must be MANIFEST.tsv's n_operation_pages). Every
// such page either gives an operation of the folder's spec, or is named by
// a diagnostic that leaves the page out (duplicate-operation, no-uri,
// bad-path…) and so says why. testdata/corpus-coverage.golden lists, per
// folder, the operation pages and operations, and every operation page
// without an operation with its reasons.
func TestCorpusCoverage(t *testing.T) {
	folders := buildCorpus(t)
	var b bytes.Buffer
	var silent []string
	pooled, pages := 0, 0
	byCode := map[diag.Code]int{}
	for _, f := range folders {
		if f.opPages < 0 || f.res.API == nil || strings.Contains(f.rel, "history") {
			continue // the dated snapshots of one folder are counted once, as the folder
		}
		names, err := filepath.Glob(filepath.Join(f.dir, "*.md"))
		require.NoError(t, err)
		var opPages []string
		for _, name := range names {
			data, err := os.ReadFile(name)
			require.NoError(t, err)
			if operationPage(string(data)) {
				opPages = append(opPages, filepath.Base(name))
			}
		}
		assert.Len(t, opPages, f.opPages, "%s: the test's operation pages are not MANIFEST's", f.rel)
		dir := filepath.ToSlash(f.dir) + "/"
		withOp := map[string]bool{}
		for _, op := range f.res.API.Operations {
			withOp[strings.TrimPrefix(op.Pos.File, dir)] = true
		}
		reasons := map[string][]string{}
		for _, d := range f.res.Diags {
			if d.Cost() == diag.Page {
				page := strings.TrimPrefix(d.Pos.File, dir)
				reasons[page] = append(reasons[page], string(d.Code))
			}
		}
		var missing []string
		without := 0
		isOpPage := map[string]bool{}
		for _, p := range opPages {
			isOpPage[p] = true
		}
		for _, p := range slices.Sorted(maps.Keys(withOp)) {
			if !isOpPage[p] {
				missing = append(missing, fmt.Sprintf("    %s: an operation, on a page the test does not count\n", p))
			}
		}
		for _, p := range opPages {
			if withOp[p] {
				continue
			}
			rs := slices.Compact(slices.Sorted(slices.Values(reasons[p])))
			if len(rs) == 0 {
				silent = append(silent, f.rel+"/"+p)
				rs = []string{"NO DIAGNOSTIC"}
			}
			for _, r := range rs {
				byCode[diag.Code(r)]++
			}
			missing = append(missing, fmt.Sprintf("    %s: %s\n", p, strings.Join(rs, ", ")))
			without++
		}
		ops := len(f.res.API.Operations) - f.res.API.Versions // one per page
		pooled += min(ops, len(opPages))
		pages += len(opPages)
		fmt.Fprintf(&b, "%s: %d operations, %d operation pages, %d without an operation\n", f.rel, ops, len(opPages), without)
		for _, m := range missing {
			b.WriteString(m)
		}
	}
	require.Positive(t, pages)
	codes := make([]string, 0, len(byCode))
	for c, n := range byCode {
		codes = append(codes, fmt.Sprintf("%s %d", c, n))
	}
	sort.Strings(codes)
	total := fmt.Sprintf("pooled: %d operations of %d operation pages (%.1f%%); without an operation: %s\n",
		pooled, pages, 100*float64(pooled)/float64(pages), strings.Join(codes, ", "))
	t.Log(total)
	assert.Empty(t, silent, "operation pages that give no operation and no diagnostic says why")
	testutil.Golden(t, filepath.Join("testdata", "corpus-coverage.golden"), append([]byte(total), b.Bytes()...))
}

// operationPage is the test's own reading of what makes a page document an
// operation (FORMAT.md §2): a URI-like section (a "## URI", "## URL",
// "## 请求方法", "## Method"… heading, or a "-   URI格式" item inside a
// section) that writes a method and a path in one of the notations — a
// "METHOD /path" line (any indent, in text or a code block, "GET/path",
// "Get /path", "URI format: GET /path"), "METHOD https://{host}/path", a
// "PATH: /path" and "Method: GET" pair, a method alone on a line and the path
// on a later one, a table with method and URI columns — or a request-syntax
// section ("## 请求消息样式", "## Request Syntax") with a
// "METHOD /path HTTP/1.1" line. It deliberately shares no code with
// docspec's readers.
func operationPage(text string) bool {
	var (
		inCode, heading, uriSec, bulletURI, syntaxSec bool
		pathLine, methodLine, methodAlone             bool
		uriCol, methodCol, cellMethod, cellPath       bool
	)
	for _, raw := range strings.Split(text, "\n") {
		s := strings.TrimSpace(raw)
		if strings.HasPrefix(s, "```") {
			inCode = !inCode
			continue
		}
		if !inCode && strings.HasPrefix(raw, "## ") {
			t := coverTitle(raw[3:])
			heading = true
			uriSec = coverURITitles[t]
			syntaxSec = strings.HasPrefix(t, "请求消息样式") || strings.HasPrefix(t, "请求消息格式") || strings.HasPrefix(t, "request syntax")
			pathLine, methodLine, methodAlone, bulletURI = false, false, false, false
			uriCol, methodCol, cellMethod, cellPath = false, false, false, false
			continue
		}
		if !inCode && coverBullet.MatchString(raw) {
			label := coverTitle(coverUnescape(coverBullet.ReplaceAllString(raw, "")))
			switch {
			case heading && coverURIBullets[label]:
				bulletURI = true
			case strings.HasPrefix(raw, "-"):
				bulletURI = false
			}
		}
		if syntaxSec && coverSyntaxLine.MatchString(s) {
			return true
		}
		if !uriSec && !bulletURI {
			continue
		}
		u := coverUnescape(s)
		line := coverMethodLine.MatchString(u)
		if line || coverURLLine.MatchString(u) {
			return true
		}
		pathLine = pathLine || coverPathPair.MatchString(u)
		methodLine = methodLine || coverMethodPair.MatchString(u)
		if pathLine && methodLine {
			return true
		}
		if methodAlone && coverPathAlone.MatchString(u) {
			return true
		}
		if coverMethodProse.MatchString(u) {
			methodAlone = true
		} else if u != "" {
			methodAlone = false
		}
		th := strings.Contains(raw, "<th")
		uriCol = uriCol || th && coverURIHeader.MatchString(raw) || strings.HasPrefix(u, "|") && coverURIPipe.MatchString(u)
		methodCol = methodCol || th && coverMethodHeader.MatchString(raw) || strings.HasPrefix(u, "|") && coverMethodPipe.MatchString(u)
		cellMethod = cellMethod || coverMethodCell.MatchString(raw) || coverMethodPipeCell.MatchString(u)
		cellPath = cellPath || coverPathCell.MatchString(raw) || coverPathPipeCell.MatchString(u)
		if uriCol && methodCol && cellMethod && cellPath {
			return true
		}
	}
	return false
}

const coverMethods = `GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS`

var (
	coverURITitles = map[string]bool{"uri": true, "url": true, "请求uri": true, "request uri": true, "uri格式": true,
		"uri 格式": true, "请求方法": true, "method": true, "request method": true, "request methods": true,
		"api format": true, "uri format": true}
	coverURIBullets = map[string]bool{"uri格式": true, "uri 格式": true, "uri format": true, "uri": true}

	coverAnchor      = regexp.MustCompile(`<a name="[^"]*"></a>`)
	coverEscape      = regexp.MustCompile("\\\\([!-/:-@\\[-`{-~])")
	coverBullet      = regexp.MustCompile(`^\s*[-*]\s+`)
	coverSyntaxLine  = regexp.MustCompile(`^(?:` + coverMethods + `)\s+/\S*\s+HTTP/1\.[01]`)
	coverMethodLine  = regexp.MustCompile(`(?i)^(?:[-*]\s+)?(?:[a-z ]*(?:format|格式)\s*[:：]\s*|URI\s*[:：]\s*)?(?:` + coverMethods + `)\s*(?:/|\{)`)
	coverURLLine     = regexp.MustCompile(`^(?:[-*]\s+)?(?:` + coverMethods + `)\s+https?://\{[^/]*\}`)
	coverPathPair    = regexp.MustCompile(`(?i)^PATH\s*[:：]\s*/`)
	coverMethodPair  = regexp.MustCompile(`(?i)^Method\s*[:：]\s*(?:` + coverMethods + `)`)
	coverMethodProse = regexp.MustCompile(`^(?:` + coverMethods + `)\s+\S`)
	coverPathAlone   = regexp.MustCompile(`^/\S+$`)

	coverURIHeader      = regexp.MustCompile(`>\s*(?:URI|URL)\s*<`)
	coverMethodHeader   = regexp.MustCompile(`>\s*(?:请求方法|Method|方法)\s*<`)
	coverURIPipe        = regexp.MustCompile(`\|\s*(?:URI|URL)\s*\|`)
	coverMethodPipe     = regexp.MustCompile(`\|\s*(?:请求方法|Method)\s*\|`)
	coverMethodCell     = regexp.MustCompile(`>\s*(?:` + coverMethods + `)\s*</p>`)
	coverMethodPipeCell = regexp.MustCompile(`^\|\s*(?:` + coverMethods + `)\s*\|`)
	coverPathCell       = regexp.MustCompile(`>\s*/[^<]*</p>`)
	coverPathPipeCell   = regexp.MustCompile(`^\|.*\|\s*/\S*\s*\|`)
)

// coverTitle is a heading or list item label as compared: anchors, bold
// markers and a trailing colon removed, lower case.
func coverTitle(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(coverAnchor.ReplaceAllString(s, ""), "**", ""))
	return strings.ToLower(strings.TrimSpace(strings.TrimRight(s, ":：")))
}

func coverUnescape(s string) string { return coverEscape.ReplaceAllString(s, "$1") }

// TestOperationPage checks the test's own reading of operation pages on
// small pages of each notation.
func TestOperationPage(t *testing.T) {
	yes := map[string]string{
		"line":          "# Get a\n\n## URI\n\nGET /v1/\\{project\\_id\\}/a\n",
		"indented":      "# A\n\n## URI\n\n-   URI格式\n\n    DELETE /v1/a\n",
		"code":          "# A\n\n## URI\n\n```\nPOST /v1/{project_id}/a\n```\n",
		"no space":      "# A\n\n## URI\n\n    GET/v1.0/a\n",
		"prefix":        "# A\n\n## URI\n\nURI format: PUT /v1/a\n",
		"mixed case":    "# A\n\n## URI\n\nGet /v1/a\n",
		"url":           "# A\n\n## URI\n\nPUT https://\\{_Endpoint_\\}/v3/a\n",
		"pair":          "# A\n\n## URI\n\n    PATH：/rds/v1/a\n\n    Method：POST\n",
		"split":         "# A\n\n## URI\n\nGET 参数说明请参见表1。\n\n/v1/a\n",
		"table":         "# A\n\n## URI\n\n<table><thead><tr><th><p>请求方法</p></th>\n<th><p>URI</p></th></tr></thead>\n<tbody><tr><td><p>GET</p></td>\n<td><p>/v1/a[?x, y]</p></td></tr></tbody></table>\n",
		"pipe table":    "# A\n\n## Method\n\n| Method | URI |\n| --- | --- |\n| GET | /v1/a |\n",
		"syntax":        "# A\n\n## 请求消息样式\n\n```\nPUT /?cors HTTP/1.1\nHost: bucketname.example.com\n```\n",
		"bold heading":  "# A\n\n## **URI**<a name=\"s1\"></a>\n\nGET /v1/a\n",
		"bullet in sec": "# A\n\n## 请求\n\n-   URI format\n\n    GET /v1/a\n",
	}
	no := map[string]string{
		"overview":         "# A\n\n## 功能介绍\n\nGET /v1/a is called by the console.\n",
		"example section":  "# A\n\n## URI\n\nsee below\n\n## 请求示例\n\nPOST /v1/a\n",
		"real url example": "# A\n\n## URI\n\nGET https://iam.example.com/v3/a\n",
		"no heading":       "# A\n\n-   URI格式\n\n    GET /v1/a\n",
		"methods table":    "# A\n\n## 请求方法\n\n<table><thead><tr><th><p>方法</p></th>\n<th><p>说明</p></th></tr></thead>\n<tbody><tr><td><p>GET</p></td>\n<td><p>查询</p></td></tr></tbody></table>\n",
		"prose after":      "# A\n\n## URI\n\nGET 参数说明请参见表1。\n\n详见下文\n\n/v1/a\n",
		"other bullet":     "# A\n\n## 请求\n\n-   URI format\n-   Parameters\n\n    GET /v1/a\n",
	}
	for name, page := range yes {
		assert.True(t, operationPage(page), name)
	}
	for name, page := range no {
		assert.False(t, operationPage(page), name)
	}
}
