package analyze

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The numbers a value may take and the lengths it may have: ranges
// ("取值范围：1~100", "The value ranges from 1 to 30", "长度为1~64个字符"), one
// end ("最小值为0", "不超过64个字符", "最大长度36个unicode字符", "greater than
// 0"), and how they apply to a field of a given type.

// bound is one end of a number's values ("最小值为0", "小于100", "非负整数").
type bound struct {
	v         float64
	upper     bool // the highest value, else the lowest
	exclusive bool // v itself is not a value ("大于0")
	length    bool // of the value's length ("The length is greater than 0 and less than 256")
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
// capitalised word of letters in lower case after its first ("Commonly"),
// or a label ("Default:").
func sentenceRunOn(s string) bool {
	if len(s) < 3 || !isUpper(s[0]) {
		return false
	}
	i := 1
	for i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
		i++
	}
	return i >= 3 && (i == len(s) || s[i] == ' ' || s[i] == ':')
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
	r.readBetween(text)
}

// between: the value between two numbers, the way mathematics writes it,
// with one letter for the value ("0 < x < 65536", "1 ≤ n ≤ 100").
var between = regexp.MustCompile(`(?:^|[^0-9A-Za-z._-])(-?[0-9]+(?:\.[0-9]+)?) ?(<=|≤|<|＜) ?[a-zA-Z] ?(<=|≤|<|＜) ?(-?[0-9]+(?:\.[0-9]+)?)`)

// readBetween reads the two ends of a value written between two numbers
// ("This must be a valid port number, 0 < x < 65536."), where that closes
// its clause and is not under a condition.
func (r *proseReader) readBetween(text string) {
	if !strings.ContainsAny(text, "<≤＜") {
		return
	}
	for _, g := range between.FindAllStringSubmatchIndex(text, -1) {
		if !listEnd(text[g[1]:]) || notFieldsLimit(text, g[2]) {
			continue
		}
		lo, err1 := strconv.ParseFloat(text[g[2]:g[3]], 64)
		hi, err2 := strconv.ParseFloat(text[g[8]:g[9]], 64)
		if err1 != nil || err2 != nil || hi < lo {
			continue
		}
		strict := func(sign string) bool { return sign != "<=" && sign != "≤" }
		r.bounds = append(r.bounds,
			bound{v: lo, exclusive: strict(text[g[4]:g[5]])},
			bound{v: hi, upper: true, exclusive: strict(text[g[6]:g[7]])})
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
