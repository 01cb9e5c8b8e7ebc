package analyze

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lists with no intro, written in the clauses of one paragraph: "VALUE：含义"
// or "MEANING：VALUE" clauses, "VALUE表示…", meanings with the value in
// parentheses, the values after the field's name, the values supported.

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
// `One of: "Success" or "Failure".`, and Kubernetes' "One of Always, Never,
// IfNotPresent." The sentence holds the list and these words only, under no
// condition, and every value is quoted or in upper case ("Letters and digits
// are supported." names no values), or after "One of" a name with a
// capital. A Chinese text is read by supportedListZH.
func (r *proseReader) supportedList(text string) []string {
	if hasAny(text, listVerbsZH) {
		return r.supportedListZH(text)
	}
	if !strings.Contains(text, "upport") && !strings.Contains(text, "ne of") {
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
		names := false // capitalised names are values too ("One of Always, Never, IfNotPresent.")
		if !ok {
			list, ok = oneOf(t)
			names = ok
		}
		if !ok || conditionEN.MatchString(t) {
			continue
		}
		vals, _ := inlineValues(list, 2)
		if vals == nil || !r.aboutField(nil, vals) || slices.ContainsFunc(vals, func(v string) bool {
			return !upperToken(v) && !(names && nameToken(v)) && !strings.Contains(list, `"`+v+`"`) && !strings.Contains(list, "“"+v+"”")
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

// oneOf is the list of a sentence that says the field is one of it:
// `One of: "Success" or "Failure"`, or the way the Kubernetes references
// write it, "One of Always, Never, IfNotPresent", or a closing clause,
// "Status of the condition, one of True, False, Unknown"; false for
// another sentence.
func oneOf(t string) (string, bool) {
	for _, lead := range []string{"One of: ", "One of "} {
		if rest, ok := strings.CutPrefix(t, lead); ok {
			return rest, true
		}
	}
	if i := strings.LastIndex(t, ", one of "); i > 0 && !strings.ContainsAny(t[:i], ",;:") {
		return t[i+len(", one of "):], true
	}
	return "", false
}

// nameToken says whether v is a name written with a capital and letters or
// digits after it ("Always", "IfNotPresent", "True").
func nameToken(v string) bool {
	if len(v) < 2 || !isUpper(v[0]) {
		return false
	}
	for i := 1; i < len(v); i++ {
		if c := v[i]; !(c >= 'a' && c <= 'z' || isUpper(c) || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
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
