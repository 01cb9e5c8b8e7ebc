package analyze

import (
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/docspec/docspec/generator/internal/docparse"
)

// The prose notations.
//
// A value in prose must look like a value: an ASCII token (letters, digits
// and _ . - + # @ * $ { } :, the colon inside a token only: "OS::Nova::Server")
// or a quoted text without Chinese ("“RESIZING FAILED”"). A list must be
// introduced by one of the enum intros (or be the list of "VALUE：meaning"
// items right after the description), be read to the end of its sentence,
// and be closed (no "等", "etc."); when any of this fails, the text stays
// mere description. The facets read stay in the description too: the prose
// explains them.

var (
	perItemWords   = regexp.MustCompile(`(?i)每个|每一个|单个|每项|每条|其中|\beach\b|\bevery\b|\bper\b`)
	countWords     = regexp.MustCompile(`^(?:[0-9两二三四五六七八九十多几]+种|(?:[两二三四五六七八九十]者)?之一)`)
	number         = regexp.MustCompile(`^-?[0-9]+(?:\.[0-9]+)?`)
	groupedNumber  = regexp.MustCompile(`^-?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?`)
	negativeNumber = regexp.MustCompile(`(?:^|[^\w.\-])(-[0-9]+(?:\.[0-9]+)?)(?:[^\w.\-]|$)`)
	rangeBefore    = regexp.MustCompile(`([0-9]+)\s*(?:[-~～－–]|\bto\b)\s*([0-9]+)\s*$`)
	multiWords     = []string{"逗号", "中划线", "分号", "空格", "竖线", "comma", "commas", "多个值", "通配符", "wildcards"}
)

// The notations' phrases are found in one pass over a paragraph: a
// dictionary of every phrase by its first two bytes, each phrase with the
// kinds of notation it opens. Regular expressions over the whole vocabulary
// would be tried at every position of every paragraph.

// phraseKind is the notation a phrase opens.
type phraseKind uint16

const (
	pEnumZH     phraseKind = 1 << iota // "取值范围", then a connector or a colon
	pVerbZH                            // "可设置为"
	pSupportZH                         // "当前支持", before a colon
	pEnumEN                            // "The value can be" at the start of a sentence
	pDefault                           // "默认值为", "The default value is"
	pLength                            // "长度为", "The value contains"
	pUnit                              // "个字符", "characters": ends a bare length range
	pByDefault                         // "by default": "is X by default"
	pAnnounceZH                        // "如下", "以下": a list follows, when a colon ends the paragraph
	pMulti                             // "逗号", "comma": values may combine
	pBound                             // "最小值为", "不超过", "greater than": one end, a number follows
	pSign                              // "非负整数", "non-negative integer"
)

// phrase is one entry of the dictionary.
type phrase struct {
	text  string // lower case
	kinds phraseKind
}

// phraseMatch is a phrase found in a text.
type phraseMatch struct {
	start, end int
	text       string // the phrase
}

// phraseDict holds the phrases by their first two bytes (ASCII letters in
// lower case), longest first, with a bit set of the keys in use: most
// positions of a text are passed over by one bit test.
type phraseDict struct {
	byLead map[uint16][]phrase
	lead   [1 << 16 / 64]uint64
}

func leadKey(a, b byte) uint16 { return uint16(lowerASCII(a))<<8 | uint16(lowerASCII(b)) }

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func newPhraseDict(lists map[phraseKind][]string) *phraseDict {
	kinds := map[string]phraseKind{}
	for k, words := range lists {
		for _, w := range words {
			if w = strings.ToLower(w); len(w) >= 2 {
				kinds[w] |= k
			}
		}
	}
	d := &phraseDict{byLead: map[uint16][]phrase{}}
	for w, k := range kinds {
		key := leadKey(w[0], w[1])
		d.byLead[key] = append(d.byLead[key], phrase{w, k})
		d.lead[key/64] |= 1 << (key % 64)
	}
	for _, ps := range d.byLead {
		sort.Slice(ps, func(i, j int) bool {
			if len(ps[i].text) != len(ps[j].text) {
				return len(ps[i].text) > len(ps[j].text)
			}
			return ps[i].text < ps[j].text
		})
	}
	return d
}

// scan finds, for each kind, the phrases of a text leftmost-longest without
// overlaps (as a regular expression's FindAll would); ASCII phrases match
// whole words, in any letter case.
func (d *phraseDict) scan(text string) map[phraseKind][]phraseMatch {
	var out map[phraseKind][]phraseMatch
	var next [16]int // per kind: where its last match ended
	for i := 0; i+1 < len(text); i++ {
		key := leadKey(text[i], text[i+1])
		if d.lead[key/64]&(1<<(key%64)) == 0 || text[i] < utf8.RuneSelf && i > 0 && wordByte(text[i-1]) {
			continue
		}
		for _, p := range d.byLead[key] {
			end := i + len(p.text)
			if end > len(text) || !equalFoldASCII(text[i:end], p.text) {
				continue
			}
			if last := p.text[len(p.text)-1]; wordByte(last) && end < len(text) && wordByte(text[end]) {
				continue // "range" is not in "ranges"
			}
			for b := 0; b < len(next); b++ {
				k := phraseKind(1) << b
				if p.kinds&k == 0 || next[b] > i {
					continue
				}
				if out == nil {
					out = map[phraseKind][]phraseMatch{}
				}
				out[k] = append(out[k], phraseMatch{i, end, p.text})
				next[b] = end
			}
		}
	}
	return out
}

// equalFoldASCII compares s with a lower-case phrase, ASCII letters in any
// case.
func equalFoldASCII(s, lower string) bool {
	for i := 0; i < len(lower); i++ {
		if lowerASCII(s[i]) != lower[i] {
			return false
		}
	}
	return true
}

func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// notationPhrases: every phrase of the prose notations, by kind.
var notationPhrases = newPhraseDict(map[phraseKind][]string{
	pEnumZH:     enumIntrosZH,
	pVerbZH:     enumVerbsZH,
	pSupportZH:  supportVerbsZH,
	pEnumEN:     append(append(append([]string{}, enumIntrosEN...), rangeIntrosEN...), rangeVerbsEN...),
	pDefault:    defaultIntros,
	pLength:     lengthIntros,
	pUnit:       lengthUnits,
	pByDefault:  {"by default"},
	pAnnounceZH: listAnnouncesZH,
	pMulti:      multiWords,
	pBound:      slices.Collect(maps.Keys(boundPhrases)),
	pSign:       slices.Collect(maps.Keys(signWords)),
})

// readProse reads the prose notations of a field's description.
func readProse(paras []docparse.Para, field string) proseFacets {
	r := proseReader{field: field, paras: paras}
	for i, p := range paras {
		ms := notationPhrases.scan(p.Text)
		r.multi = r.multi || !p.Item && len(ms[pMulti]) > 0 && multiValue.MatchString(p.Text) || forReference(p.Text)
		read := r.readEnums(p.Text, ms, paras[i+1:])
		// the list that follows the description itself: "Specifies the AS
		// policy status." + "•INSERVICE: …", "•PAUSED: …"
		if i == 0 && len(paras) > 1 {
			var vals []string
			var def string
			if it, ok := valueItem(p.Text); ok && it.separated && !label(p.Text) {
				// no description, only the values: "continue：继续执行。",
				// "errorout：终止操作。", "说明：…"
				vals, def = bareList(paras)
			} else if !read && !p.Item {
				// (the list first: most descriptions have none)
				if vals, def = bareList(paras[1:]); vals != nil && (namesIntro.MatchString(selfReference.ReplaceAllString(lastClause(p.Text), "")) || exampleIntro.MatchString(p.Text) || givesFormat(p.Text)) {
					vals, def = nil, ""
				}
			}
			if vals != nil {
				r.lists = append(r.lists, vals)
				if def != "" {
					r.itemDefs = append(r.itemDefs, def)
				}
			}
		}
		if !read && !p.Item {
			if vals, def := r.clauseList(p.Text); vals != nil {
				r.lists = append(r.lists, vals)
				if def != "" {
					r.itemDefs = append(r.itemDefs, def)
				}
			} else if vals := r.parenList(p.Text); vals != nil {
				r.lists = append(r.lists, vals)
			} else if vals := r.supportedList(p.Text); vals != nil {
				r.lists = append(r.lists, vals)
			} else if i == 0 {
				if vals := r.leadList(p.Text); vals != nil { // the first paragraph's only
					r.lists = append(r.lists, vals)
				}
			}
		}
		r.readDefaults(p.Text, ms)
		r.readLengths(p.Text, ms)
		r.readBounds(p.Text, ms)
	}
	return r.result()
}

// proseReader collects what a cell's notations say; notations that disagree
// cancel each other.
type proseReader struct {
	field string
	paras []docparse.Para // the description's paragraphs
	multi bool            // the description says values combine (multiValue) or its list is an example (referenceOnly)
	// fixed are the values of intros that fix the field's one value ("The
	// value is fixed at v3."): its enum, when no other list is read
	fixed    [][]string
	lists    [][]string
	enums    [][]string
	defs     []string
	ranges   [][2]float64
	bounds   []bound
	lengths  [][2]int64
	itemDefs []string
	// passives are the sentences of "… are queried by default": the value
	// is one of the list they name (passiveDefault)
	passives []string
	// singles are the values of sentences that each give one ("取值为“Auto”，
	// 表示…。" "取值为“Manual”，表示…。"): two or more make a list, when no
	// other intro of the cell was left unread (unread counts them).
	singles []string
	unread  int
	// cases are the lists of intros that a case opens the sentence of
	// ("For MySQL, the value is async or semisync."): two or more, and no
	// other list, make the enum together
	cases [][]string
}

func (r *proseReader) result() proseFacets {
	var p proseFacets
	if r.multi {
		r.enums, r.lists, r.fixed = nil, nil, nil
	}
	// one value, fixed, when no list beside it says more ("共享型：固定为v4；独享型：取值…")
	fixedOnly := len(r.enums) == 0 && len(r.fixed) > 0 && allSame(r.fixed, sameSet)
	if len(r.enums) > 0 && allSame(r.enums, sameSet) {
		p.enum = r.enums[0]
	} else if fixedOnly {
		p.enum = r.fixed[0]
	} else if len(r.enums) == 0 && len(r.fixed) == 0 && len(r.cases) >= 2 {
		p.enum = unionOf(r.cases)
	}
	if len(r.lists) > 0 && allSame(r.lists, sameSet) {
		// one list, or one said twice: "方式：A和B。" over the items "A：…", "B：…"
		p.listEnum = r.lists[0]
	}
	if p.enum != nil && r.givesOtherValue(p.enum) {
		p.enum = nil
	}
	if p.listEnum != nil && r.givesOtherValue(p.listEnum) {
		p.listEnum = nil
	}
	if p.enum == nil && p.listEnum == nil && !r.multi && len(r.ranges) == 0 && len(r.enums) == 0 && r.unread == 0 {
		p.enum = listOf(r.singles, 2)
	}
	defs := r.defs
	if len(defs) == 0 {
		defs = r.itemDefs
	}
	if len(r.passives) > 0 {
		// a passive default counts as a default stated, its value the list
		// value it names or unknown (""), which agrees with no other
		enum := p.enum
		if enum == nil {
			enum = p.listEnum
		}
		defs = append(slices.Clip(defs), passiveDefault(r.passives, enum))
	}
	if len(defs) > 0 && defs[0] != "" && allSame(defs, func(a, b string) bool { return a == b }) {
		p.def, p.hasDef = defs[0], true
	}
	if fixedOnly && p.hasDef && !slices.Contains(p.enum, p.def) {
		// "默认5_bgp …。某局点取值只能为5_gray": fixed in one case only
		p.enum = nil
	}
	numbers := r.singleNumbers()
	if len(r.ranges) > 0 && allSame(r.ranges, func(a, b [2]float64) bool { return a == b }) && !r.quantitiesDiffer() {
		lo, hi := r.ranges[0][0], r.ranges[0][1]
		// "mongos: The value ranges from 2 to 12." … "config: The value is
		// 1.": the range of some cases; the field's holds the value of the others
		for _, v := range numbers {
			lo, hi = min(lo, v), max(hi, v)
		}
		p.min, p.max = &lo, &hi
	}
	if len(r.ranges) == 0 && len(r.bounds) > 0 {
		// "最小值为1，…；若填-1则为最大值": a value below the lowest is named,
		// or a value the text gives beyond one end ("…最大值为12。…取值为16")
		negatives := r.negatives()
		p.bounds = slices.DeleteFunc(slices.Clone(r.bounds), func(b bound) bool {
			beyond := func(v float64) bool {
				if b.upper {
					return v > b.v || v == b.v && b.exclusive
				}
				return v < b.v || v == b.v && b.exclusive
			}
			return !b.upper && slices.ContainsFunc(negatives, beyond) || !b.length && slices.ContainsFunc(numbers, beyond)
		})
	}
	if len(r.lengths) > 0 {
		// a length range says the length; the one end a bound gives must agree
		if allSame(r.lengths, func(a, b [2]int64) bool { return a == b }) {
			lo, hi := r.lengths[0][0], r.lengths[0][1]
			if !slices.ContainsFunc(r.bounds, func(b bound) bool { return b.length && b.upper && b.end() != float64(hi) }) {
				p.minLen, p.maxLen = &lo, &hi
			}
		}
		p.bounds = lengthBounds(p.bounds, false)
	}
	return p
}

// singleNumbers are the values of singles that are numbers.
func (r *proseReader) singleNumbers() []float64 {
	var out []float64
	for _, v := range r.singles {
		if n, err := strconv.ParseFloat(v, 64); err == nil {
			out = append(out, n)
		}
	}
	return out
}

// quantitiesDiffer says whether the description gives two different ranges
// of quantities ("取值范围：40GB~4000GB。… 部分用户支持40GB~6000GB", "规格为
// 100MB时，… 600GB ~ 90000GB。规格为1200MB，… 4800GB ~ 90000GB"): the range
// depends on what the page says around it.
func (r *proseReader) quantitiesDiffer() bool {
	var first string
	for _, p := range r.paras {
		for _, m := range quantityRange.FindAllStringSubmatch(p.Text, -1) {
			if m[2] != m[4] {
				continue
			}
			if k := m[1] + m[2] + "-" + m[3]; first == "" {
				first = k
			} else if k != first {
				return true
			}
		}
	}
	return false
}

func allSame[T any](xs []T, eq func(a, b T) bool) bool {
	for _, x := range xs[1:] {
		if !eq(xs[0], x) {
			return false
		}
	}
	return true
}

// unionOf is every value of the lists, each once, in the order they come.
func unionOf(lists [][]string) []string {
	var out []string
	for _, l := range lists {
		for _, v := range l {
			out = appendNew(out, v)
		}
	}
	return out
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	in := map[string]bool{}
	for _, v := range a {
		in[v] = true
	}
	for _, v := range b {
		if !in[v] {
			return false
		}
	}
	return true
}

// prefixOf is the first of words (longest first) that starts s, or "".
func prefixOf(s string, words []string) string {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return w
		}
	}
	return ""
}

// prefixFoldOf is prefixOf in any letter case, ending at a word's end.
func prefixFoldOf(s string, words []string) string {
	for _, w := range words {
		if hasPrefixFold(s, w) && (len(s) == len(w) || !wordByte(s[len(w)])) {
			return s[:len(w)]
		}
	}
	return ""
}

// unitPrefix is the length unit that starts s ("个字符", "characters"), or "".
func unitPrefix(s string) string {
	for _, u := range units {
		if hasPrefixFold(s, u) {
			return s[:len(u)]
		}
	}
	return ""
}

var (
	connectorsZH      = sortedByLength(enumConnectorsZH)
	units             = sortedByLength(lengthUnits)
	cjkSeparators     = []string{"、", "和", "或"}
	quantityUnitWords = sortedByLength(quantityUnits)
	quantityRange     = regexp.MustCompile(`([0-9]+)\s*(` + strings.Join(quantityUnitWords, "|") + `)\s*(?:[-~～－–]|to|至|到)\s*([0-9]+)\s*(` + strings.Join(quantityUnitWords, "|") + `)`)
	nestedItem        = regexp.MustCompile(`\s[-•]\s*[A-Za-z0-9_.\-]+\s*[:：]`)
	rangeTailWords    = sortedByLength(rangeTails)
	rangeGoesOn       = []string{"and", "but", "or"}
	tailsEN           = sortedByLength(enumTailsEN)
	countConnector    = regexp.MustCompile(`^有[0-9两二三四五六七八九十]+种`)
	// supportedTail: what may stand between "支持" and its colon ("目前支持
	// 的协议包括：", "支持的操作有："): a noun of values (not "支持的配置项：",
	// the names of parts, or "支持的网段范围：", what each case allows)
	supportedTail = regexp.MustCompile(`^的(?:` + valueNounsZH + `)(?:包括|有|如下|为|是)?[:：]`)
	// announceTail: what may stand between "如下" and its colon ("如下3种",
	// "以下几种值", "如下状态", "以下四个阶段")
	announceTail = regexp.MustCompile(`^(?:[0-9两二三四五六七八九十几]+(?:种|个|类))?(?:` + valueNounsZH + `)?`)
)

// sentenceStart says whether a text ending here ends a sentence (or is empty).
func sentenceStart(before string) bool { return startsAfter(before, ".。;；:：!?！？)）•") }

// startsAfter says whether before is empty or ends, spaces aside, in one of
// the punctuation marks ends.
func startsAfter(before, ends string) bool {
	b := strings.TrimRight(before, " \t")
	if b == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(b)
	return strings.ContainsRune(ends, r)
}

// aboutField says whether a list introduced after these identifiers holds
// the field's own values, not its names: every identifier before the intro
// in its sentence is the field ("sort_key的取值范围", "key的取值范围") or one
// of the values, else the list is another's ("mm和MM取值必须相同，且取值必须为
// 00、15", "其中direction的取值为asc或desc").
func (r *proseReader) aboutField(subjects, vals []string) bool {
	field := strings.ToLower(r.field)
	for _, v := range vals {
		for _, part := range strings.Split(field, "/") {
			if strings.ToLower(v) == part {
				return false // the names of the field ("支持group_id和group")
			}
		}
	}
	for _, s := range subjects {
		l := strings.ToLower(s)
		if l == field || strings.HasSuffix(field, l) && strings.ContainsRune("_.:-/", rune(field[len(field)-len(l)-1])) || strings.HasSuffix(field, l) && len(l) >= 4 {
			continue
		}
		if slicesContains(vals, s) {
			continue
		}
		return false
	}
	return true
}

func slicesContains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// identifiers are the ASCII runs of a Chinese text that name a parameter or
// a part of a value: with "_" or ":", in camelCase, or in lower case ("mm",
// "direction"); not acronyms or capitalised words ("ID", "Docker").
func identifiers(s string) []string {
	var out []string
	for _, run := range asciiRun.FindAllString(s, -1) {
		run = strings.Trim(run, ".-:")
		lower, letters, camel := true, 0, false
		for i := 0; i < len(run); i++ {
			c := run[i]
			if c >= 'A' && c <= 'Z' {
				lower = false
				if i > 0 && run[i-1] >= 'a' && run[i-1] <= 'z' {
					camel = true
				}
			}
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				letters++
			}
		}
		if strings.ContainsAny(run, "_:") || camel || lower && letters >= 2 {
			out = append(out, run)
		}
	}
	return out
}

// sentenceBefore is the part of the sentence that ends with before.
func sentenceBefore(before string) string {
	start := 0
	if i := strings.LastIndexAny(before, "。；;!?！？\n"); i >= 0 {
		_, w := utf8.DecodeRuneInString(before[i:])
		start = i + w
	}
	if i := strings.LastIndex(before, ". "); i+1 > start {
		start = i + 1
	}
	return before[start:]
}

// conditional says whether the sentence that ends with before sets a
// condition ("type为PATH时，", "当…", "If …").
func conditional(before string) bool {
	return conditionSpan.MatchString(sentenceBefore(before))
}

// sameSentence says whether bytes i < j of text are in one sentence.
func sameSentence(text string, i, j int) bool {
	return len(sentence(text[i:])) > j-i
}

// sentence is s up to the end of its first sentence.
func sentence(s string) string {
	end := len(s)
	if i := strings.IndexAny(s, "。；;!！\n"); i >= 0 {
		end = i
	}
	for i := 0; i < end; i++ {
		if s[i] == '.' && (i+1 == len(s) || s[i+1] == ' ') {
			end = i
			break
		}
	}
	return s[:end]
}

// hasAny says whether s contains one of the words.
func hasAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

func sortedByLength(words []string) []string {
	w := append([]string(nil), words...)
	sort.SliceStable(w, func(i, j int) bool { return len(w[i]) > len(w[j]) })
	return w
}

// sentenceAround is the sentence of text that holds byte i.
func sentenceAround(text string, i int) string {
	from := strings.LastIndexAny(text[:i], "。；;!！\n")
	if j := strings.LastIndex(text[:i], ". "); j > from {
		from = j
	}
	return text[from+1:i] + sentence(text[i:])
}

// forReference reports whether a description says its list is for
// reference only (referenceOnly), reading the regular expression only where
// one of its words occurs.
func forReference(s string) bool {
	return (strings.Contains(s, "仅供") || strings.Contains(s, "为准") || strings.Contains(s, "eference")) && referenceOnly.MatchString(s)
}
