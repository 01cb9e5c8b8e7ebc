package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hand-written matchers for the simple expressions the analysis runs over
// every cell. Each gives the results of the regular expression it replaces
// (kept in match_test.go, which compares the two over the corpus): Go's
// leftmost-first semantics, `\s` = [\t\n\f\r ], `(?i)` = Unicode simple
// case folding, and positions tried at rune starts only.

// isSpaceRE is `\s` of Go regular expressions.
func isSpaceRE(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// skipSpaceRE skips `\s*` from i.
func skipSpaceRE(s string, i int) int {
	for i < len(s) && isSpaceRE(s[i]) {
		i++
	}
	return i
}

// foldRune reports whether r equals the lower-case ASCII letter c under
// simple case folding (so "ſ" matches 's' and the Kelvin sign 'k').
func foldRune(r rune, c byte) bool {
	if r == rune(c) {
		return true
	}
	if r < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' && r == rune(c-'a'+'A')
	}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f == rune(c) {
			return true
		}
	}
	return false
}

// prefixFold returns the length in s of a case-insensitive match of key (lower-case
// ASCII) at the start of s, or -1.
func prefixFold(s, key string) int {
	i := 0
	for k := 0; k < len(key); k++ {
		if i >= len(s) {
			return -1
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c != key[k] && !('a' <= key[k] && key[k] <= 'z' && c == key[k]-'a'+'A') {
				return -1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !foldRune(r, key[k]) {
			return -1
		}
		i += n
	}
	return i
}

// facetKeysCJK and facetKeysFold are the alternatives of facetKey, in its
// order.
var (
	facetKeysCJK  = []string{"枚举值", "缺省值", "默认值", "最小值", "最大值", "最小长度", "最大长度"}
	facetKeysFold = []string{"enumeration values", "enumerated values", "default value", "minimum length", "maximum length", "minimum", "maximum"}
)

// facetKeyIndex is facetKey.FindAllStringSubmatchIndex(s, -1) (as arrays:
// match start, end, key start, end). Every match
// ends at a colon, after the white space that follows a key, and no key is a
// suffix of another: each colon ends at most one match, found from the
// colon backwards, and the matches of successive colons do not overlap.
func facetKeyIndex(s string) [][4]int {
	var locs [][4]int
	ascii, full := strings.IndexByte(s, ':'), strings.Index(s, "：")
	for ascii >= 0 || full >= 0 {
		colon, width := ascii, 1
		if ascii < 0 || full >= 0 && full < ascii {
			colon, width = full, len("：")
		}
		keyEnd := colon
		for keyEnd > 0 && isSpaceRE(s[keyEnd-1]) {
			keyEnd--
		}
		if start := facetKeyBefore(s[:keyEnd]); start >= 0 {
			locs = append(locs, [4]int{start, colon + width, start, keyEnd})
		}
		next := colon + width
		if width == 1 {
			ascii = indexFrom(s, next, ":")
		} else {
			full = indexFrom(s, next, "：")
		}
	}
	return locs
}

// indexFrom is the index of sub in s at or after i, or -1.
func indexFrom(s string, i int, sub string) int {
	if j := strings.Index(s[i:], sub); j >= 0 {
		return i + j
	}
	return -1
}

// facetKeyBefore returns where the facet key that ends s starts, or -1.
func facetKeyBefore(s string) int {
	for _, k := range facetKeysCJK {
		if strings.HasSuffix(s, k) {
			return len(s) - len(k)
		}
	}
	for _, k := range facetKeysFold {
		if i := suffixFold(s, k); i >= 0 {
			return i
		}
	}
	return -1
}

// suffixFold returns where a case-insensitive match of key (lower-case
// ASCII) ending s starts, or -1.
func suffixFold(s, key string) int {
	i := len(s)
	for k := len(key) - 1; k >= 0; k-- {
		if i == 0 {
			return -1
		}
		if c := s[i-1]; c < utf8.RuneSelf {
			if c != key[k] && !('a' <= key[k] && key[k] <= 'z' && c == key[k]-'a'+'A') {
				return -1
			}
			i--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !foldRune(r, key[k]) {
			return -1
		}
		i -= n
	}
	return i
}

// seeWords are the first alternatives of seeTable, "see" aside.
var seeWords = []string{"参见", "详见", "参考", "见"}

// seeTableRef is seeTable.FindStringSubmatch(s)[1], or "" when it does not match:
// `(?i)(?:see|参见|详见|参考|见)\s*(?:table|表)\s*([0-9]+)`.
func seeTableRef(s string) string {
	for i := 0; i < len(s); i++ {
		j := -1
		switch c := s[i]; {
		case c == 's' || c == 'S' || c == 0xC5: // ſ
			if n := prefixFold(s[i:], "see"); n > 0 {
				j = i + n
			}
		case c == 0xE5 || c == 0xE8: // 参, 详 见
			for _, w := range seeWords {
				if strings.HasPrefix(s[i:], w) {
					j = i + len(w)
					break
				}
			}
		}
		if j < 0 {
			continue
		}
		j = skipSpaceRE(s, j)
		if n := prefixFold(s[j:], "table"); n > 0 {
			j += n
		} else if strings.HasPrefix(s[j:], "表") {
			j += len("表")
		} else {
			continue
		}
		j = skipSpaceRE(s, j)
		k := j
		for k < len(s) && '0' <= s[k] && s[k] <= '9' {
			k++
		}
		if k > j {
			return s[j:k]
		}
	}
	return ""
}

// anchorStructName is anchorPrefix.FindStringSubmatch(a)[1] with numSuffix
// removed, ok false when anchorPrefix does not match:
// `^(?:.*_)?(?:request|response)_(.+)$` then `_[0-9]+$` → "".
func anchorStructName(a string) (string, bool) {
	if strings.IndexByte(a, '\n') >= 0 {
		return "", false // `.` stops at line ends
	}
	m, ok := "", false
	// `(?:.*_)?` is greedy: the last '_' after which the rest matches.
	for p := len(a); p >= 0; p-- {
		if p > 0 && a[p-1] != '_' {
			continue
		}
		rest := a[p:]
		if r, found := strings.CutPrefix(rest, "request_"); found && r != "" {
			m, ok = r, true
			break
		}
		if r, found := strings.CutPrefix(rest, "response_"); found && r != "" {
			m, ok = r, true
			break
		}
	}
	if !ok {
		return "", false
	}
	d := len(m)
	for d > 0 && '0' <= m[d-1] && m[d-1] <= '9' {
		d--
	}
	if d < len(m) && d > 0 && m[d-1] == '_' {
		m = m[:d-1]
	}
	return m, true
}

// placeholderNames is placeholder.FindAllStringSubmatch(s, -1)'s groups:
// the names of the "{name}" placeholders, `\{([^{}]+)\}`.
func placeholderNames(s string) []string {
	var out []string
	for i := 0; ; {
		a := strings.IndexByte(s[i:], '{')
		if a < 0 {
			return out
		}
		a += i
		j := a + 1
		for j < len(s) && s[j] != '{' && s[j] != '}' {
			j++
		}
		if j < len(s) && s[j] == '}' && j > a+1 {
			out = append(out, s[a+1:j])
			i = j + 1
			continue
		}
		i = a + 1
	}
}

// statusDigits is statusRe.FindStringSubmatch(s)[1], or "":
// `^\s*([1-5][0-9][0-9])\b`.
func statusDigits(s string) string {
	i := skipSpaceRE(s, 0)
	if len(s)-i < 3 || s[i] < '1' || s[i] > '5' || !isDigit(s[i+1]) || !isDigit(s[i+2]) {
		return ""
	}
	if i+3 < len(s) && isWordByte(s[i+3]) {
		return "" // no word boundary after the digits
	}
	return s[i : i+3]
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isWordByte is `\w`: [0-9A-Za-z_].
func isWordByte(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}

// alnumWords is the non-empty pieces of nonAlnum.Split(s, -1): the runs of
// ASCII letters and digits.
func alnumWords(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		if !isAlnum(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isAlnum(s[j]) {
			j++
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

func isAlnum(c byte) bool { return isWordByte(c) && c != '_' }

// containsFoldASCII reports whether s contains word (lower-case ASCII
// letters none of which a non-ASCII letter folds to) in any case.
func containsFoldASCII(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		if s[i]|0x20 == word[0] && strings.EqualFold(s[i:i+len(word)], word) {
			return true
		}
	}
	return false
}

// mayBeStatusIntro is a cheap test before statusIntro: it names
// "状态码" or a "status code" (in any case: "code" has no letter that a
// non-ASCII one folds to).
func mayBeStatusIntro(s string) bool {
	return strings.Contains(s, "状态码") || containsFoldASCII(s, "code")
}

// toLower is strings.ToLower(s) with no case lookup for the Chinese
// characters (CJK Unified Ideographs have no case) and no allocation when
// nothing changes.
func toLower(s string) string {
	upper := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			upper = upper || 'A' <= c && c <= 'Z'
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r < 0x4E00 || r > 0x9FFF {
			return strings.ToLower(s)
		}
		i += n
	}
	if !upper {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// uriLabels are the labels methodLine accepts before the method, in its
// order ("URI" closes the "URI format" group and comes again later).
var uriLabels = []string{"URI format", "URI 格式", "URI格式", "URI", "请求URI", "接口"}

// methodLineMatch is methodLine.FindStringSubmatch(s)'s groups, ok false
// when it does not match:
//
//	^(?:[-*]\s+)?(?:(?:URI(?: format| 格式|格式)?|请求URI|URI|接口)\s*[:：]\s*)?([A-Za-z]+)\s*(/\S*|\{[^ ]*\}\S*)
//
// No backtracking is needed: no white space can start what follows each
// `\s`, a shorter run of letters leaves a letter where the path must start,
// at most one label is followed by a colon, and after a label with a colon
// the expression without the label would have to match the label's letters
// followed by a colon or a non-letter, which it cannot.
func methodLineMatch(s string) (method, path string, ok bool) {
	i := 0
	if s != "" && (s[0] == '-' || s[0] == '*') {
		if i = skipSpaceRE(s, 1); i == 1 {
			return "", "", false
		}
	}
	if j := uriLabelEnd(s, i); j >= 0 {
		i = j
	}
	k := i
	for k < len(s) && ('a' <= s[k]|0x20 && s[k]|0x20 <= 'z') {
		k++
	}
	if k == i {
		return "", "", false
	}
	l := skipSpaceRE(s, k)
	if l >= len(s) {
		return "", "", false
	}
	e := l + 1
	switch s[l] {
	case '/':
	case '{':
		r := l + 1
		for r < len(s) && s[r] != ' ' {
			r++
		}
		p := strings.LastIndexByte(s[l+1:r], '}')
		if p < 0 {
			return "", "", false
		}
		e = l + 1 + p + 1
	default:
		return "", "", false
	}
	for e < len(s) && !isSpaceRE(s[e]) {
		e++
	}
	return s[i:k], s[l:e], true
}

// uriLabelEnd matches a label, white space, a colon and white space at i
// and returns the end, or -1.
func uriLabelEnd(s string, i int) int {
	for _, label := range uriLabels {
		if !strings.HasPrefix(s[i:], label) {
			continue
		}
		j := skipSpaceRE(s, i+len(label))
		switch {
		case j < len(s) && s[j] == ':':
			return skipSpaceRE(s, j+1)
		case strings.HasPrefix(s[j:], "："):
			return skipSpaceRE(s, j+len("："))
		}
	}
	return -1
}
