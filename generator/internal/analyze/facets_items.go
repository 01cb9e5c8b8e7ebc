package analyze

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/docspec/docspec/generator/internal/docparse"
)

// Lists written as list items or paragraphs, one value each ("VALUE：含义",
// "VALUE: meaning", "Meaning: VALUE", "VALUE" alone), after an intro or
// right after the description.

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
// without an intro, nothing else says the items are values. A list that
// goes on after a note (goesOn) is none either: it is not all the values.
func itemList(paras []docparse.Para, min int, parts bool) (vals []string, def string) {
	var run valueRun
	end := len(paras)
	for i, q := range paras {
		if !q.Item {
			end = i
			break
		}
		it, ok := valueItem(q.Text)
		if !ok {
			if label(q.Text) {
				end = i
				break
			}
			if trailingNote(paras[i:], run.vals) {
				return run.list(min)
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
	if run.vals != nil && goesOn(paras[end:], run.vals) {
		return nil, ""
	}
	return run.list(min)
}

// goesOn says whether the list goes on after a note or a case ("说明：…",
// then "Deleting：删除中", "Error：错误"): a later item is a value and what it
// means, like the list's, and not a part of a listed value ("s1：单控制节点
// CCE集群" under "cce.s1.small", the parts of a format). The list is then not
// all the values; where it goes on the page's markup does not say.
func goesOn(paras []docparse.Para, listed []string) bool {
	for _, q := range paras {
		if !q.Item || q.Cont {
			continue
		}
		it, ok := valueItem(q.Text)
		if ok && it.separated && !it.namesPart() && !slices.ContainsFunc(it.values, func(v string) bool {
			return slices.ContainsFunc(listed, func(w string) bool { return slices.Contains(strings.Split(w, "."), v) })
		}) {
			return true
		}
	}
	return false
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
