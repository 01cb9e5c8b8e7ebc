package analyze

import (
	"slices"
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
	// boundText and lenText are the labelled parts the bounds and the
	// lengths were read from ("最小值：0"; the least, then the most), for a
	// type they do not apply to
	boundText, lenText [2]string
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
						f.lenText[boolIndex(kind == facetMaxLen)] = strings.TrimSpace(p.Text[loc[0]:segEnd])
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
						f.boundText[boolIndex(kind == facetMax)] = strings.TrimSpace(p.Text[loc[0]:segEnd])
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

// unapplied is the text of the labelled bounds or lengths that a value of
// type typ does not take ("最小值：0" on a string, a port written as one):
// the description keeps it, as nothing else says it.
func (f facets) unapplied(typ string) []string {
	var out []string
	add := func(texts [2]string) {
		for _, t := range texts {
			if t != "" {
				out = append(out, t)
			}
		}
	}
	if typ != "integer" && typ != "number" {
		add(f.boundText)
	}
	if typ != "string" {
		add(f.lenText)
	}
	return out
}

// boolIndex is 1 for true, 0 for false.
func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}
