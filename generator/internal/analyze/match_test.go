package analyze

import (
	"fmt"
	"math/rand"
	"net/http"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/docspec/docspec/generator/internal/docparse"
)

// The expressions the hand-written matchers of match.go replace.
var (
	facetKeyRE     = regexp.MustCompile(`(枚举值|缺省值|默认值|最小值|最大值|最小长度|最大长度|(?i:enumeration values|enumerated values|default value|minimum length|maximum length|minimum|maximum))\s*[：:]`)
	seeTableRE     = regexp.MustCompile(`(?i)(?:see|参见|详见|参考|见)\s*(?:table|表)\s*([0-9]+)`)
	anchorPrefixRE = regexp.MustCompile(`^(?:.*_)?(?:request|response)_(.+)$`)
	numSuffixRE    = regexp.MustCompile(`_[0-9]+$`)
)

// matchPieces are the fragments the random inputs are made of: parts of
// every key, the white space and colons around them, case variants, the
// letters that fold to ASCII ones, and invalid UTF-8.
var matchPieces = []string{
	"枚举值", "缺省值", "默认值", "最小值", "最大值", "最小长度", "最大长度", "最小", "最大", "枚举", "值", "长度",
	"enumeration values", "Enumerated Values", "DEFAULT VALUE", "default", "value", "values", "minimum", "Maximum",
	"minimum length", "MAXIMUM LENGTH", "length", "mini", "enum", "ſ", "K", "k", "Default valueſ",
	"：", ":", " ", "\t", "\n", "\f", "\r", "\v", "\u00a0", "\u3000", "**", "，", "、", ",",
	"see", "SEE", "ſee", "See ", "参见", "详见", "参考", "见", "参", "table", "Table", "TABLE", "表", "tab", "able",
	"1", "12", "3", "0", "x", "_", "request", "response", "request_", "response_", "zh-cn_topic_0", "Foo", "_2",
	"\xe5", "\xe8\xa7", "\xc5", "\xff", "\x80", "a", "é", "中",
}

func randomMatchInputs(n int) []string {
	r := rand.New(rand.NewSource(1))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for k := r.Intn(8); k >= 0; k-- {
			b.WriteString(matchPieces[r.Intn(len(matchPieces))])
		}
		out[i] = b.String()
	}
	return out
}

// crossMatchInputs joins a word, white space, a colon or table word, white
// space and a number in every way: the places where the expressions branch.
func crossMatchInputs() []string {
	words := []string{"枚举值", "缺省值", "默认值", "最小值", "最大值", "最小长度", "最大长度", "最小", "长度",
		"enumeration values", "Enumerated Values", "DEFAULT VALUE", "default valueſ", "Minimum", "maximum length",
		"MINIMUM LENGTH", "minimum lengt", "see", "ſee", "SEE", "se", "参见", "详见", "参考", "见", "参",
		"request_", "response_", "x_request_", "_response", ""}
	spaces := []string{"", " ", "\t", "\n\f\r", "\v", "\u00a0", "\u3000"}
	seps := []string{"", ":", "：", "table", "TaBle", "表", "tabl", "x", "_1"}
	nums := []string{"", "1", "12", "x"}
	var out []string
	for _, w := range words {
		for _, s1 := range spaces {
			for _, sep := range seps {
				for _, s2 := range spaces {
					for _, n := range nums {
						out = append(out, w+s1+sep+s2+n, "a "+w+s1+sep+s2+n+"。"+w+sep)
					}
				}
			}
		}
	}
	return out
}

// matchInputs: hand-made cases, every combination of crossMatchInputs, random ones, and every text of the corpus
// (when ../shared is present).
func matchInputs(t *testing.T, extra ...string) []string {
	t.Helper()
	in := append([]string{
		"", "枚举值：", "枚举值:a", "枚举值 \t：x", "缺省值：**1**最小长度：0最大长度：36", "最小长度 ：1", "最小长度值：",
		"enumeration values: a, b", "Enumerated values：x", "Default value:1", "Minimum length: 2 maximum length: 4",
		"minimum length x: 1", "minimumlength:", "Maximum:9", "ENUMERATION VALUESſ:", "Enumeration valueſ:", "defaultvalue:",
		"see table 1", "See Table12", "详见表3", "参见 表 4", "参考表5", "见表6。", "参见表", "ſee table 7", "SEE\tTABLE\n8",
		"see tablet 1", "see see table 2", "参见参见表9", "见表x 见表10",
		"response_Foo", "request_Foo_2", "zh-cn_topic_1_request_X", "response_X_2", "request_", "response__1",
		"a_request_b_request_c", "xrequest_a", "request_a\nb", "_response_x", "response_response_1_2",
	}, extra...)
	in = append(in, crossMatchInputs()...)
	in = append(in, randomMatchInputs(30000)...)
	corpus := corpusTexts()
	if corpus == nil {
		t.Log("shared corpus not available: hand-made and random inputs only")
	}
	return append(in, corpus...)
}

func TestFacetKeyIndex(t *testing.T) {
	n := 0
	for _, s := range matchInputs(t) {
		want := facetKeyRE.FindAllStringSubmatchIndex(s, -1)
		var got [][]int
		for _, loc := range facetKeyIndex(s) {
			got = append(got, loc[:])
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("facetKeyIndex(%q) = %v, the expression gives %v", s, got, want)
		}
		if want != nil {
			n++
		}
	}
	t.Logf("%d inputs with a facet key", n)
}

func TestSeeTableRef(t *testing.T) {
	n := 0
	for _, s := range matchInputs(t) {
		want := ""
		if m := seeTableRE.FindStringSubmatch(s); m != nil {
			want = m[1]
			n++
		}
		if got := seeTableRef(s); got != want {
			t.Errorf("seeTableRef(%q) = %q, the expression gives %q", s, got, want)
		}
		if got := tableRef(s); got != want {
			t.Errorf("tableRef(%q) = %q, the expression gives %q", s, got, want)
		}
	}
	t.Logf("%d inputs with a table reference", n)
}

func TestAnchorStructName(t *testing.T) {
	n := 0
	for _, s := range matchInputs(t) {
		want, wantOK := "", false
		if m := anchorPrefixRE.FindStringSubmatch(s); m != nil {
			want, wantOK = numSuffixRE.ReplaceAllString(m[1], ""), true
			n++
		}
		if got, ok := anchorStructName(s); got != want || ok != wantOK {
			t.Errorf("anchorStructName(%q) = %q, %v; the expressions give %q, %v", s, got, ok, want, wantOK)
		}
	}
	t.Logf("%d inputs with a request/response anchor", n)
}

func TestTrimTypeTail(t *testing.T) {
	for _, s := range matchInputs(t, "String。", "Foo object）.", "x ;；,:：)）", "。", "\xe3\x80", "a\xff.") {
		if got, want := trimTypeTail(s), strings.TrimRight(s, " 。.;；,:：)）"); got != want {
			t.Errorf("trimTypeTail(%q) = %q, strings.TrimRight gives %q", s, got, want)
		}
	}
}

func TestJoinFields(t *testing.T) {
	for _, s := range matchInputs(t, " a", "a ", "a  b", "a\tb", "a\u00a0b", "a\u3000", "\u0085x", "a b c", "中 文", "\xff \xfe") {
		if got, want := joinFields(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("joinFields(%q) = %q, want %q", s, got, want)
		}
	}
}

// hasTypePunct may say yes in vain, never no in vain.
func TestHasTypePunct(t *testing.T) {
	for _, s := range matchInputs(t, "（", "）", "，", "＜", "＞", "\u00a0", "ａ", "String") {
		if !hasTypePunct(s) && typePunct.Replace(s) != s {
			t.Errorf("hasTypePunct(%q) = false, but typePunct changes it", s)
		}
	}
}

func TestCleanName(t *testing.T) {
	for _, s := range matchInputs(t, "a b", "a\u00a0b", "a\u200bb", "ab") {
		if got, want := cleanName(s), nameCleaner.Replace(s); got != want {
			t.Errorf("cleanName(%q) = %q, want %q", s, got, want)
		}
	}
}

var (
	placeholderRE = regexp.MustCompile(`\{([^{}]+)\}`)
	statusRE      = regexp.MustCompile(`^\s*([1-5][0-9][0-9])\b`)
	nonAlnumRE    = regexp.MustCompile(`[^A-Za-z0-9]+`)
	leadingNumRE  = regexp.MustCompile(`^[-+]?[0-9]+(?:\.[0-9]+)?`)
	anchorOpIDRE  = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]*$`)
	methodLine    = regexp.MustCompile(`^(?:[-*]\s+)?(?:(?:URI(?: format| 格式|格式)?|请求URI|URI|接口)\s*[:：]\s*)?([A-Za-z]+)\s*(/\S*|\{[^ ]*\}\S*)`)
)

// statusInputs adds paths, status cells and status lines to matchInputs.
func statusInputs(t *testing.T) []string {
	return matchInputs(t, "/v1/{project_id}/x/{ id }", "{}", "{{a}}", "{a{b}", "{a}}{b}", "}{x}", "/a/{b", "{\n}", "{中}",
		"200", " 404 Not Found", "200OK", "200_", "2000", "600", "199", "\t500。", "20", "404\xff", "\f201-",
		"**状态码： 200**", "**状态码为 200 时: **", "Status Code: 200", "STATUS CODE 200", "状态码如表2所示。",
		"http状态码：default", "**Status code: 202**", "Status coDe 400 时：", "ſtatus code 200", "Code: 200")
}

func TestPlaceholderNames(t *testing.T) {
	for _, s := range statusInputs(t) {
		var want []string
		for _, m := range placeholderRE.FindAllStringSubmatch(s, -1) {
			want = append(want, m[1])
		}
		if got := placeholderNames(s); !reflect.DeepEqual(got, want) {
			t.Errorf("placeholderNames(%q) = %q, the expression gives %q", s, got, want)
		}
	}
}

func TestStatusDigits(t *testing.T) {
	for _, s := range statusInputs(t) {
		want := ""
		if m := statusRE.FindStringSubmatch(s); m != nil {
			want = m[1]
		}
		if got := statusDigits(s); got != want {
			t.Errorf("statusDigits(%q) = %q, the expression gives %q", s, got, want)
		}
	}
}

func TestAlnumWords(t *testing.T) {
	for _, s := range statusInputs(t) {
		var want []string
		for _, w := range nonAlnumRE.Split(s, -1) {
			if w != "" {
				want = append(want, w)
			}
		}
		if got := alnumWords(s); !reflect.DeepEqual(got, want) {
			t.Errorf("alnumWords(%q) = %q, the expression gives %q", s, got, want)
		}
	}
}

// The prefilters never turn away a line their expression matches.
func TestPrefilters(t *testing.T) {
	for _, s := range statusInputs(t) {
		if statusIntro.MatchString(strings.TrimSpace(s)) && !mayBeStatusIntro(s) {
			t.Errorf("mayBeStatusIntro(%q) = false, but statusIntro matches", s)
		}
		if facetKeyRE.MatchString(s) && !hasColon(s) {
			t.Errorf("facetKey matches %q, but hasColon says no", s)
		}
	}
	// Only 'k' and 's' have non-ASCII letters folding to them: "code" has neither.
	for c := 'a'; c <= 'z'; c++ {
		for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
			if f >= utf8.RuneSelf && c != 'k' && c != 's' {
				t.Errorf("%q folds to %q", f, c)
			}
		}
	}
}

func TestToLower(t *testing.T) {
	for _, s := range matchInputs(t, "Query参数", "请求Body参数", "İ", "K", "ÀB", "中\xff", "ＡＢ", "ΣΑΣ") {
		if got, want := toLower(s), strings.ToLower(s); got != want {
			t.Errorf("toLower(%q) = %q, strings.ToLower gives %q", s, got, want)
		}
	}
	for r := rune(0x4E00); r <= 0x9FFF; r++ {
		if unicode.ToLower(r) != r {
			t.Errorf("%U has a lower case", r)
		}
	}
}

// lookupNormal looks a key up as written: every key must be a normal word.
func TestVocabularyIsNormal(t *testing.T) {
	for k := range sectionWords {
		if normWord(k) != k {
			t.Errorf("section word %q is not normal: %q", k, normWord(k))
		}
	}
	for k := range columnWords {
		if normWord(k) != k {
			t.Errorf("column word %q is not normal: %q", k, normWord(k))
		}
	}
}

// mayEndInObject and mayReferTable, which look at a cell's paragraphs, turn
// away no cell whose line byTypeWord's tail test or tableRef accepts.
func TestCellPrefilters(t *testing.T) {
	words := []string{"", "。", " ", "Foo object", "object", "objects.", "ob", "ject", "Table 3", "see", "table 4", "详见", "表5", "ABLE", "x）", "SEE TABLE 6", "see TABLE 7"}
	var cells []docparse.Cell
	for _, a := range words {
		for _, b := range words {
			for _, c := range words {
				cells = append(cells, docparse.Cell{Paras: []docparse.Para{{Text: a}, {Text: b}, {Text: c}}})
			}
			cells = append(cells, docparse.Cell{Paras: []docparse.Para{{Text: a}, {Text: b}}})
		}
		cells = append(cells, docparse.Cell{Paras: []docparse.Para{{Text: a}}})
	}
	cells = append(cells, docparse.Cell{})
	for _, pg := range corpusPagesIfPresent() {
		for _, b := range pg.Blocks {
			if b.Table != nil {
				for _, r := range b.Table.Rows {
					cells = append(cells, r.Cells...)
				}
			}
		}
	}
	for i := range cells {
		c := &cells[i]
		line := c.Line()
		tail := trimTypeTail(line)
		if (hasSuffixFold(tail, "object") || hasSuffixFold(tail, "objects")) && !mayEndInObject(c) {
			t.Errorf("mayEndInObject(%q) = false, but the line ends in object", line)
		}
		if tableRef(line) != "" && !mayReferTable(c) {
			t.Errorf("mayReferTable(%q) = false, but tableRef finds %q", line, tableRef(line))
		}
	}
}

func TestEndsInObject(t *testing.T) {
	for _, s := range matchInputs(t, "object", "OBJECTS", "Foo objectſ", "objecT", "Kobject", "objects\xff", "obje\u212at") {
		if got, want := endsInObject(s), hasSuffixFold(s, "object") || hasSuffixFold(s, "objects"); got != want {
			t.Errorf("endsInObject(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestDefaultDescription(t *testing.T) {
	ref := func(code string) string {
		var n int
		if _, err := fmt.Sscanf(code, "%d", &n); err == nil {
			if t := http.StatusText(n); t != "" {
				return t
			}
		}
		if code == "default" {
			return "Error"
		}
		return "Response " + code
	}
	codes := []string{"default", "2xx", "404abc", "", "0", "+200", " 200", "999999999", "9999999999", "0200", "x"}
	for n := 0; n < 1000; n++ {
		codes = append(codes, strconv.Itoa(n))
	}
	for _, c := range codes {
		if got, want := defaultDescription(c), ref(c); got != want {
			t.Errorf("defaultDescription(%q) = %q, want %q", c, got, want)
		}
	}
}

// FuzzMatchers compares every hand-written matcher with its expression (or
// library function) on arbitrary text.
func FuzzMatchers(f *testing.F) {
	for _, s := range []string{"枚举值：a", "Minimum length: 2", "see Table 3", "详见表4", "zh-cn_topic_1_request_X_2",
		"/v1/{a}/b/{ c }", " 404 x", "- URI 格式：GET {x}/y z", "Query参数", "Foo objects.", "a  b\t", "（String）"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got [][]int
		for _, loc := range facetKeyIndex(s) {
			got = append(got, loc[:])
		}
		if want := facetKeyRE.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("facetKeyIndex(%q) = %v, want %v", s, got, want)
		}
		want := ""
		if m := seeTableRE.FindStringSubmatch(s); m != nil {
			want = m[1]
		}
		if got := seeTableRef(s); got != want {
			t.Errorf("seeTableRef(%q) = %q, want %q", s, got, want)
		}
		if got := tableRef(s); got != want {
			t.Errorf("tableRef(%q) = %q, want %q", s, got, want)
		}
		wantName, wantOK := "", false
		if m := anchorPrefixRE.FindStringSubmatch(s); m != nil {
			wantName, wantOK = numSuffixRE.ReplaceAllString(m[1], ""), true
		}
		if got, ok := anchorStructName(s); got != wantName || ok != wantOK {
			t.Errorf("anchorStructName(%q) = %q, %v; want %q, %v", s, got, ok, wantName, wantOK)
		}
		var names []string
		for _, m := range placeholderRE.FindAllStringSubmatch(s, -1) {
			names = append(names, m[1])
		}
		if got := placeholderNames(s); !reflect.DeepEqual(got, names) {
			t.Errorf("placeholderNames(%q) = %q, want %q", s, got, names)
		}
		want = ""
		if m := statusRE.FindStringSubmatch(s); m != nil {
			want = m[1]
		}
		if got := statusDigits(s); got != want {
			t.Errorf("statusDigits(%q) = %q, want %q", s, got, want)
		}
		var words []string
		for _, w := range nonAlnumRE.Split(s, -1) {
			if w != "" {
				words = append(words, w)
			}
		}
		if got := alnumWords(s); !reflect.DeepEqual(got, words) {
			t.Errorf("alnumWords(%q) = %q, want %q", s, got, words)
		}
		if got, want := trimTypeTail(s), strings.TrimRight(s, " 。.;；,:：)）"); got != want {
			t.Errorf("trimTypeTail(%q) = %q, want %q", s, got, want)
		}
		if got, want := joinFields(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("joinFields(%q) = %q, want %q", s, got, want)
		}
		if got, want := toLower(s), strings.ToLower(s); got != want {
			t.Errorf("toLower(%q) = %q, want %q", s, got, want)
		}
		if got, want := cleanName(s), nameCleaner.Replace(s); got != want {
			t.Errorf("cleanName(%q) = %q, want %q", s, got, want)
		}
		if got, want := endsInObject(s), hasSuffixFold(s, "object") || hasSuffixFold(s, "objects"); got != want {
			t.Errorf("endsInObject(%q) = %v, want %v", s, got, want)
		}
		if !hasTypePunct(s) && typePunct.Replace(s) != s {
			t.Errorf("hasTypePunct(%q) = false, but typePunct changes it", s)
		}
		if statusIntro.MatchString(strings.TrimSpace(s)) && !mayBeStatusIntro(s) {
			t.Errorf("mayBeStatusIntro(%q) = false, but statusIntro matches", s)
		}
		if got, want := leadingNumber(s), leadingNumRE.FindString(s); got != want {
			t.Errorf("leadingNumber(%q) = %q, want %q", s, got, want)
		}
		if got, want := isOpID(s), anchorOpIDRE.MatchString(s); got != want {
			t.Errorf("isOpID(%q) = %v, want %v", s, got, want)
		}
		ml := methodLine.FindStringSubmatch(s)
		if m, p, ok := methodLineMatch(s); ok != (ml != nil) || ok && (m != ml[1] || p != ml[2]) {
			t.Errorf("methodLineMatch(%q) = %q, %q, %v; the expression gives %q", s, m, p, ok, ml)
		}
	})
}

func TestMethodLineMatch(t *testing.T) {
	n := 0
	for _, s := range matchInputs(t, "GET /v1/x", "- GET /v1/{id}", "* POST /a", "-GET /x", "- \tget\t/x y", "URI: GET /x",
		"URI format: GET /x", "URI 格式：PUT /x", "URI格式 ： DELETE /x", "请求URI: GET /x", "接口：GET {endpoint}/x",
		"URI : GET", "URI format /x", "URI /x", "GET{a b}/c", "GET {a}b c", "GET {a\tb}c\td", "GET {a}}x{ y", "GET {a}\tb}c d", "GET {a",
		"GET\v/x", "GET /x\vy z", "get /", "G3T /x", "URIformat: GET /x", "URI format：：GET /x", "- URI: GET /x", "- - GET /x",
		"GET /中文 x", "GET /\xff\xfe", "接口 ： post {x}/y", "URI:\nGET /x") {
		// findURI matches lines as unescaped and trimmed
		for _, s := range []string{s, strings.TrimSpace(docparse.Unescape(strings.TrimSpace(s)))} {
			want := methodLine.FindStringSubmatch(s)
			m, p, ok := methodLineMatch(s)
			switch {
			case want == nil && ok:
				t.Errorf("methodLineMatch(%q) = %q, %q; the expression does not match", s, m, p)
			case want != nil && (!ok || m != want[1] || p != want[2]):
				t.Errorf("methodLineMatch(%q) = %q, %q, %v; the expression gives %q, %q", s, m, p, ok, want[1], want[2])
			case ok:
				n++
			}
		}
	}
	t.Logf("%d method lines", n)
}

func TestLookupNormal(t *testing.T) {
	for _, s := range matchInputs(t, "Parameter", "PARAMETER NAME", "Parameter  Name", " Type", "Type ", "Type:", "Type：",
		"Mandatory", "Value\tType", "参数", "参数 ", "Description", "Status Code", "status code:", "Request Parameters",
		"abcdefghijklmnopqrstuvwxyzabcdefg", "\x7fname", "K", "Data Type\u00a0") {
		if got, want := lookupNormal(columnWords, s), columnWords[normWord(s)]; got != want {
			t.Errorf("lookupNormal(columnWords, %q) = %v, want %v", s, got, want)
		}
		if got, want := lookupNormal(sectionWords, s), sectionWords[normWord(s)]; got != want {
			t.Errorf("lookupNormal(sectionWords, %q) = %v, want %v", s, got, want)
		}
	}
}

func TestLeadingNumberAndOpID(t *testing.T) {
	for _, s := range matchInputs(t, "1", "-1", "+2.5", "3.", "3.x", ".5", "-", "+", "12.34.56", "007", "1e5", "-0.0**",
		"a", "A_1", "_a", "1a", "aB9_", "a-b", "a\n", "é", "Z") {
		if got, want := leadingNumber(s), leadingNumRE.FindString(s); got != want {
			t.Errorf("leadingNumber(%q) = %q, want %q", s, got, want)
		}
		if got, want := isOpID(s), anchorOpIDRE.MatchString(s); got != want {
			t.Errorf("isOpID(%q) = %v, want %v", s, got, want)
		}
	}
}
