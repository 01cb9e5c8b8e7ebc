package analyze

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/docspec/docspec/generator/internal/docparse"
)

// What follows an enum intro ("取值范围：", "取值为", "可设置为", "The value can
// be", "如下："): a range, an inline list, "A：…；B：…", the items after a
// colon, or one value.

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
	if m.connector && !m.colon && !m.perCase {
		// "取值为“Auto”，表示自动备份。": one value, which sentences like
		// it may join into a list (result); a case's is read below
		if vals, _ := inlineValues(rest, 1); len(vals) == 1 && r.aboutField(m.subjects, vals) && !mentionsDefault(sentenceAround(text, m.start)) {
			r.singles = append(r.singles, vals[0])
		}
	}
	if m.cond {
		// only the values of a case: "type为PATH时，取值范围：A、B" may leave
		// others out; the cases that open their sentences, two or more, may
		// list them all (result), unless the description gives a format
		// (the values of a part: "instance mode … For read replicas, the
		// value is .rr.")
		if m.perCase && !m.colon && !r.givesAFormat() {
			if vals, _ := inlineValues(rest, 1); vals != nil && r.aboutField(m.subjects, vals) {
				r.cases = append(r.cases, vals)
			}
		}
		return
	}
	if m.fixed && alone && !r.givesAFormat() {
		// "The value is fixed at v3.", "取值固定为v3。": the field's one value,
		// unless the description gives a format ("type … can only be HDD" is a part's)
		// (an English intro's word may describe it instead: "can only be unique")
		english := text[m.start] < utf8.RuneSelf
		one := rest
		if g := fixedTailEN.FindStringSubmatchIndex(rest); english && g != nil {
			one = rest[:g[3]] + "." // "The value is fixed at v3 and cannot be changed."
		}
		if vals, _ := inlineValues(one, 1); len(vals) == 1 && !(english && describingWord(vals[0])) && r.aboutField(m.subjects, vals) {
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

// introMatch is an enum intro in a text.
type introMatch struct {
	start     int      // where the intro starts
	subjects  []string // identifiers before the intro in its sentence
	end       int      // where the values start
	colon     bool     // the intro ends in a colon
	listWord  bool     // "如下", "as follows": a list follows
	connector bool     // "为", "是", "can be"…: values follow without a colon
	cond      bool     // the intro follows a condition ("扩容mongos节点时，取值为…")
	perCase   bool     // the condition is a case that opens its sentence ("For MySQL, the value is …")
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
			perCase:   caseLead(before),
			fixed:     fixedWords[conn],
		})
	}
	for _, kind := range []phraseKind{pVerbZH, pSupportZH} {
		for _, m := range ms[kind] {
			before := text[:m.start]
			end, colon := colonAfter(text, m.end)
			if t := supportedTail.FindString(text[m.end:]); !colon && t != "" {
				end, colon = m.end+len(t), true // "目前支持的协议包括："
			} else if f := prefixOf(text[m.end:], supportFillersZH); !colon && f != "" && supportOnlyZH[m.text] {
				end = m.end + len(f) // "目前只支持填写字符串“ntp”或“addresstime”"
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
		perCase := caseLead(before)
		if !sentenceStart(withoutLead(before)) && !which && !runOnLabel(text, m.start, m.end) && !subject && !perCase || conditional(before) ||
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
			cond:      perCase,
			perCase:   perCase,
			fixed:     fixedWords[strings.ToLower(m.text)],
		})
	}
	for _, loc := range caseSubjectZH.FindAllStringSubmatchIndex(text, -1) {
		// "MySQL为“async”或“semisync”。PostgreSQL为“async”或“sync”。": a named
		// case (an engine, a product) as the subject of 为, opening its
		// sentence, and the values it takes, quoted
		if !sentenceStart(text[:loc[2]]) {
			continue
		}
		out = append(out, introMatch{start: loc[2], end: loc[3], connector: true, cond: true, perCase: true})
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

// givesAFormat says whether a paragraph of the description gives a format:
// the values after an intro are then a part's.
func (r *proseReader) givesAFormat() bool {
	return slices.ContainsFunc(r.paras, func(p docparse.Para) bool { return givesFormat(p.Text) })
}

// givesFormat says whether a paragraph gives a format (formatIntro; the
// words are looked for first, most paragraphs have none).
func givesFormat(s string) bool {
	return (strings.Contains(s, "ormat") || strings.Contains(s, "格式")) && formatIntro.MatchString(s)
}

// caseLead says whether a case opens the sentence of an intro after before
// ("For MySQL, ", "对于副本集实例，").
func caseLead(before string) bool {
	loc := perCaseLead.FindStringIndex(before)
	return loc != nil && sentenceStart(before[:loc[0]])
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
