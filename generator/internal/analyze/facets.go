package analyze

import (
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docspec/docspec/generator/internal/docparse"
)

// facets are the value constraints written in a description cell.
type facets struct {
	Desc       string
	Enum       []string
	Default    string
	HasDefault bool
	Min, Max   *float64
	MinLen     *int64
	MaxLen     *int64
	// prose is what the description's sentences say ("取值范围：A、B",
	// "The value ranges from 1 to 100."): forType applies it, by the
	// field's type, where the keyed facets above say nothing.
	prose proseFacets
}

// proseFacets are the facets read from the prose notations of a cell.
type proseFacets struct {
	enum           []string
	listEnum       []string // the list right after the description, with no intro (bareList)
	def            string
	hasDef         bool
	min, max       *float64
	bounds         []bound // one end each, when no range is read
	minLen, maxLen *int64
}

// bound is one end of a number's values ("最小值为0", "小于100", "非负整数").
type bound struct {
	v         float64
	upper     bool // the highest value, else the lowest
	exclusive bool // v itself is not a value ("大于0")
	length    bool // of the value's length ("The length is greater than 0 and less than 256")
}

// forType is f with its prose facets applied for a value of type typ: a
// prose enum whose values all parse as typ (never on booleans: true and
// false are all a boolean has), a numeric range on numbers, a length range
// on strings, a default that parses as typ. Keyed facets win.
func (f facets) forType(typ string) facets {
	p := f.prose
	bounded := false // by bounds, which the default may contradict
	for _, e := range [][]string{p.enum, p.listEnum} {
		if e = emptyFor(e, typ); len(f.Enum) == 0 && len(e) > 0 && typ != "boolean" && allParse(e, typ) {
			f.Enum = e
		}
	}
	switch typ {
	case "integer", "number":
		switch {
		case f.Min != nil || f.Max != nil:
		case p.min != nil:
			if allParse([]string{fmtNum(*p.min), fmtNum(*p.max)}, typ) {
				f.Min, f.Max = p.min, p.max
			}
		default:
			f.Min, f.Max = boundsFor(lengthBounds(p.bounds, false), typ)
			bounded = true
		}
	case "string":
		if f.MinLen == nil && f.MaxLen == nil {
			f.MinLen, f.MaxLen = p.minLen, p.maxLen
			if p.minLen == nil && p.maxLen == nil {
				lo, hi := boundsFor(lengthBounds(p.bounds, true), "integer")
				f.MinLen, f.MaxLen = intOf(lo), intOf(hi)
			}
		}
	}
	if !f.HasDefault && p.hasDef && allParse([]string{p.def}, typ) {
		f.Default, f.HasDefault = p.def, true
	}
	if d, err := strconv.ParseFloat(f.Default, 64); bounded && f.HasDefault && err == nil && (f.Min != nil && d < *f.Min || f.Max != nil && d > *f.Max) {
		f.Min, f.Max = nil, nil // the page's default says otherwise
	}
	return f
}

// emptyFor is a list without its empty string unless typ is string, where
// it is a value ("空字符串：…"); elsewhere it says the field is left empty.
func emptyFor(vals []string, typ string) []string {
	if typ == "string" || !slices.Contains(vals, "") {
		return vals
	}
	return slices.DeleteFunc(slices.Clone(vals), func(v string) bool { return v == "" })
}

// allParse says whether every value parses as a value of type typ.
func allParse(values []string, typ string) bool {
	for _, v := range values {
		var err error
		switch typ {
		case "string":
		case "integer":
			_, err = strconv.ParseInt(v, 10, 64)
		case "number":
			_, err = strconv.ParseFloat(v, 64)
		case "boolean":
			_, err = strconv.ParseBool(v)
			if v != "true" && v != "false" {
				return false
			}
		default:
			return false
		}
		if err != nil {
			return false
		}
	}
	return true
}

func fmtNum(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// leadingNumber is the number that starts s, or "".
func leadingNumber(s string) string { return numberPrefix.FindString(s) }

// facetKeyIndex finds the facet keys of a text, each followed by a colon,
// as [match start, match end, key start, key end]. Every match ends at a
// colon: the key is looked for before each colon only, and only when the
// text there ends in the last letter of some key.
func facetKeyIndex(s string) [][]int {
	var locs [][]int
	for i := 0; i < len(s); i++ {
		var end int
		switch {
		case s[i] == ':':
			end = i + 1
		case s[i] == 0xEF && strings.HasPrefix(s[i:], "："):
			end = i + len("：")
		default:
			continue
		}
		before := strings.TrimRight(s[:i], " \t\n\f\r")
		if r, _ := utf8.DecodeLastRuneInString(before); !facetKeyLast[unicode.ToLower(r)] {
			continue
		}
		from := max(0, len(before)-maxFacetKey)
		for from > 0 && !utf8.RuneStart(before[from]) {
			from--
		}
		if m := facetKeyEnd.FindStringSubmatchIndex(before[from:]); m != nil {
			locs = append(locs, []int{from + m[2], end, from + m[2], from + m[3]})
		}
		i = end - 1
	}
	return locs
}

// facetKeyLast holds the last letter of every facet key.
var facetKeyLast = func() map[rune]bool {
	m := map[rune]bool{}
	for k := range facetKeys {
		r, _ := utf8.DecodeLastRuneInString(k)
		m[r] = true
	}
	return m
}()

// readFacets splits the description cell of a field into prose and facets.
// A keyed facet ("枚举值：", "缺省值：" …) leaves the description; one whose
// value cannot be read, or that says more than its value, stays in it.
func readFacets(c docparse.Cell, field string) facets {
	var f facets
	var desc []string
	paras, joined := joinLabels(c.Paras)
	for i := 0; i < len(paras); i++ {
		p := paras[i]
		// "枚举值：", "缺省值：", "最小长度：" … anywhere in a paragraph (pipe
		// cells run facets together: "最小长度：**0**最大长度：**36**").
		locs := facetKeyIndex(p.Text)
		if len(locs) == 0 {
			desc = append(desc, joined.texts(i, p.Text)...)
			continue
		}
		descFrom := len(desc)
		if pre := strings.TrimSpace(p.Text[:locs[0][0]]); pre != "" {
			desc = append(desc, pre)
		}
		taken := false
		// where each strong run sits in the text
		type run struct {
			at   int
			text string
		}
		// Runs are located from the end: facets close a cell, and a value
		// (WHOLE) may also appear earlier in the prose.
		runs := make([]run, len(p.Strong))
		end := len(p.Text)
		for k := len(p.Strong) - 1; k >= 0; k-- {
			at := strings.LastIndex(p.Text[:end], p.Strong[k])
			if at < 0 {
				at = -1
			} else {
				end = at
			}
			runs[k] = run{at, p.Strong[k]}
		}
		for li, loc := range locs {
			kind := facetKeys[strings.ToLower(p.Text[loc[2]:loc[3]])]
			segEnd := len(p.Text)
			if li+1 < len(locs) {
				segEnd = locs[li+1][0]
			}
			seg := strings.TrimSpace(p.Text[loc[1]:segEnd])
			var strong []string
			for _, r := range runs {
				if r.at >= loc[1] && r.at < segEnd {
					strong = append(strong, r.text)
				}
			}
			consumed := false
			switch kind {
			case facetEnum:
				var vals []string
				switch {
				case len(strong) > 0:
					for _, v := range strong {
						if v = cleanValue(v); v != "" {
							vals = append(vals, v)
						}
					}
				case seg == "" && li == len(locs)-1:
					// the values are the list items that follow
					j := i + 1
					for ; j < len(paras) && paras[j].Item; j++ {
						if paras[j].Cont {
							continue // what the item says further
						}
						v, ok := keyedItem(paras[j])
						if !ok {
							vals = nil
							break
						}
						vals = append(vals, v)
					}
					if len(vals) > 0 {
						i = j - 1
					}
				default:
					vals, _ = inlineValues(seg, 1)
				}
				f.Enum = append(f.Enum, vals...)
				consumed = len(vals) > 0
			case facetDefault:
				switch {
				case len(strong) > 0:
					if v := cleanValue(strong[0]); v != "" {
						f.Default, f.HasDefault, consumed = v, true, true
					}
				case plainValue(cleanValue(seg)):
					f.Default, f.HasDefault, consumed = cleanValue(seg), true, true
				default:
					// "默认值：false，表示不开启": the value, and the text stays
					if v, ok := leadValue(seg); ok {
						f.Default, f.HasDefault = v, true
					}
				}
			case facetMinLen, facetMaxLen:
				if m := leadingNumber(seg); m != "" {
					if n, err := strconv.ParseInt(m, 10, 64); err == nil {
						if kind == facetMinLen {
							f.MinLen = &n
						} else {
							f.MaxLen = &n
						}
						consumed = true
					}
				}
			case facetMin, facetMax:
				if m := leadingNumber(seg); m != "" {
					if n, err := strconv.ParseFloat(m, 64); err == nil {
						if kind == facetMin {
							f.Min = &n
						} else {
							f.Max = &n
						}
						consumed = true
					}
				}
			}
			if !consumed {
				desc = append(desc, strings.TrimSpace(p.Text[loc[0]:segEnd]))
			}
			taken = taken || consumed
		}
		if _, ok := joined[i]; ok && !taken {
			desc = append(desc[:descFrom], joined.texts(i, p.Text)...) // as written
		}
	}
	f.Desc = strings.Join(desc, "\n")
	f.prose = readProse(foldItems(paras), field)
	return f
}

// joinLabels joins a label of one value alone in its paragraph to the
// paragraph that gives the value, when nothing else follows before the
// next label or the cell's end: the newer pages give each part of a
// description under a label of its own ("参数解释：", "每页条数。", "取值范围：",
// "1~1000", "默认取值：", "100"; "Range", "1-1000", "Default Value", "100").
// A label followed by items or by several paragraphs stays as it is.
// joined keeps, by the index of a joined paragraph, the two it was.
func joinLabels(paras []docparse.Para) (out []docparse.Para, joined joinedParas) {
	for i := 0; i < len(paras); i++ {
		p := paras[i]
		lbl, ok := partLabel(p)
		if !ok || !valueLabels[lbl] || i+1 == len(paras) || paras[i+1].Item || paras[i+1].Cont {
			if out != nil {
				out = append(out, p)
			}
			continue
		}
		next := paras[i+1]
		if _, isLabel := partLabel(next); isLabel || noDefault[strings.ToUpper(strings.TrimSpace(next.Text))] || i+2 < len(paras) && !labelPara(paras[i+2]) {
			if out != nil {
				out = append(out, p)
			}
			continue
		}
		if out == nil {
			// the first join: the paragraphs before it as they are
			out = append(make([]docparse.Para, 0, len(paras)), paras[:i]...)
			joined = map[int][2]string{}
		}
		joined[len(out)] = [2]string{p.Text, next.Text}
		text := strings.TrimRight(strings.TrimSpace(p.Text), ":：")
		if isASCII(text) {
			text += ": "
		} else {
			text += "："
		}
		p.Text = text + strings.TrimSpace(next.Text)
		p.Strong = append(slices.Clip(p.Strong), next.Strong...)
		out = append(out, p)
		i++
	}
	if out == nil {
		return paras, nil
	}
	return out, joined
}

// joinedParas holds the paragraphs joinLabels joined, by the index of the
// paragraph they became.
type joinedParas map[int][2]string

// texts are the paragraphs as written that paragraph i of the joined ones
// is (text itself when it was not joined).
func (j joinedParas) texts(i int, text string) []string {
	if two, ok := j[i]; ok {
		return two[:]
	}
	return []string{text}
}

// partLabel is the label a paragraph is, in lower case, when it is only
// one of valueLabels or sectionLabels (with or without its colon).
func partLabel(p docparse.Para) (string, bool) {
	if p.Item || len(p.Text) > 40 {
		return "", false
	}
	t := strings.ToLower(strings.TrimSpace(strings.TrimRight(strings.TrimSpace(p.Text), ":：")))
	return t, valueLabels[t] || sectionLabels[t]
}

// labelPara says whether a paragraph is only a label: a part's
// (partLabel) or a note's ("说明：").
func labelPara(p docparse.Para) bool {
	if _, ok := partLabel(p); ok {
		return true
	}
	t := strings.TrimSpace(p.Text)
	return !p.Item && (strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":")) && label(t)
}

// foldItems joins to each list item the further paragraphs it holds
// ("<li><strong>VirtualMachine</strong>: a VM cluster.<p>A VM cluster
// manages …</p></li>"): one paragraph per item, as lists are read; a
// paragraph that starts with the name of a part or a facet's key
// ("Default: TCP.", "Unit: GB") stands apart.
func foldItems(paras []docparse.Para) []docparse.Para {
	if !slices.ContainsFunc(paras, func(p docparse.Para) bool { return p.Cont }) {
		return paras
	}
	out := make([]docparse.Para, 0, len(paras))
	for _, p := range paras {
		if it, ok := valueItem(p.Text); p.Cont && ok && it.separated && it.namesPart() {
			// "Default: TCP." under the last item: the field's, not the item's
			p.Item, p.Cont = false, false
			out = append(out, p)
			continue
		}
		if n := len(out); p.Cont && n > 0 && out[n-1].Item {
			last := &out[n-1]
			last.Text += " " + p.Text
			last.Strong = append(slices.Clip(last.Strong), p.Strong...)
			continue
		}
		out = append(out, p)
	}
	return out
}

// keyedItem is the value of a list item after "枚举值：": the item itself
// when it is bold or a plain value, else the value that starts it
// ("5_bgp：全动态BGP").
func keyedItem(p docparse.Para) (string, bool) {
	v := cleanValue(p.Text)
	if v == "" {
		return "", false
	}
	if len(p.Strong) == 1 && cleanValue(p.Strong[0]) == v || plainValue(v) {
		return v, true
	}
	if it, ok := valueItem(p.Text); ok && len(it.values) == 1 {
		return it.values[0], true
	}
	return "", false
}

// cleanValue trims a facet value: white space, trailing full stops, quotes.
func cleanValue(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, "。；;，,")
	s = strings.TrimSpace(s)
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		s = s[1 : len(s)-1]
	}
	if q, n, quoted := scanValue(s); quoted && n == len(s) {
		s = q
	}
	return s
}

// plainValue says whether s is one value as a whole: printable ASCII
// without white space or sentence punctuation.
func plainValue(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c >= 0x7f || c == ',' || c == ';' {
			return false
		}
	}
	return !strings.Contains(s, ". ") && !strings.HasSuffix(s, ".")
}

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
	countWords     = regexp.MustCompile(`^(?:[0-9两二三四五六七八九十]+种|(?:[两二三四五六七八九十]者)?之一)`)
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

// clauseList reads a list written as clauses of a paragraph, with no intro:
// two or more clauses in a row, each "MEANING：VALUE" ("公有云：public；混合云：
// hybrid", "按需：post_paid，包周期：pre_paid"), each "VALUE表示…" ("7表示管理
// 权限，3表示编辑权限，1表示读取权限", "DATA indicates a data disk.") or each
// "VALUE：含义" ("high：密码强度高；mid：密码强度中等", whose meaning may go on
// after a comma, and may mark the default: "month：月（默认）"). nil when the
// paragraph holds no such run or more than one, when it gives examples or
// the parts of a format ("其中h表示…"), or when the text before the run names
// another parameter ("deleteVolume：…。false表示不删除，true表示删除").
func (r *proseReader) clauseList(text string) (vals []string, def string) {
	// two clauses at least, each with a colon or a 表示 (cheap before the
	// regular expressions: most descriptions have neither)
	if strings.Count(text, ":")+strings.Count(text, "：")+strings.Count(text, "表示")+strings.Count(text, "代表")+
		strings.Count(text, " indicates ")+strings.Count(text, " means ")+strings.Count(text, " represents ")+strings.Count(text, " stands for ") < 2 {
		return nil, ""
	}
	var found, run []string
	lead, runLead := "", ""
	foundDef, runDef := "", "" // the default a value-first clause marks
	kind, prose := 0, false    // the run's kind: 1 meaning first, 2 value and 表示, 3 value and colon
	flush := func() {
		if len(run) >= 2 && (kind >= 2 || prose) {
			if found != nil {
				found = []string{} // a second list: neither is read
			} else {
				found, lead, foundDef = run, runLead, runDef
			}
		}
		run, kind, prose, runDef = nil, 0, false, ""
	}
	at := 0
	for _, c := range clauses(text) {
		k, v, p, isDef := 0, "", false, false
		if vv, pl, ok := reversedClause(c); ok {
			k, v, p = 1, vv, pl
		} else if vv, ok := meaningClause(c); ok {
			k, v = 2, vv
		} else if vv, d, ok := valueFirstClause(c); ok {
			k, v, isDef = 3, vv, d
		}
		// "SUPPORTED：表示为老版本，但是现在还继续支持": the meaning goes on
		first, _ := utf8.DecodeRuneInString(strings.TrimLeft(c, " "))
		goesOn := k == 0 && kind == 3 && isHan(first)
		if k == 0 && kind == 3 && runTogetherValue(strings.TrimLeft(c, " ")) {
			// an item not read ("MAINTENANCE：维护状态空字符串：…"): the list
			// would lack it, so none is read
			found, run, kind = []string{}, nil, 0
			continue
		}
		if !goesOn && (k == 0 || k != kind && kind != 0) {
			flush()
		}
		if k != 0 {
			if len(run) == 0 {
				runLead = text[:at]
				if k >= 2 {
					// "订阅者状态：0表示…": the label before the first value
					if i := strings.LastIndexAny(c, ":："); i >= 0 {
						if k == 3 { // "当前支持包月和包年： month：月"
							i = max(strings.LastIndexAny(c[:i], ":："), 0)
						}
						runLead += c[:i]
					}
				}
			}
			run, kind, prose = append(run, v), k, prose || p
			if isDef {
				runDef = v
			}
		}
		at += len(c)
		if at < len(text) {
			_, w := utf8.DecodeRuneInString(text[at:])
			at += w
		}
	}
	flush()
	subjects := identifiers(lead)
	if isASCII(lead) {
		subjects = codeIdentifiers(lead) // English prose: its words are not names
	}
	if len(found) == 0 || exampleIntro.MatchString(text) || partsIntro.MatchString(text) || !r.aboutField(subjects, found) || r.partsOfOne(found) {
		return nil, ""
	}
	if vals = listOf(found, 2); vals == nil {
		return nil, ""
	}
	return vals, foundDef
}

// codeIdentifiers are the identifiers of English prose that name a
// parameter: with "_" or ":", or in camelCase.
func codeIdentifiers(s string) []string {
	var out []string
	for _, id := range identifiers(s) {
		if strings.ContainsAny(id, "_:") || strings.ToLower(id) != id {
			out = append(out, id)
		}
	}
	return out
}

// partsOfOne reports whether two of the values are parts of one word of
// the description ("Use rds.mysql.m1.xlarge as an example. rds indicates
// RDS, mysql indicates the DB engine"): they explain a format.
func (r *proseReader) partsOfOne(vals []string) bool {
	for _, p := range r.paras {
		for _, w := range strings.Fields(p.Text) {
			n := 0
			for _, part := range strings.FieldsFunc(w, func(c rune) bool { return c == '.' }) {
				if slicesContains(vals, part) {
					n++
				}
			}
			if n >= 2 {
				return true
			}
		}
	}
	return false
}

// parenList reads a list that names each value's meaning first and the
// value in parentheses: "备份（backup）、复制(replication)", "分为服务器证书
// (server)、CA证书(client)", "包含两种：允许（Allow）和拒绝（Deny），…". The
// list starts a sentence, follows a colon, or follows the first comma of
// the paragraph ("规格，崩溃一致性（crash_consistent）或…"), never the middle
// of a sentence ("要求…一致，均为通用型（s6）、增强型（c3）"); every meaning is
// Chinese, and the list ends its sentence or clause. nil when a paragraph
// gives examples, holds two such lists, or the text before the list names
// another parameter.
func (r *proseReader) parenList(text string) []string {
	if strings.Count(text, "(")+strings.Count(text, "（") < 2 {
		return nil
	}
	var found []string
	lead := ""
	commas := 0
	for i := 0; i < len(text); {
		if commas <= 1 {
			if vals, n := parenRun(text[i:]); len(vals) >= 2 {
				if found != nil {
					return nil
				}
				found, lead = vals, text[:i]
				i += n
				continue
			}
		}
		// the next place a list may start
		j := strings.IndexAny(text[i:], "：:，,。；;")
		if j < 0 {
			break
		}
		c, w := utf8.DecodeRuneInString(text[i+j:])
		switch c {
		case '，', ',':
			commas++
		case '。', '；', ';':
			commas = 0 // a new sentence
		default:
			commas = min(commas, 1)
		}
		i += j + w
	}
	if found == nil || exampleIntro.MatchString(text) || !r.aboutField(identifiers(lead), found) {
		return nil
	}
	return listOf(found, 2)
}

// leadList reads a list that follows the name of the field at the start of
// a description, after its colon or comma: "对实例的操作：restart、delete",
// "回收类型，date_rule、tag_rule" (readProse reads it from the first
// paragraph only). The name is Chinese prose with no identifier, ending in a
// Chinese character; every value is a word (two letters at least) or an
// integer, not a character class ("字符集：0-9，A-Z，a-z"); and the list ends
// where an inline list may.
func (r *proseReader) leadList(text string) []string {
	i := strings.IndexAny(text, "：:，,。；;")
	if i <= 0 {
		return nil
	}
	c, w := utf8.DecodeRuneInString(text[i:])
	lead := strings.TrimSpace(text[:i])
	if strings.ContainsRune("。；;", c) || !hanAtEnd(lead) || len(lead) > maxReversedLabel || len(identifiers(lead)) > 0 {
		return nil
	}
	rest := strings.TrimLeft(text[i+w:], " ")
	vals, _ := inlineValues(rest, 2)
	if vals == nil || exampleIntro.MatchString(text) || !r.aboutField(nil, vals) {
		return nil
	}
	for _, v := range vals {
		if _, err := strconv.Atoi(v); err != nil && letters(v) < 2 {
			return nil
		}
	}
	return vals
}

// supportedList reads an English sentence that gives the field's values as
// the ones supported, or as the one of: "TCP, UDP, and HTTP are supported.",
// "Currently, TCP, UDP, and ANY are supported.", `Supports "TCP" and "UDP".`,
// `One of: "Success" or "Failure".` The sentence holds the list and these
// words only, under no condition, and every value is quoted or in upper
// case ("Letters and digits are supported." names no values). A Chinese
// text is read by supportedListZH.
func (r *proseReader) supportedList(text string) []string {
	if hasAny(text, listVerbsZH) {
		return r.supportedListZH(text)
	}
	if !strings.Contains(text, "upport") && !strings.Contains(text, "One of") {
		return nil // most texts, cheaply
	}
	for s := text; s != ""; {
		sent := sentence(s)
		s = s[len(sent):]
		if _, w := utf8.DecodeRuneInString(s); w > 0 {
			s = strings.TrimLeft(s[w:], " ")
		}
		t := strings.TrimSpace(sent)
		for _, lead := range []string{"Currently, ", "At present, "} {
			t = strings.TrimPrefix(t, lead)
		}
		list, ok := cutAny(t, supportedLeads, supportedTails)
		if !ok || conditionEN.MatchString(t) {
			continue
		}
		vals, _ := inlineValues(list, 2)
		if vals == nil || !r.aboutField(nil, vals) || slices.ContainsFunc(vals, func(v string) bool {
			return !upperToken(v) && !strings.Contains(list, `"`+v+`"`) && !strings.Contains(list, "“"+v+"”")
		}) {
			continue
		}
		return vals
	}
	return nil
}

// supportedListZH reads a clause that is a bare verb of listVerbsZH and the
// values ("参数位置，支持path、header、query", "后端协议。支持TCP、UDP和HTTP。",
// "作业类型，包含DDL、DCL、QUERY。"): ASCII values, the list ending its
// clause, in the description of a kind of value (its first clause ends in a
// noun of listHeadNounsZH: 类型, 协议, 位置…). Not "IP地址。支持IPv4、IPv6。"
// (what the text may hold), "支持ingress和egress进行过滤", nor a list under a
// condition (one the text goes on to add a value to, "则传入ALL", result
// drops, as it drops any such list).
func (r *proseReader) supportedListZH(text string) []string {
	if !listHead(r.paras[0].Text) {
		return nil
	}
	for at := 0; at < len(text); {
		verb, i := "", -1
		for _, v := range listVerbsZH {
			if j := strings.Index(text[at:], v); j >= 0 && (i < 0 || at+j < i) {
				verb, i = v, at+j
			}
		}
		if i < 0 {
			return nil
		}
		at = i + len(verb)
		before := strings.TrimSuffix(strings.TrimSuffix(text[:i], "只"), "仅")
		before = strings.TrimSuffix(strings.TrimSuffix(before, "当前"), "目前")
		if !startsAfter(before, "，。；：,;") || conditional(before) {
			continue
		}
		vals, _ := inlineValues(text[at:], 2)
		if vals == nil || !r.aboutField(nil, vals) || slices.ContainsFunc(vals, func(v string) bool { return !printableASCII(v) }) {
			continue
		}
		return vals
	}
	return nil
}

// givesOtherValue says whether the description tells to give a value that
// vals lacks ("若要查询所有类型的作业，则传入ALL", "若设置为0，可以实现10秒级健康
// 检查"): the list is not all the values.
func (r *proseReader) givesOtherValue(vals []string) bool {
	for _, p := range r.paras {
		for _, verb := range giveVerbsZH {
			for t := p.Text; ; {
				i := strings.Index(t, verb)
				if i < 0 {
					break
				}
				t = t[i+len(verb):]
				// (not another parameter: "或填写scope.domain_id")
				if v, n, _ := scanValue(t); n > 0 && !slices.Contains(vals, v) && !strings.Contains(v, ".") && !strings.HasSuffix(v, "_id") {
					return true
				}
			}
		}
	}
	return false
}

// listHead says whether a description starts by naming a kind of value: its
// first clause, without a note in brackets, ends in a noun of
// listHeadNounsZH ("函数调用类型，…", "操作标识（区分大小写），…").
func listHead(text string) bool {
	head := text
	if i := strings.IndexAny(head, "，。；,;（("); i >= 0 {
		head = head[:i]
	}
	head = strings.TrimSpace(head)
	return slices.ContainsFunc(listHeadNounsZH, func(n string) bool { return strings.HasSuffix(head, n) })
}

// cutAny is t without the first of leads it starts with or the first of
// tails it ends with; false for none.
func cutAny(t string, leads, tails []string) (string, bool) {
	for _, l := range leads {
		if rest, ok := strings.CutPrefix(t, l); ok {
			return rest, true
		}
	}
	for _, e := range tails {
		if rest, ok := strings.CutSuffix(t, e); ok {
			return rest, true
		}
	}
	return "", false
}

// hanAtEnd says whether s ends in a Chinese character.
func hanAtEnd(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isHan(r)
}

// isHan says whether r is a Chinese character.
func isHan(r rune) bool { return r >= 0x80 && unicode.Is(unicode.Han, r) }

// letters counts the ASCII letters of s.
func letters(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			n++
		}
	}
	return n
}

// parenRun reads "MEANING（VALUE）SEP MEANING（VALUE）…" at the start of s: the
// values, and the bytes read; nil unless the run ends where a list may.
func parenRun(s string) ([]string, int) {
	var vals []string
	i := 0
	for {
		open := strings.IndexAny(s[i:], "（(")
		if open <= 0 {
			break
		}
		lbl := strings.TrimSpace(s[i : i+open])
		if lbl == "" || printableASCII(lbl) || strings.ContainsAny(lbl, "：:，,。；;、()（）“”\"") || len(lbl) > maxReversedLabel {
			break
		}
		n, inner, ok := paren(s[i+open:])
		if !ok {
			break
		}
		v, m, _ := scanValue(strings.TrimSpace(inner))
		if m == 0 || m != len(strings.TrimSpace(inner)) || notValues[strings.ToLower(v)] || letters(v) == 0 {
			break
		}
		vals = append(vals, v)
		i += open + n
		sep, k := separator(s[i:])
		if sep == "" {
			if listEnd(s[i:]) {
				return vals, i
			}
			break
		}
		if sep == "，" || sep == "," {
			// the list may end at a comma: prose follows, not one more pair
			if vs, _ := parenRun(s[i+k:]); len(vs) == 0 {
				return vals, i
			}
		}
		i += k
	}
	return nil, 0
}

// clauses splits a paragraph at the punctuation that ends a clause: "，；;。",
// and ", " "; " ". " in English. A list whose items lost their breaks
// ("public：公共镜像private：私有镜像") is split where the next "VALUE：" follows
// a clause that has its colon already.
func clauses(text string) []string {
	var out []string
	from := 0
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		end := false
		switch r {
		case '，', '；', '。', ';', '\n':
			end = true
		case ',', '.':
			end = i+w == len(text) || text[i+w] == ' '
		}
		if end {
			out = append(out, text[from:i])
			from = i + w
		} else if isHan(r) && runTogetherValue(text[i+w:]) && strings.Contains(text[from:i], "：") {
			out = append(out, text[from:i+w])
			from = i + w
		}
		i += w
	}
	return append(out, text[from:])
}

// runTogetherValue says whether s starts with an ASCII value and a
// full-width colon: the next item of a list written without breaks.
func runTogetherValue(s string) bool {
	n := 0
	for n < len(s) && (s[n] >= 'a' && s[n] <= 'z' || s[n] >= 'A' && s[n] <= 'Z' || n > 0 && (s[n] >= '0' && s[n] <= '9' || s[n] == '_' || s[n] == '-' || s[n] == '.')) {
		n++
	}
	return n > 0 && strings.HasPrefix(s[n:], "：")
}

// reversedClause reads a clause "MEANING：VALUE": the value, after the last
// colon, is all that follows but a parenthesis; the meaning is a name, not a
// label ("说明：") or an example ("例如："). Values without a letter are
// measures ("最小：1"), not a list.
func reversedClause(c string) (v string, proseLabel bool, ok bool) {
	c = strings.TrimSpace(c)
	i := strings.LastIndexAny(c, ":：")
	if i <= 0 {
		return "", false, false
	}
	from := strings.LastIndexAny(c[:i], ":：")
	if from >= 0 {
		_, w := utf8.DecodeRuneInString(c[from:])
		from += w
	} else {
		from = 0
	}
	lbl := strings.TrimSpace(c[from:i])
	if lbl == "" || len(lbl) > maxReversedLabel || strings.ContainsAny(lbl, "()（）") || labelWords[strings.ToLower(lbl)] || exampleIntro.MatchString(lbl) {
		return "", false, false
	}
	_, w := utf8.DecodeRuneInString(c[i:])
	rest := strings.TrimLeft(c[i+w:], " ")
	v, n, quoted := scanValue(rest)
	if n == 0 || !quoted && notValues[strings.ToLower(v)] || letters(v) == 0 {
		return "", false, false
	}
	after := rest[n:]
	if p, _, ok := paren(after); ok {
		after = after[p:]
	}
	if strings.TrimSpace(after) != "" {
		return "", false, false
	}
	return v, !printableASCII(lbl) || strings.Contains(lbl, " "), true
}

// meaningClause reads a clause "VALUE表示…" ("7表示管理权限", "DATA表示为数据盘"),
// after a label and its colon ("状态：0表示…").
func meaningClause(c string) (string, bool) {
	if i := strings.LastIndexAny(c, ":："); i >= 0 {
		_, w := utf8.DecodeRuneInString(c[i:])
		c = c[i+w:]
	}
	c = strings.TrimLeft(c, " ")
	// "…, and SNAPSHOTTING indicates …", "Value REBOOTING indicates …"
	for _, lead := range clauseLeadWords {
		if len(c) > len(lead) && strings.EqualFold(c[:len(lead)], lead) {
			c = c[len(lead):]
		}
	}
	v, n, quoted := scanValue(c)
	if n == 0 || !quoted && notValues[strings.ToLower(v)] {
		return "", false
	}
	if prefixOf(strings.TrimLeft(c[n:], " "), clauseMeaningWords) == "" {
		return "", false
	}
	return v, true
}

// valueFirstClause reads a clause "VALUE：含义" whose meaning is Chinese
// ("month：月（默认）", "discard:丢弃"), after a label and its colon
// ("当前支持包月和包年： month：月"): the value is all between the colons;
// isDefault when the meaning ends marking it so (markedDefault).
func valueFirstClause(c string) (v string, isDefault, ok bool) {
	i := strings.LastIndexAny(c, ":：")
	if i <= 0 {
		return "", false, false
	}
	_, w := utf8.DecodeRuneInString(c[i:])
	meaning := strings.TrimLeft(c[i+w:], " ")
	if first, _ := utf8.DecodeRuneInString(meaning); !isHan(first) {
		return "", false, false
	}
	seg := c[:i]
	if j := strings.LastIndexAny(seg, ":："); j >= 0 {
		_, w := utf8.DecodeRuneInString(seg[j:])
		seg = seg[j+w:]
	}
	seg = strings.TrimSpace(seg)
	v, n, quoted := scanValue(seg)
	if n == 0 || n != len(seg) || !printableASCII(v) || letters(v) == 0 || !quoted && (notValues[strings.ToLower(v)] || labelWords[strings.ToLower(v)]) {
		return "", false, false
	}
	return v, markedDefault(meaning), true
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
	if len(r.ranges) > 0 && allSame(r.ranges, func(a, b [2]float64) bool { return a == b }) && !r.quantitiesDiffer() {
		lo, hi := r.ranges[0][0], r.ranges[0][1]
		p.min, p.max = &lo, &hi
	}
	if len(r.ranges) == 0 && len(r.bounds) > 0 {
		// "最小值为1，…；若填-1则为最大值": a value below the lowest is named
		negatives := r.negatives()
		p.bounds = slices.DeleteFunc(slices.Clone(r.bounds), func(b bound) bool {
			return !b.upper && slices.ContainsFunc(negatives, func(v float64) bool { return v < b.v || v == b.v && b.exclusive })
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

// readEnums reads what follows each enum intro of a paragraph: a range, an
// inline list, "A：…；B：…", or (after a colon) the list items or
// paragraphs that follow. It says whether it read anything.
func (r *proseReader) readEnums(text string, ms map[phraseKind][]phraseMatch, next []docparse.Para) bool {
	before := len(r.enums) + len(r.ranges) + len(r.lengths)
	intros := introMatches(text, ms)
	for k, m := range intros {
		n := r.readCount()
		r.readIntro(text, intros, k, m, next)
		if r.readCount() == n {
			r.unread++
		}
	}
	return len(r.enums)+len(r.ranges)+len(r.lengths) > before
}

// addEnum keeps a list an intro gave, and the value its items mark as the
// default.
func (r *proseReader) addEnum(vals []string, def string) {
	r.enums = append(r.enums, vals)
	if def != "" {
		r.itemDefs = append(r.itemDefs, def)
	}
}

// readCount counts what the intros of a cell gave.
func (r *proseReader) readCount() int {
	return len(r.enums) + len(r.ranges) + len(r.lengths) + len(r.singles) + len(r.fixed)
}

// readIntro reads what follows the enum intro m, the k-th of text.
func (r *proseReader) readIntro(text string, intros []introMatch, k int, m introMatch, next []docparse.Para) {
	// a range is read only from the one intro of its sentence
	// ("集群模式取值范围为3~256，单机模式取值为1": neither)
	alone := (k == 0 || !sameSentence(text, intros[k-1].start, m.start)) &&
		(k+1 == len(intros) || !sameSentence(text, m.start, intros[k+1].start))
	rest := text[m.end:]
	if m.connector && !m.colon {
		// "取值为“Auto”，表示自动备份。": one value, which sentences like
		// it may join into a list (result)
		if vals, _ := inlineValues(rest, 1); len(vals) == 1 && r.aboutField(m.subjects, vals) && !mentionsDefault(sentenceAround(text, m.start)) {
			r.singles = append(r.singles, vals[0])
		}
	}
	if m.cond {
		return // only one value of a case: "type为PATH时，取值范围：A、B" may leave others out
	}
	if m.fixed && alone && !slices.ContainsFunc(r.paras, func(p docparse.Para) bool { return givesFormat(p.Text) }) {
		// "The value is fixed at v3.", "取值固定为v3。": the field's one value,
		// unless the description gives a format ("type … can only be HDD" is a part's)
		// (an English intro's word may describe it instead: "can only be unique")
		english := text[m.start] < utf8.RuneSelf
		if vals, _ := inlineValues(rest, 1); len(vals) == 1 && !(english && describingWord(vals[0])) && r.aboutField(m.subjects, vals) {
			r.fixed = append(r.fixed, vals)
			return
		}
	}
	if strings.TrimSpace(rest) == "" {
		// "取值范围：", "取值如下", or the intro alone as a heading ("取值范围")
		if m.colon || m.listWord || strings.TrimSpace(text[:m.start]) == "" {
			// one item is a list only after an intro that says one follows
			// ("The option is as follows:"), not after a word alone ("OPTIONS",
			// an item of a list of methods)
			min := 2
			if m.colon || m.listWord {
				min = 1
			}
			vals, def := listAfter(next, min)
			if len(vals) > 0 && r.aboutField(m.subjects, vals) {
				r.addEnum(vals, def)
			}
		}
		return
	}
	if !m.colon && !m.connector {
		// "取值范围[1，50]": a range, or "取值Single、Ha、Replica": a list
		// of values written right after the intro
		if lo, hi, unit, ok := readRange(rest); ok && alone && r.aboutField(m.subjects, nil) {
			r.addRange(lo, hi, unit, sentenceAround(text, m.start))
		} else if ends, ok := readInterval(rest); ok && alone && r.aboutField(m.subjects, nil) {
			r.bounds = append(r.bounds, ends...)
		} else if vals, def := inlineValues(rest, 2); vals != nil && !strings.HasPrefix(rest, " ") && r.aboutField(m.subjects, vals) {
			r.addEnum(vals, def)
		}
		return
	}
	if lo, hi, unit, ok := readRange(rest); ok {
		if alone && r.aboutField(m.subjects, nil) {
			r.addRange(lo, hi, unit, sentenceAround(text, m.start))
		}
		return
	}
	if ends, ok := readInterval(rest); ok {
		if alone && r.aboutField(m.subjects, nil) {
			r.bounds = append(r.bounds, ends...)
		}
		return
	}
	if vals, def := inlineValues(rest, 2); vals != nil {
		if !r.aboutField(m.subjects, vals) || describesField(text[m.start:m.end], vals) {
			return
		}
		r.addEnum(vals, def)
		return
	}
	if m.colon || m.listWord {
		if vals := colonValues(rest); vals != nil && r.aboutField(m.subjects, vals) {
			r.enums = append(r.enums, vals)
			return
		}
	}
	if m.colon && alone && !m.listWord && !strings.Contains(text[m.start:m.end], "包括") {
		// "取值范围：private" and nothing else on its line: the one value
		// (not after "如下" or "包括", which announce several: a value
		// there, "LinuxWindowsOther", is a list whose breaks were lost; not
		// a type word, "Valid values: String")
		line, _, _ := strings.Cut(rest, "\n")
		if v := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(line), "。.；;")); loneValue.MatchString(v) && !scalarTypeWords[strings.ToLower(v)] && r.aboutField(m.subjects, []string{v}) {
			r.addEnum([]string{v}, "")
		}
	}
}

// lastClause is the text after the last comma or full stop that is not at
// its end ("查询的伸缩活动类型，支持的配置项：" → "支持的配置项：").
func lastClause(s string) string {
	t := strings.TrimRight(s, " 。.：:")
	if i := strings.LastIndexAny(t, "，,。；;"); i >= 0 {
		return s[i:]
	}
	return s
}

// addRange records a range read in a sentence: a length range when it
// counts characters (unless the sentence speaks of each of several parts).
func (r *proseReader) addRange(lo, hi float64, unit bool, sentence string) {
	if unit {
		if lo == float64(int64(lo)) && hi == float64(int64(hi)) && lo >= 0 && !perItemWords.MatchString(sentence) {
			r.lengths = append(r.lengths, [2]int64{int64(lo), int64(hi)})
		}
		return
	}
	r.ranges = append(r.ranges, [2]float64{lo, hi})
}

// introMatch is an enum intro in a text.
type introMatch struct {
	start     int      // where the intro starts
	subjects  []string // identifiers before the intro in its sentence
	end       int      // where the values start
	colon     bool     // the intro ends in a colon
	listWord  bool     // "如下", "as follows": a list follows
	connector bool     // "为", "是", "can be"…: values follow without a colon
	cond      bool     // the intro follows a condition ("扩容mongos节点时，取值为…")
	fixed     bool     // the intro says the field takes one value ("固定为", "can only be")
}

// introMatches finds the enum intros of a text that introduce values: not a
// default ("默认取值为"), not a condition ("type为PATH时，取值范围："), English
// ones at the start of a sentence.
func introMatches(text string, ms map[phraseKind][]phraseMatch) []introMatch {
	var out []introMatch
	connectorAt := map[int]bool{} // where an intro's connector starts ("取值" + "固定为")
	for _, m := range ms[pEnumZH] {
		start := m.start
		for _, p := range []string{"目前", "当前"} {
			if strings.HasSuffix(text[:start], p) {
				start -= len(p)
				break
			}
		}
		before := text[:start]
		if strings.HasSuffix(before, "默认") || strings.HasSuffix(before, "缺省") {
			continue
		}
		conn := prefixOf(text[m.end:], connectorsZH)
		if conn == "" {
			conn = countConnector.FindString(text[m.end:])
		}
		end, colon := colonAfter(text, m.end+len(conn))
		if conn != "" {
			connectorAt[m.end] = true
		}
		out = append(out, introMatch{
			start:     start,
			subjects:  identifiers(sentenceBefore(before)),
			end:       end,
			colon:     colon,
			listWord:  conn == "如下" || strings.HasSuffix(conn, "种"),
			connector: conn != "",
			cond:      conditional(before),
			fixed:     fixedWords[conn],
		})
	}
	for _, kind := range []phraseKind{pVerbZH, pSupportZH} {
		for _, m := range ms[kind] {
			before := text[:m.start]
			end, colon := colonAfter(text, m.end)
			if t := supportedTail.FindString(text[m.end:]); !colon && t != "" {
				end, colon = m.end+len(t), true // "目前支持的协议包括："
			}
			if kind == pSupportZH && !colon || conditional(before) || connectorAt[m.start] || valueIsZH[m.text] && !clauseStart(before) {
				continue // "支持IPv4、IPv6" says what the text may hold; "取值固定为" is one intro
			}
			if fixedWords[m.text] && !clauseStart(before) && !strings.HasSuffix(before, "值") {
				continue // "名称前缀固定为ma_agency": what is fixed is another's
			}
			out = append(out, introMatch{
				start:     m.start,
				subjects:  identifiers(sentenceBefore(before)),
				end:       end,
				colon:     colon,
				connector: true,
				fixed:     fixedWords[m.text],
			})
		}
	}
	for _, m := range ms[pEnumEN] {
		// "Query option, which can be A or B.": the clause after the comma
		// of the paragraph's first sentence, which names the field (not
		// "Specify protocols in it, which can be …", "spec: …, which can be …")
		before := text[:m.start]
		which := strings.HasPrefix(m.text, "which ") && strings.HasSuffix(strings.TrimRight(before, " "), ",") &&
			len(sentence(text)) > len(before) && !strings.ContainsAny(before, ":：")
		subject := rangeAfterSubject(m.text, before)
		if !sentenceStart(withoutLead(before)) && !which && !runOnLabel(text, m.start, m.end) && !subject || conditional(before) ||
			hasSuffixFold(strings.TrimRight(before, " "), "default") {
			continue // (not "Default Value: desc", the default's key)
		}
		if subject {
			// "The value is an integer ranging from 1 to 30": the range verb
			// says what the intro of its subject began
			out = slices.DeleteFunc(out, func(o introMatch) bool { return o.start < m.start && sameSentence(text, o.start, m.start) })
		}
		end, colon, listWord := m.end, false, false
		// "Enumerated values of the IP address type:" ends in its colon
		if rest := text[end:]; hasPrefixFold(rest, " of ") {
			if i := strings.IndexAny(rest, ":：.。"); i > 0 && i <= 44 && rest[i] != '.' && !strings.HasPrefix(rest[i:], "。") {
				_, w := utf8.DecodeRuneInString(rest[i:])
				end, colon = end+i+w, true
			}
		}
		if !colon {
			if t := strings.TrimLeft(text[end:], " "); len(t) < len(text[end:]) {
				if tail := prefixFoldOf(t, tailsEN); tail != "" {
					end, listWord = len(text)-len(t)+len(tail), true
					if t := strings.TrimLeft(text[end:], " "); len(t) < len(text[end:]) {
						if note := prefixFoldOf(t, caseNotesEN); note != "" {
							end = len(text) - len(t) + len(note)
						}
					}
				}
			}
			end, colon = colonAfter(text, end)
		}
		out = append(out, introMatch{
			start:     m.start,
			end:       end,
			colon:     colon,
			listWord:  listWord,
			connector: true,
			fixed:     fixedWords[strings.ToLower(m.text)],
		})
	}
	for _, m := range ms[pAnnounceZH] {
		// "版本状态，为如下3种：" and nothing after: the paragraphs or items
		// that follow are the values (not the parts of a format, the fields
		// of an object, or examples)
		before := text[:m.start]
		end, colon := colonAfter(text, m.end+len(announceTail.FindString(text[m.end:])))
		if !colon || strings.TrimSpace(text[end:]) != "" || connectorAt[m.start] || conditional(before) || announced(out, end) {
			continue
		}
		if s := sentenceBefore(text[:end]); namesIntro.MatchString(selfReference.ReplaceAllString(s, "")) || givesFormat(s) || exampleIntro.MatchString(s) {
			continue
		}
		out = append(out, introMatch{start: m.start, subjects: identifiers(sentenceBefore(before)), end: end, colon: true, listWord: true})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].end < out[j].end })
	return out
}

// announced says whether an intro of out already ends at end ("取值为以下几种：").
func announced(out []introMatch, end int) bool {
	return slices.ContainsFunc(out, func(m introMatch) bool { return m.end == end })
}

// givesFormat says whether a paragraph gives a format (formatIntro; the
// words are looked for first, most paragraphs have none).
func givesFormat(s string) bool {
	return (strings.Contains(s, "ormat") || strings.Contains(s, "格式")) && formatIntro.MatchString(s)
}

// clauseStart says whether an intro after before starts a clause.
func clauseStart(before string) bool { return startsAfter(before, ",，.。;；:：") }

// withoutLead is the text before an intro without the adverb or the note
// on case that may open its sentence ("Currently, the value can only be
// peering.", "The value is case sensitive and can be create or delete.").
func withoutLead(before string) string {
	// both end the text: most texts end otherwise, and the expressions,
	// anchored at the end, would be tried at every position
	end := strings.TrimRight(before, " \t\n\f\r")
	if strings.HasSuffix(end, ",") {
		if loc := leadAdverbEN.FindStringIndex(before); loc != nil {
			return before[:loc[0]]
		}
	}
	if n := len(end); n >= 3 && strings.EqualFold(end[n-3:], "and") {
		if loc := caseLeadEN.FindStringIndex(before); loc != nil {
			return before[:loc[0]]
		}
	}
	return before
}

// describesField says whether an English intro that names no value ("It
// can be", "This parameter is case sensitive and can be") is followed by
// words that say what may be done with the field ("modified or deleted"),
// not by its values.
func describesField(intro string, vals []string) bool {
	lower := strings.ToLower(strings.TrimRight(intro, " :"))
	if intro == "" || intro[0] >= utf8.RuneSelf || !strings.HasSuffix(lower, " be") || strings.Contains(lower, "value") {
		return false // "The value can be enabled or disabled.", "Options: enabled, disabled"
	}
	for _, v := range vals {
		if !describingWord(v) {
			return false
		}
	}
	return true
}

// describingWord says whether a lone word after an English "can only be"
// describes the value rather than being it ("The value can only be
// unique.", "…can only be modified."): a plain lower-case word with an
// ending that English gives participles, adverbs and adjectives, or a word
// of describingWords.
func describingWord(v string) bool {
	return describingWords[v] || describingShape.MatchString(v)
}

// colonAfter skips the spaces and the colon at byte i of text: where the
// values start, and whether there was a colon.
func colonAfter(text string, i int) (int, bool) {
	t := strings.TrimLeft(text[i:], " \t")
	at := len(text) - len(t)
	// a short note in parentheses may stand before the colon ("The value
	// can be (case sensitive):", "取值范围（区分大小写）：")
	if n := parenNote(t); n > 0 {
		t = strings.TrimLeft(t[n:], " \t")
		if !strings.HasPrefix(t, ":") && !strings.HasPrefix(t, "：") {
			return at, false
		}
	}
	// or, after a comma, a note on letter case ("取值范围如下，区分大小写：")
	if note := prefixOf(t, caseNotesZH); note != "" {
		if r := t[len(note):]; strings.HasPrefix(r, ":") || strings.HasPrefix(r, "：") {
			t = r
		}
	}
	for _, c := range []string{":", "："} {
		if strings.HasPrefix(t, c) {
			return len(text) - len(t) + len(c), true
		}
	}
	return at, false
}

// parenNote is the length of the parenthesised note s starts with, up to
// 40 bytes and without another parenthesis inside; 0 for none.
func parenNote(s string) int {
	open, closing := "(", ")"
	if strings.HasPrefix(s, "（") {
		open, closing = "（", "）"
	} else if !strings.HasPrefix(s, "(") {
		return 0
	}
	end := strings.Index(s, closing)
	if end < 0 || end > 40 || strings.ContainsAny(s[len(open):end], "()（") {
		return 0
	}
	return end + len(closing)
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

// openList says whether a sentence leaves its list open ("A、B等", "such as").
func openList(s string) bool {
	return hasAny(strings.ToLower(sentence(s)), openListWords)
}

// listAfter reads the values listed after an intro that ends in a colon
// (min of them at least):
// list items, one value each ("VALUE：meaning", "VALUE", "“1”：小型"), up to a
// label item ("说明：…"); or plain paragraphs, one inline list or one
// "VALUE：meaning" each. An item that is neither a value nor a label makes
// the list unreadable. It also returns the item marked as the default.
func listAfter(paras []docparse.Para, min int) (vals []string, def string) {
	if len(paras) == 0 {
		return nil, ""
	}
	if paras[0].Item {
		return itemList(paras, min, false)
	}
	var run valueRun
	if vs, d := inlineValues(paras[0].Text, 2); vs != nil {
		return vs, d
	}
	n := 0
	for _, q := range paras {
		it, ok := valueItem(q.Text)
		if q.Item || !ok || !it.separated {
			break
		}
		run.add(it)
		n++
	}
	if n < len(paras) {
		min = 2 // one value is a list only when nothing follows it
	}
	return run.list(min)
}

// bareList reads a list that follows a description without an intro: every
// item of the run a value ("•INSERVICE: The AS policy is enabled.", "•ABANDON");
// or every paragraph after the description, up to a label ("说明："), a value
// and what it means ("In-Sync：已同步。", "Applying：应用中。").
func bareList(paras []docparse.Para) (vals []string, def string) {
	var run valueRun
	if !paras[0].Item {
		for _, q := range paras {
			if label(q.Text) {
				break
			}
			if run.vals != nil && !q.Item && mentionsDefault(q.Text) && !valueLine(q.Text) {
				continue // "不输入默认为0（VPC）": which value is the default
			}
			it, ok := valueItem(q.Text)
			if q.Item || !ok || !it.separated || it.namesPart() {
				return nil, ""
			}
			run.add(it)
		}
		return run.list(2)
	}
	return itemList(paras, 2, true)
}

// itemList reads the run of list items paras starts with, each a value, up
// to a label item ("说明：…") or a note after the values (trailingNote), min
// of them at least, passing over an item that says which is the default
// ("默认值是postPaid"); an item that is none of these makes it a list of
// items that give the meaning first, or none (reversedList). With parts, an item that
// names a part (partWord: "Key：必须以字母开头", "Value：…") makes it none:
// without an intro, nothing else says the items are values.
func itemList(paras []docparse.Para, min int, parts bool) (vals []string, def string) {
	var run valueRun
	for i, q := range paras {
		if !q.Item {
			break
		}
		it, ok := valueItem(q.Text)
		if !ok {
			if label(q.Text) || trailingNote(paras[i:], run.vals) {
				break
			}
			if run.vals != nil && mentionsDefault(q.Text) {
				continue // "默认值是postPaid": which value is the default
			}
			return reversedList(paras)
		}
		if parts && it.namesPart() {
			return nil, ""
		}
		run.add(it)
	}
	return run.list(min)
}

// partWord says whether a value at the head of a paragraph is rather the
// name of a part: a label ("Unit: GB"), a facet's key ("Minimum: 1",
// "Default: TCP") or a side of a pair ("Key：必须以字母开头", "Value：…").
func partWord(v string) bool {
	return labelWords[strings.ToLower(v)] || partWords[strings.ToLower(v)] || facetKeyWords[v]
}

// namesPart says whether an item's head names a part (partWord), not a value.
func (it item) namesPart() bool { return slices.ContainsFunc(it.values, partWord) }

// valueLine says whether a paragraph reads as a list item "VALUE：meaning".
func valueLine(s string) bool {
	it, ok := valueItem(s)
	return ok && it.separated
}

// reversedList reads a run of list items that each give the meaning first
// and the value after the colon ("•告警策略：ALARM", "•定时策略：SCHEDULED",
// "•Public image: The value is gold."), up to a label item: every item one
// such pair, one label at least prose (not one more value: "•AS group:
// SCALING_GROUP", "•Bandwidth: BANDWIDTH").
func reversedList(paras []docparse.Para) (vals []string, def string) {
	var run valueRun
	prose := false
	for _, q := range paras {
		if !q.Item {
			break
		}
		v, isDef, proseLabel, ok := reversedItem(q.Text)
		if !ok {
			if label(q.Text) && len(run.vals) > 0 {
				break
			}
			return nil, ""
		}
		prose = prose || proseLabel
		run.add(item{values: []string{v}, isDefault: isDef})
	}
	if !prose {
		return nil, ""
	}
	return run.list(2)
}

// reversedItem reads "MEANING：VALUE": a label, its colon, then one value
// that ends the text or is followed by punctuation and more prose
// ("不删除实例：no，默认为no。") or a parenthesis ("告警策略：ALARM(与alarm_id
// 对应)", "…：post_paid（默认）"); in English the value may follow "The value
// is". proseLabel says whether the label is prose: Chinese, or several words.
func reversedItem(text string) (v string, isDefault, proseLabel, ok bool) {
	s := strings.TrimSpace(text)
	i := strings.IndexAny(s, ":：")
	if i <= 0 {
		return "", false, false, false
	}
	lbl := strings.TrimSpace(s[:i])
	if lbl == "" || len(lbl) > maxReversedLabel || strings.ContainsAny(lbl, "，。；,;()（）") || labelWords[strings.ToLower(lbl)] {
		return "", false, false, false
	}
	_, w := utf8.DecodeRuneInString(s[i:])
	rest := strings.TrimLeft(s[i+w:], " ")
	if t := prefixFoldOf(rest, reversedValueIntros); t != "" {
		rest = strings.TrimLeft(rest[len(t):], " ")
	}
	v, n, quoted := scanValue(rest)
	if n == 0 || !quoted && notValues[strings.ToLower(v)] || strings.HasPrefix(rest[n:], "://") {
		return "", false, false, false
	}
	after := rest[n:]
	if p, inner, ok := paren(after); ok {
		isDefault = defaultMark(inner)
		after = after[p:]
	}
	if after = strings.TrimLeft(after, " "); after != "" && !listEnd(after) {
		return "", false, false, false
	}
	return v, isDefault, !printableASCII(lbl) || strings.Contains(lbl, " "), true
}

// valueRun gathers the values of a run of list items, and the one an item
// marks as the default.
type valueRun struct {
	vals []string
	def  string
}

func (r *valueRun) add(it item) {
	r.vals = append(r.vals, it.values...)
	if it.isDefault && len(it.values) == 1 {
		r.def = it.values[0]
	}
}

// list is the run's values when they make a list (listOf, min at least)
// and its default; nil otherwise.
func (r *valueRun) list(min int) ([]string, string) {
	if vals := listOf(r.vals, min); vals != nil {
		return vals, r.def
	}
	return nil, ""
}

// label says whether a list item is a label ("说明：…", "Note: …") that
// ends a list of values.
func label(s string) bool {
	i := strings.IndexAny(s, ":：")
	if i <= 0 {
		return labelWords[strings.ToLower(strings.TrimSpace(s))]
	}
	return labelWords[strings.ToLower(strings.TrimSpace(s[:i]))]
}

// item is what a list item "VALUE：meaning" gives.
type item struct {
	values    []string // one, or the alternatives of "true或block (…)"
	separated bool     // a separator follows the value (not a bare value)
	isDefault bool     // "VALUE（默认）：…", "…（默认值）"
}

// itemAlternatives: between the values at the head of an item ("true或block").
var itemAlternatives = []string{"或者", "或", "、", " or ", " and ", "/"}

// valueItem reads a list item that starts with a value: "VALUE", "VALUE：…",
// "VALUE: …", "VALUE，…", "VALUE 表示…", "VALUE表示…", "VALUE - …",
// "VALUE (meaning): …", "“1”：…", "A或B (meaning)", and "VALUE:API使用…",
// where the colon, with no space after it, seemed part of the value.
func valueItem(text string) (item, bool) {
	if it, ok := headedItem(text); ok {
		return it, true
	}
	s := strings.TrimSpace(text)
	if v, n, quoted := scanValue(s); !quoted && n > 0 && hanAfter(s[n:]) {
		if i := strings.IndexByte(v, ':'); i > 0 {
			return headedItem(s[:i] + ": " + s[i+1:])
		}
	}
	return item{}, false
}

// headedItem reads a list item that starts with a value (valueItem).
func headedItem(text string) (item, bool) {
	s := strings.TrimSpace(text)
	s = strings.TrimSpace(strings.TrimRight(s, "。；;，,"))
	var it item
	rest := s
	// "值为“Running”，表示任务正在执行": the item says "the value is" first
	for _, lead := range itemValueLeads {
		if r, ok := strings.CutPrefix(rest, lead); ok && (strings.HasPrefix(r, "“") || strings.HasPrefix(r, "\"")) {
			rest = r
			break
		}
	}
	if v, ok := emptyItem(rest); ok {
		// "空字符串：云服务器无主机信息", "不传：查询全部": the item says what
		// an empty string (a value) or a field not sent (none) means
		if v {
			it.values = []string{""}
		}
		it.separated = true
		return it, true
	}
	slashed := false
	for {
		v, n, quoted := scanValue(rest)
		if n == 0 {
			return item{}, false
		}
		if !quoted {
			n = twoWords(rest, n)
			v = rest[:n]
		}
		it.values = append(it.values, v)
		rest = rest[n:]
		if p, inner, ok := paren(rest); ok {
			it.isDefault = it.isDefault || defaultMark(inner)
			rest = rest[p:]
		}
		alt := ""
		for _, a := range itemAlternatives {
			if strings.HasPrefix(rest, a) || a == "/" && strings.HasPrefix(strings.TrimLeft(rest, " "), "/") {
				alt = a
				break
			}
		}
		if alt == "" {
			break
		}
		slashed = slashed || alt == "/"
		rest = strings.TrimLeft(strings.TrimLeft(rest, " ")[len(strings.TrimLeft(alt, " ")):], " ")
	}
	if slashed && !slashAlternatives(it.values) {
		return item{}, false
	}
	for _, v := range it.values[1:] {
		if notValues[strings.ToLower(v)] {
			return item{}, false // "false or others: …"
		}
	}
	if nestedItem.MatchString(rest) {
		return item{}, false // "proxy：Proxy集群 - ha_rw_split：读写分离": two items run together
	}
	it.isDefault = it.isDefault || markedDefault(s)
	trimmed := strings.TrimLeft(rest, " \t")
	spaced := len(trimmed) < len(rest)
	r, _ := utf8.DecodeRuneInString(trimmed)
	switch {
	case trimmed == "":
		return it, true
	case r == ':' || r == '：' || r == '-' && spaced || r == '–' || r == '—' || r == '-' && hanAfter(trimmed[1:]):
		it.separated = true
		return it, true
	case r == '，' || r == ',' || r == '；' || r == ';':
		// "ONLINE，后端服务器正常运行", never "True, true, and 1: …"
		after := strings.TrimLeft(trimmed[utf8.RuneLen(r):], " ")
		if a, _ := utf8.DecodeRuneInString(after); a >= 0x80 {
			it.separated = true
			return it, true
		}
	case isHan(r) && spaced:
		it.separated = true
		return it, true
	case spaced && prefixFoldOf(trimmed, meaningVerbs) != "":
		it.separated = true
		return it, true
	case !spaced:
		for _, w := range meaningWords {
			if strings.HasPrefix(trimmed, w) {
				it.separated = true
				return it, true
			}
		}
		if strings.HasPrefix(trimmed, "为") && len(it.values) == 1 && numberPrefix.FindString(it.values[0]) == it.values[0] {
			// "2为启用状态", "0为关闭": a number and what it stands for
			it.separated = true
			return it, true
		}
		if len(trimmed) > 2 && strings.HasPrefix(trimmed, ". ") && isUpper(trimmed[2]) {
			// "unknown. This value is returned when the node is abnormal."
			it.separated = true
			return it, true
		}
	}
	return item{}, false
}

// trailingNote says whether the list items items, which follow the
// values vals, are a note on them and no further value: sentences
// ("The value contains a maximum of 16 characters.") that name nothing
// shaped as the values are, where every value is upper case (a lower-case
// value could be any word of a sentence: "… set to general or left empty.").
func trailingNote(items []docparse.Para, vals []string) bool {
	if len(vals) < 2 || slices.ContainsFunc(vals, func(v string) bool { return !upperToken(v) }) {
		return false
	}
	for _, q := range items {
		if !q.Item {
			break
		}
		t := strings.TrimSpace(q.Text)
		if t == "" || !isUpper(t[0]) || !strings.HasSuffix(t, ".") || !strings.Contains(t, " ") {
			return false
		}
		for _, w := range strings.Fields(t) {
			if w = strings.Trim(w, ".,;:()\"'"); len(w) >= 2 && upperToken(w) {
				return false
			}
		}
	}
	return true
}

// upperToken says whether a value is written in upper case: letters
// (two at least), digits and underscores ("NO_MONITOR", "L7").
func upperToken(v string) bool {
	letters := 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isUpper(c):
			letters++
		case c >= '0' && c <= '9' || c == '_':
		default:
			return false
		}
	}
	return letters >= 2
}

// emptyItem says whether a list item starts with a word for the empty
// value and its colon: value says whether that is a value of its own, the
// empty string ("空字符串：", "空值："), or the field not sent ("不传："),
// like null.
func emptyItem(s string) (value, ok bool) {
	i := strings.IndexAny(s, ":：")
	if i <= 0 {
		return false, false
	}
	key := strings.TrimSpace(s[:i])
	if j := strings.IndexAny(key, "(（"); j > 0 {
		key = strings.TrimSpace(key[:j]) // "空字符串（""）："
	}
	v, ok := emptyWords[strings.ToLower(key)]
	return v, ok
}

// hanAfter says whether s starts with a Chinese character ("prePaid-预付费").
func hanAfter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isHan(r)
}

// paren reads a parenthesis at the start of s (after spaces): its length
// and its inner text.
func paren(s string) (int, string, bool) {
	t := strings.TrimLeft(s, " ")
	var closeP string
	switch {
	case strings.HasPrefix(t, "("):
		closeP = ")"
	case strings.HasPrefix(t, "（"):
		closeP = "）"
	default:
		return 0, "", false
	}
	_, w := utf8.DecodeRuneInString(t)
	j := strings.Index(t[w:], closeP)
	if j < 0 {
		return 0, "", false
	}
	return len(s) - len(t) + w + j + len(closeP), t[w : w+j], true
}

func defaultMark(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, m := range defaultMarks {
		if s == m {
			return true
		}
	}
	return false
}

// mentionsDefault says whether a sentence speaks of a default ("默认“page”
// 参数值为“0”"): the value it gives is then one of many, not one of a list.
func mentionsDefault(s string) bool {
	return hasAny(strings.ToLower(s), defaultMarks)
}

// markedDefault says whether an item ends in "（默认值）" or "(default)".
func markedDefault(s string) bool {
	s = strings.TrimRight(s, "。；;，,. ")
	for _, m := range defaultMarks {
		for _, p := range [][2]string{{"（", "）"}, {"(", ")"}} {
			if strings.HasSuffix(strings.ToLower(s), p[0]+m+p[1]) {
				return true
			}
		}
	}
	return false
}

// scanValue reads the value at the start of s: a quoted text (returned
// without its quotes) or an ASCII token; n is 0 when none starts s.
func scanValue(s string) (v string, n int, quoted bool) {
	for _, q := range [][2]string{{"“", "”"}, {"\"", "\""}, {"'", "'"}, {"‘", "’"}, {"「", "」"}} {
		if !strings.HasPrefix(s, q[0]) {
			continue
		}
		j := strings.Index(s[len(q[0]):], q[1])
		if j < 0 {
			return "", 0, false
		}
		inner := strings.TrimSpace(s[len(q[0]) : len(q[0])+j])
		if inner == "" || !printableASCII(inner) {
			return "", 0, false
		}
		return inner, len(q[0]) + j + len(q[1]), true
	}
	i := 0
	for i < len(s) {
		c := s[i]
		if tokenByte(c) {
			i++
			continue
		}
		if c == ':' && i > 0 && i+1 < len(s) && (tokenByte(s[i+1]) || s[i+1] == ':') {
			i++
			continue
		}
		break
	}
	for i > 0 && strings.IndexByte(".-+:", s[i-1]) >= 0 {
		i--
	}
	// "application/json" is one value, "true/false" two
	if i < len(s) && s[i] == '/' && mediaTypes[s[:i]] {
		j := i + 1
		for j < len(s) && (tokenByte(s[j]) || s[j] == '/') {
			j++
		}
		if j > i+1 {
			i = j
		}
	}
	tok := s[:i]
	if !strings.ContainsAny(tok, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") {
		return "", 0, false
	}
	return tok, i, false
}

func tokenByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("_.-+#@*${}", c) >= 0
}

func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] >= 0x7f {
			return false
		}
	}
	return true
}

// inlineValues reads an inline list at the start of s ("A、B和C", "A, B, or
// C", "true/false", "“1”或“2”"): at least min values, separated, the list
// closing its sentence, or followed by a comma and prose ("true或false，默认
// 取true", "true or false, indicating …"). nil when s does not start with
// such a list. def is the value marked as the default ("no (default)").
func inlineValues(s string, min int) (vals []string, def string) {
	s = strings.TrimLeft(s, " \t:：")
	if openList(s) {
		return nil, ""
	}
	i := 0
	commaAt, commaVals := -1, 0 // the last comma separator: the list may end there
	slashed := false
	defer func() {
		if slashed && !slashAlternatives(vals) {
			vals, def = nil, ""
		}
	}()
	for {
		v, n, quoted := scanValue(s[i:])
		if n == 0 || !quoted && notValues[strings.ToLower(v)] && !upperValue(v, s[i+n:]) || strings.Contains(v, "://") {
			break
		}
		if !quoted {
			n = twoWords(s[i:], n)
			v = s[i : i+n]
		}
		vals = append(vals, v)
		i += n
		if p, inner, ok := paren(s[i:]); ok {
			i += p
			if defaultMark(inner) {
				def = v
			}
		}
		sepAt := i
		sep, k := separator(s[i:])
		if sep == "" {
			if listEnd(s[i:]) {
				return listOf(vals, min), def
			}
			break
		}
		if sep == "，" || sep == "," || sep == ", and" {
			// the list may end at a comma, and at ", and" with prose after
			// it ("A, B, or C, and the default value is A."); not at ", or",
			// which offers one more ("…, or the IP protocol number.")
			commaAt, commaVals = sepAt, len(vals)
		}
		slashed = slashed || sep == "/"
		i += k
	}
	if commaAt >= 0 && proseAfterComma(s[commaAt:]) {
		return listOf(vals[:commaVals], min), def
	}
	return nil, ""
}

// upperValue says whether a word of prose written in capitals is a value
// of the list: a separator follows it ("The value can be A, AAAA, MX", the
// DNS record type A), not a noun ("A common domain name contains …").
func upperValue(v, rest string) bool {
	if v != strings.ToUpper(v) || v == strings.ToLower(v) {
		return false
	}
	sep, _ := separator(rest)
	return sep != ""
}

// twoWords extends the value at the start of s (n bytes) over a second
// word when a Chinese separator follows it: in "取值为Windows、Oracle Linux、
// Fedora" the separators say where "Oracle Linux" ends. In English, two
// capitalised words before a comma are one name ("The value can be Windows,
// Oracle Linux, or Other"), and two words in capitals before a colon one
// value ("CREATION FAILED：创建失败").
func twoWords(s string, n int) int {
	if n >= len(s) || s[n] != ' ' {
		return n
	}
	_, m, quoted := scanValue(s[n+1:])
	if m == 0 || quoted {
		return n
	}
	after := s[n+1+m:]
	if prefixOf(after, cjkSeparators) == "" &&
		!(isUpper(s[0]) && isUpper(s[n+1]) && strings.HasPrefix(after, ", ")) &&
		!(upperToken(s[:n]) && upperToken(s[n+1:n+1+m]) && (strings.HasPrefix(after, ":") || strings.HasPrefix(after, "："))) {
		return n
	}
	return n + 1 + m
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// proseAfterComma says whether the comma that starts s ends a list: prose
// follows it ("，默认取true", ", indicating whether …", "，true表示开启"), not
// one more value ("，other，windows", "，tls-1-2-strict多种").
func proseAfterComma(s string) bool {
	_, w := utf8.DecodeRuneInString(s)
	t := strings.TrimLeft(s[w:], " ")
	v, n, quoted := scanValue(t)
	if n == 0 {
		return true
	}
	rest := t[n:]
	if p, _, ok := paren(rest); ok {
		rest = rest[p:]
	}
	if sep, _ := separator(rest); sep != "" || listEnd(rest) {
		return false
	}
	if !quoted && notValues[strings.ToLower(v)] {
		// "…, and the default value is A" goes on in prose; "…, and ANY"
		// names one more value, which the list could not read: no list
		if l := strings.ToLower(v); l == "and" || l == "or" {
			next := strings.TrimLeft(rest, " ")
			if _, m, _ := scanValue(next); m > 0 && listEnd(next[m:]) {
				return false
			}
		}
		return true
	}
	if strings.HasPrefix(rest, " ") {
		// English prose goes on in lower case ("…, indicating whether"); a
		// capitalised word may be one more value ("…, Oracle Linux, Fedora")
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
		return !quoted && strings.ToLower(v) == v && v[0] >= 'a' && v[0] <= 'z' && r >= 'a' && r <= 'z'
	}
	// "，true表示开启" is prose; "，40：pending" the next value of a run-together list
	for _, m := range meaningWords {
		if strings.HasPrefix(rest, m) && !strings.ContainsAny(m, ":：(（") {
			return true
		}
	}
	return false
}

// slashAlternatives says whether values read around "/" are alternatives
// ("true/false", "REMOVE/REDUCE", "v1/v2"), not the parts of one value: a
// path ("huawei.com/fuxivol"), a date format ("yyyy/MM/dd"), an
// abbreviation ("N/A") or an API group and its version ("paas/v1alpha1").
func slashAlternatives(vals []string) bool {
	for i, v := range vals {
		if len(v) < 2 || strings.Contains(v, ".") || dateFormatParts[v] {
			return false
		}
		if i > 0 && apiVersionWord.MatchString(v) && !apiVersionWord.MatchString(vals[0]) {
			return false
		}
	}
	return true
}

// apiVersionWord is an API version ("v1", "v1alpha1", "v2beta1").
var apiVersionWord = regexp.MustCompile(`^v[0-9]+((alpha|beta)[0-9]*)?$`)

// listOf is vals without repeats and without "null", or nil when fewer
// than min remain or a value is a placeholder ("compute:xxx") or a
// combination ("hss,hss-ent").
func listOf(vals []string, min int) []string {
	var out []string
	seen := map[string]bool{}
	for _, v := range vals {
		if placeholderValue.MatchString(v) || strings.ContainsAny(v, ",，") {
			return nil // a pattern, or values combined ("hss,hss-ent")
		}
		if strings.EqualFold(v, "null") {
			continue // JSON null ("Null: the ECS has no host"): the field left out, not a string
		}
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	if len(out) < min {
		return nil
	}
	return out
}

// separator matches a list separator at the start of s, with the spaces
// around it; the words ("or", "and") need spaces on both sides.
func separator(s string) (string, int) {
	t := strings.TrimLeft(s, " ")
	spaced := len(t) < len(s)
	for _, sep := range enumSeparators {
		if !strings.HasPrefix(t, sep) {
			continue
		}
		rest := t[len(sep):]
		after := strings.TrimLeft(rest, " ")
		if last := sep[len(sep)-1]; last >= 'a' && last <= 'z' {
			if len(after) == len(rest) || !spaced && sep[0] != ',' {
				continue
			}
		}
		return sep, len(s) - len(after)
	}
	return "", 0
}

// listEnd says whether a list may end before s: at the end of the text or
// of its sentence, before a comma and prose, or a count ("两种").
func listEnd(s string) bool {
	t := strings.TrimLeft(s, " ")
	if t == "" {
		return true
	}
	if countWords.MatchString(t) {
		return true
	}
	r, w := utf8.DecodeRuneInString(t)
	switch r {
	case '。', '；', ';', '！', '!', '，', ',', '\n':
		return true
	case '.':
		return len(t) == w || t[w] == ' '
	}
	return false
}

// colonValues reads "A：…；B：…" (or "A: …. B: …", "A：…，B：…"): values each
// followed by a colon, the first at the start of s, the others after the
// end of a sentence or a comma; at least two.
func colonValues(s string) []string {
	s = strings.TrimLeft(s, " ")
	colonOf := func(t string) (string, int, bool) {
		v, n, quoted := scanValue(t)
		if n == 0 || !quoted && (notValues[strings.ToLower(v)] || labelWords[strings.ToLower(v)]) {
			return "", 0, false
		}
		rest := strings.TrimLeft(t[n:], " ")
		if strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":") && !strings.HasPrefix(rest, "://") {
			return v, n, true
		}
		return "", 0, false
	}
	first, _, ok := colonOf(s)
	if !ok {
		return nil
	}
	vals := []string{first}
	for i := 0; i < len(s); i++ {
		var w int
		switch {
		case strings.HasPrefix(s[i:], "；") || strings.HasPrefix(s[i:], "。") || strings.HasPrefix(s[i:], "，"):
			w = len("；")
		case s[i] == ';' || (s[i] == '.' || s[i] == ',') && i+1 < len(s) && s[i+1] == ' ':
			w = 1
		default:
			continue
		}
		if v, _, ok := colonOf(strings.TrimLeft(s[i+w:], " ")); ok {
			vals = append(vals, v)
		}
	}
	return listOf(vals, 2)
}

// readRange reads a range at the start of s: "1-64", "1～500", "[0, 1440]",
// "from 1 to 100", "0-255个字符"; unit says whether it counts characters.
// The range must close its sentence (or be followed by a comma).
func readRange(s string) (lo, hi float64, unit bool, ok bool) {
	t := strings.TrimLeft(s, " \t:：")
	if hasAny(strings.ToLower(sentence(t)), exclusiveWords) {
		return 0, 0, false, false
	}
	t = strings.TrimPrefix(t, "from ")
	t = strings.TrimPrefix(t, "从")
	closeB := ""
	for _, b := range [][2]string{{"[", "]"}, {"［", "］"}, {"【", "】"}} {
		if strings.HasPrefix(t, b[0]) {
			t, closeB = strings.TrimLeft(t[len(b[0]):], " "), b[1]
		}
	}
	num := func(t string, grouped bool) (float64, string, bool) {
		m := number.FindString(t)
		if grouped {
			if g := groupedNumber.FindString(t); g != "" {
				m = g
			}
		}
		if m == "" {
			return 0, t, false
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(m, ",", ""), 64)
		return v, t[len(m):], err == nil
	}
	lo, t, ok = num(t, closeB == "")
	if !ok {
		return 0, 0, false, false
	}
	t = strings.TrimLeft(t, " ")
	// "1 GB to 1024 GB", "100GB～32000GB": a quantity at both ends, in one unit
	quantity := prefixOf(t, quantityUnitWords)
	if quantity != "" {
		t = strings.TrimLeft(t[len(quantity):], " ")
	}
	sep := ""
	for _, rs := range append(append([]string{}, rangeSeparators...), "，", ",") {
		if strings.HasPrefix(t, rs) {
			sep = rs
			break
		}
	}
	if sep == "" || (sep == "，" || sep == ",") && closeB == "" {
		return 0, 0, false, false
	}
	t = strings.TrimLeft(t[len(sep):], " ")
	hi, t, ok = num(t, closeB == "")
	if !ok || hi < lo {
		return 0, 0, false, false
	}
	t = strings.TrimLeft(t, " ")
	if quantity != "" {
		if !strings.HasPrefix(t, quantity) {
			return 0, 0, false, false
		}
		t = strings.TrimLeft(t[len(quantity):], " ")
	}
	if closeB != "" {
		if !strings.HasPrefix(t, closeB) {
			return 0, 0, false, false
		}
		t = strings.TrimLeft(t[len(closeB):], " ")
	}
	if u := unitPrefix(t); u != "" {
		unit, t = true, strings.TrimLeft(t[len(u):], " ")
	}
	for _, tail := range rangeTailWords {
		if hasPrefixFold(t, tail) {
			t = t[len(tail):]
			break
		}
	}
	// the sentence may go on ("from 1 to 65,535 and cannot be less than …"),
	// or another start without a full stop ("1–100 Commonly used values are …")
	if !listEnd(t) && prefixFoldOf(t, rangeGoesOn) == "" && !sentenceRunOn(t) {
		return 0, 0, false, false
	}
	return lo, hi, unit, true
}

// readInterval reads an interval with an open end at the start of s, the
// way mathematics writes it: "(0,65535]", "[1, 65535)", "(0, ∞)"; the ends
// it gives, each exclusive where its bracket is round. A closed interval is
// a range (readRange).
func readInterval(s string) (ends []bound, ok bool) {
	t := strings.TrimLeft(s, " \t:：")
	open := prefixOf(t, []string{"(", "（", "[", "［"})
	if open == "" {
		return nil, false
	}
	t = strings.TrimLeft(t[len(open):], " ")
	lo := number.FindString(t)
	if lo == "" {
		return nil, false
	}
	t = strings.TrimLeft(t[len(lo):], " ")
	sep := prefixOf(t, []string{",", "，"})
	if sep == "" {
		return nil, false
	}
	t = strings.TrimLeft(t[len(sep):], " ")
	hi := number.FindString(t)
	if hi == "" {
		hi = prefixOf(t, []string{"+∞", "∞"})
		if hi == "" {
			return nil, false
		}
	}
	t = strings.TrimLeft(t[len(hi):], " ")
	closeB := prefixOf(t, []string{")", "）", "]", "］"})
	loOpen, hiOpen := open == "(" || open == "（", closeB == ")" || closeB == "）"
	if closeB == "" || !loOpen && !hiOpen || !listEnd(t[len(closeB):]) && !strings.HasPrefix(t[len(closeB):], "单位") {
		return nil, false
	}
	l, err := strconv.ParseFloat(lo, 64)
	if err != nil {
		return nil, false
	}
	ends = append(ends, bound{v: l, exclusive: loOpen})
	if h, err := strconv.ParseFloat(hi, 64); err == nil {
		if h < l {
			return nil, false
		}
		ends = append(ends, bound{v: h, upper: true, exclusive: hiOpen})
	}
	return ends, true
}

// rangeAfterSubject says whether a range verb ("ranges from") follows the
// subject its sentence starts with: a few words from "The" or "Its" ("The
// port number", "The value is an integer", "Its value"), no clause; or a
// clause on what the sentence names ("Start page of the list, which").
func rangeAfterSubject(intro, before string) bool {
	if !slices.Contains(rangeVerbsEN, intro) {
		return false
	}
	subject := sentenceBefore(before)
	if s, ok := strings.CutSuffix(subject, ", which "); ok && !strings.ContainsAny(s, ",，;；:：") && !conditionEN.MatchString(s) {
		return true // "Specifies the NIC MTU, which ranges from 1280 to 8888."
	}
	w := strings.Fields(subject)
	if len(w) == 0 || len(w) > 6 || strings.ContainsAny(subject, ",，;；:：") {
		return false
	}
	return w[0] == "The" || w[0] == "Its" || w[0] == "It"
}

// runOnLabel says whether the intro at text[start:end] is a label that
// starts a sentence run on to the one before it, without a full stop: a
// capital and a colon after it ("… on each page Value range: 1–100").
func runOnLabel(text string, start, end int) bool {
	if start == 0 || !isUpper(text[start]) || text[start-1] != ' ' {
		return false
	}
	_, colon := colonAfter(text, end)
	return colon
}

// sentenceRunOn says whether s starts a new English sentence: a
// capitalised word of letters in lower case after its first ("Commonly").
func sentenceRunOn(s string) bool {
	if len(s) < 3 || !isUpper(s[0]) {
		return false
	}
	i := 1
	for i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
		i++
	}
	return i >= 3 && (i == len(s) || s[i] == ' ')
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

// readDefaults reads "默认值为X", "默认为X", "The default value is X.", "X by
// default": one value, ending where its sentence or clause does.
func (r *proseReader) readDefaults(text string, ms map[phraseKind][]phraseMatch) {
	for _, m := range ms[pDefault] {
		if conditionEN.MatchString(sentenceBefore(text[:m.start])) {
			continue
		}
		if m.text == "default is" && !sentenceStart(text[:m.start]) {
			continue // "Default is TCP.", not "The value of Default is ECDHE-…"
		}
		rest, colon := colonAfter(text, m.end)
		v, ok := leadValue(text[rest:])
		if ok && m.text == "默认" && !colon {
			// "，默认false。", not "使用默认flavor（…）": alone in its clause
			t := text[rest:]
			_, n, _ := scanValue(strings.TrimLeft(t, " "))
			after := strings.TrimLeft(t, " ")[n:]
			ok = clauseStart(text[:m.start]) && (after == "" || listEnd(after) && !strings.HasPrefix(after, " "))
		}
		if ok {
			r.defs = append(r.defs, v)
		}
	}
	for _, m := range ms[pByDefault] {
		// "is 300 by default"
		b := strings.TrimRight(text[:m.start], " ")
		k := strings.LastIndexByte(b, ' ')
		if k < 0 {
			continue
		}
		verb := strings.ToLower(strings.TrimRight(b[:k], " "))
		if !strings.HasSuffix(" "+verb, " is") && !strings.HasSuffix(" "+verb, " are") {
			continue
		}
		if participle(b[k+1:]) {
			// "public zones are queried by default", "… is used by
			// default": what is done, not a value; the value is the one
			// of the list the sentence names
			r.passives = append(r.passives, sentenceAround(text, m.start))
			continue
		}
		if v, ok := leadValue(b[k+1:]); ok {
			r.defs = append(r.defs, v)
		}
	}
}

// participle reports whether a word is an English past participle
// ("queried", "used"), not a value ("300", "enabled" is one: a state).
func participle(w string) bool {
	if !strings.HasSuffix(w, "ed") || len(w) < 4 {
		return false
	}
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return !stateWords[w]
}

// stateWords end like participles and are values of their own.
var stateWords = map[string]bool{"enabled": true, "disabled": true, "closed": true, "opened": true, "locked": true, "unlocked": true, "paused": true, "stopped": true, "started": true}

// passiveDefault is the default passive sentences name ("If the value is
// left blank, public zones are queried by default."): the one value of
// the list that they hold as a word; "" when none or several are.
func passiveDefault(sentences []string, enum []string) string {
	found := ""
	for _, s := range sentences {
		for _, v := range enum {
			if wordIndex(s, v) < 0 {
				continue
			}
			if found != "" && found != v {
				return ""
			}
			found = v
		}
	}
	return found
}

// leadValue is the value that starts s, when it ends there: at the end of s,
// at punctuation or a space ("0，表示…", "vhd.", "10 (ten)"), not inside a
// word ("10秒", "true时").
func leadValue(s string) (string, bool) {
	s = strings.TrimLeft(s, " ")
	v, n, quoted := scanValue(s)
	if n == 0 || !quoted && notValues[strings.ToLower(v)] {
		return "", false
	}
	rest := s[n:]
	if rest == "" || listEnd(rest) {
		return v, true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if r == '）' || r == ')' || r == '（' || r == '(' {
		return v, true
	}
	if r == ' ' {
		t := strings.TrimLeft(rest, " ")
		if a, _ := utf8.DecodeRuneInString(t); a == '(' || a == '（' || a >= 0x80 {
			return v, true
		}
	}
	return "", false
}

// readLengths reads length ranges: "长度为1-64", "1-64个字符" (one end of a
// length is a bound: readBounds).
func (r *proseReader) readLengths(text string, ms map[phraseKind][]phraseMatch) {
	for _, m := range ms[pLength] {
		lo, hi, unit, ok := readRange(text[m.end:])
		if !ok || !unit && !strings.Contains(m.text, "长度") && !strings.Contains(m.text, "length") || notFieldsLimit(text, m.start) {
			continue
		}
		r.addRange(lo, hi, true, sentenceAround(text, m.start))
	}
	for _, m := range ms[pUnit] {
		// "1-64个字符": the range just before the unit
		from := max(0, m.start-40)
		for from < m.start && !utf8.RuneStart(text[from]) {
			from++
		}
		g := rangeBefore.FindStringSubmatchIndex(text[from:m.start])
		if g == nil {
			continue
		}
		at := from + g[0]
		if notFieldsLimit(text, at) {
			continue
		}
		lo, _ := strconv.ParseInt(text[from+g[2]:from+g[3]], 10, 64)
		hi, _ := strconv.ParseInt(text[from+g[4]:from+g[5]], 10, 64)
		if lo <= hi {
			r.lengths = append(r.lengths, [2]int64{lo, hi})
		}
	}
}

// readBounds reads what says one end of a number's values: a bound phrase
// and a number that closes its clause ("最小值为0，最大值没有限制",
// "offset大于等于0", "输入的值不超过2147483647。", "The minimum value is 1.",
// "an integer greater than 0 but less than the number of disks"), or a
// sign word ("非负整数", "Value must be a non-negative integer."). Not one
// under a condition, for each item or advised, not an alternative ("-1或大于
// 0"), a default ("The default minimum value is 5"), a quantity ("at least 1
// daemon pod", "不超过100个") or another parameter's ("当x大于0时").
func (r *proseReader) readBounds(text string, ms map[phraseKind][]phraseMatch) {
	own := func(at int, length bool) bool {
		before := strings.TrimRight(text[:at], " ")
		if notFieldsLimit(text, at) || hasSuffixFold(before, "default") || strings.HasSuffix(before, "默认") ||
			strings.HasSuffix(before, "或") || strings.HasSuffix(before, "或者") || hasSuffixFold(before, " or") {
			return false
		}
		if length || lengthSubject(before) {
			return true // of the value's length: "…开头，长度小于等于64", "名称，不超过64个字符"
		}
		subjects := identifiers(sentenceBefore(before))
		if isASCII(before) {
			subjects = codeIdentifiers(sentenceBefore(before))
		}
		return r.aboutField(subjects, nil)
	}
	for _, m := range ms[pBound] {
		rest := strings.TrimLeft(text[m.end:], " ")
		num := groupedNumber.FindString(rest)
		if num == "" {
			num = number.FindString(rest)
		}
		if num == "" {
			continue
		}
		t := strings.TrimLeft(rest[len(num):], " ")
		unit := unitPrefix(t) // "less than 243 bytes", "不超过64个字符": of a length
		t = strings.TrimLeft(t[len(unit):], " ")
		b := boundPhrases[m.text]
		subject := b.length || lengthSubject(text[:m.start])
		if subject && unit == "" && strings.HasPrefix(t, "位") {
			t = t[len("位"):] // "长度不大于64位": of a length, its characters
		}
		if !own(m.start, subject || unit != "") {
			continue
		}
		if unit == "" && !listEnd(t) && prefixFoldOf(t, []string{"and", "but"}) == "" && prefixOf(t, boundGoesOnZH) == "" {
			continue
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
		if err != nil {
			continue
		}
		b.v, b.length = v, subject || unit != ""
		r.bounds = append(r.bounds, b)
	}
	for _, m := range ms[pSign] {
		if own(m.start, false) {
			r.bounds = append(r.bounds, signWords[m.text])
		}
	}
}

// lengthSubject says whether the clause that ends with before has the
// value's length for its subject: "The length is", "字符长度", "Value
// length:" (not "掩码长度不能大于28", the length of a mask).
func lengthSubject(before string) bool {
	clause := before
	if i := strings.LastIndexAny(clause, ",，;；.。:："); i >= 0 {
		clause = clause[i:] // after a label too: "取值范围：长度不超过256位"
	}
	clause = strings.ToLower(strings.TrimLeft(clause, ",，;；.。:： "))
	return prefixOf(clause, lengthSubjects) != ""
}

// negatives are the negative numbers a description names ("-1：表示不限
// 制"): no lowest value above them is read.
func (r *proseReader) negatives() []float64 {
	var out []float64
	for _, p := range r.paras {
		if !strings.Contains(p.Text, "-") {
			continue
		}
		for _, g := range negativeNumber.FindAllStringSubmatch(p.Text, -1) {
			if v, err := strconv.ParseFloat(g[1], 64); err == nil {
				out = append(out, v)
			}
		}
	}
	return out
}

// lengthBounds are the bounds of a value's length (of the value itself
// when length is false).
func lengthBounds(bounds []bound, length bool) []bound {
	var out []bound
	for _, b := range bounds {
		if b.length == length {
			out = append(out, b)
		}
	}
	return out
}

// intOf is v as an int64 (nil for nil or a negative length).
func intOf(v *float64) *int64 {
	if v == nil || *v < 0 {
		return nil
	}
	n := int64(*v)
	return &n
}

// end is the integer end b says: an exclusive end moves to the next
// integer ("大于0" → 1, "less than 256" → 255).
func (b bound) end() float64 {
	switch {
	case !b.exclusive:
		return b.v
	case b.upper:
		return b.v - 1
	}
	return b.v + 1
}

// boundsFor is the lowest and highest value of a number of type typ that
// bounds say, each when all that say it agree: an exclusive end moves to the
// next integer; of another number it says nothing (OpenAPI 3.0 writes it
// as a flag beside the end, which the model does not hold).
func boundsFor(bounds []bound, typ string) (lo, hi *float64) {
	var ends [2]*float64
	var conflict [2]bool
	for _, b := range bounds {
		v := b.v
		if typ == "integer" && v != math.Trunc(v) {
			return nil, nil
		}
		if b.exclusive && typ != "integer" {
			continue // an end a schema of this version cannot say
		}
		i := 0
		if b.upper {
			i = 1
		}
		v = b.end()
		if ends[i] != nil && *ends[i] != v {
			conflict[i] = true
		}
		ends[i] = &v
	}
	for i := range ends {
		if conflict[i] {
			ends[i] = nil
		}
	}
	if ends[0] != nil && ends[1] != nil && *ends[0] > *ends[1] {
		return nil, nil
	}
	return ends[0], ends[1]
}

// notFieldsLimit says whether the limit said at byte i of text is not one
// of the field: it holds under a condition ("type为PATH时"), for each
// item of it ("每个标签"), for some of its parts together ("中划线和$累计总
// 长度小于等于10个字符"), or it is advice ("It is recommended that the
// length … be less than or equal to 1024 bytes", "建议不超过64个字符").
func notFieldsLimit(text string, i int) bool {
	s := sentenceAround(text, i)
	clause := text[:i]
	if j := strings.LastIndexAny(clause, ",，;；"); j >= 0 {
		clause = clause[j:]
	}
	return conditional(text[:i]) || perItemWords.MatchString(s) || hasAny(clause, partsTogether) ||
		strings.Contains(strings.ToLower(s), "recommend") || strings.Contains(s, "建议")
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
