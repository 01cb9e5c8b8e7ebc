package analyze

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// One value of prose (an ASCII token or a quoted text) and the inline list
// of them, up to where the list ends ("A、B和C", "A, B, or C", "A/B").

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
		// (a sentence may follow without a space: "≥ 0.Default: 1.")
		return len(t) == w || t[w] == ' ' || sentenceRunOn(t[w:])
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
