package analyze

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// The path template as a page writes it, and the clean template the spec
// gets: "/v2/{ book_id }/x?detail={detail} (note)" → "/v2/{book_id}/x" and the
// query names [detail].

// takePath reads the path text at the start of s (white space before it
// skipped): up to the first white space or non-ASCII character outside
// braces and brackets, so that "{ key_id }" and "[?a, b]" stay whole and
// trailing prose ("\(Supports only1.9\)") is left in rest. Markdown links
// are replaced by their text first ("{[id](x.md)}" → "{id}"). ok is false
// when the text runs on into prose without a space ("/HTTPS请求方法"): then
// it is no path.
func takePath(s string) (path, rest string, ok bool) {
	s = markdownLink.ReplaceAllString(strings.TrimSpace(s), "$1")
	braces, brackets := 0, 0
	for i, r := range s {
		switch {
		case r == '{':
			braces++
		case r == '}' && braces > 0:
			braces--
		case r == '[':
			brackets++
		case r == ']' && brackets > 0:
			brackets--
		case braces > 0 || brackets > 0:
		case r == ' ' || r == '\t':
			return s[:i], strings.TrimSpace(s[i:]), true
		case r >= utf8.RuneSelf:
			return s[:i], s[i:], strings.ContainsRune(closingPunct, r)
		}
	}
	return s, "", true
}

// closingPunct: full-width punctuation that may end a path written in prose.
const closingPunct = "。，；：（"

// splitURL splits "https://{endpoint}/v1/x" into the host and the path;
// ok is false when s has no scheme.
func splitURL(s string) (host, path string, ok bool) {
	l := strings.ToLower(s)
	var rest string
	switch {
	case strings.HasPrefix(l, "https://"):
		rest = s[len("https://"):]
	case strings.HasPrefix(l, "http://"):
		rest = s[len("http://"):]
	default:
		return "", "", false
	}
	if i := strings.IndexByte(rest, '/'); i >= 0 {
		return rest[:i], rest[i:], true
	}
	return rest, "/", true
}

// hostIsPlaceholder reports whether a URL's host is a placeholder
// ("{Endpoint}", "_{endpoint}_", "{_Endpoint_}") rather than a real host:
// such a URL is written as a template of the operation.
func hostIsPlaceholder(host string) bool {
	h := stripEmphasis(host)
	return strings.HasPrefix(h, "{") && strings.HasSuffix(h, "}") && strings.Count(h, "{") == 1
}

// parsePath turns the path text of a URI line into the path template and the
// names of its query string. problem is not empty when the template is not
// well formed; the path is then the cleaned text, for the message.
func parsePath(text string) (path string, query []queryItem, problem string) {
	p, q := cutQuery(text)
	// emphasis around the query string: "/x_?a={a}_"
	if m := len(p) - len(strings.TrimRight(p, "_*")); m > 0 && q != "" && strings.HasSuffix(q, p[len(p)-m:]) {
		p, q = p[:len(p)-m], q[:len(q)-m]
	}
	p, q = stripEmphasis(p), stripEmphasis(q)
	path = cleanPath(p)
	return path, parseQuery(q), checkPath(path)
}

// cutQuery splits "/x?a=1", "/x{?a,b}" and "/x[?a, b]" at the query string.
func cutQuery(s string) (path, query string) {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '{', '[':
			if i+1 < len(s) && s[i+1] == '?' {
				return s[:i], s[i:]
			}
			if s[i] == '{' {
				depth++
			}
		case '}':
			if depth > 0 {
				depth--
			}
		case '?':
			if depth == 0 {
				return s[:i], s[i:]
			}
		}
	}
	return s, ""
}

// queryItem is one name of a URI line's query string, with the value written
// for it ("no", "{limit}", "offset::{offset}|limit::{limit}").
type queryItem struct{ Name, Value string }

// valueNames are the placeholders in the item's value.
func (q queryItem) valueNames() []string { return placeholderNames(q.Value) }

// parseQuery reads the names of a query string: "?force_delete=no&limit={limit}",
// "{?last}", "{?a={a}&b={b}}", "[?page_size, page_no、id]", "?bulk-delete".
// Parts that are not names are skipped.
func parseQuery(q string) []queryItem {
	q = strings.TrimSpace(q)
	switch {
	case strings.HasPrefix(q, "{?"):
		q = strings.TrimSuffix(q[2:], "}")
	case strings.HasPrefix(q, "[?"):
		q = strings.TrimSuffix(q[2:], "]")
	default:
		q = strings.TrimPrefix(q, "?")
	}
	var out []queryItem
	seen := map[string]bool{}
	for _, part := range splitTop(q) {
		name, val, _ := strings.Cut(part, "=")
		name = strings.Trim(name, "{}[]_* ")
		if !isTypeName(name) || seen[name] {
			continue
		}
		seen[name] = true
		out = append(out, queryItem{Name: name, Value: dropSpaceInBraces(strings.TrimSpace(val))})
	}
	return out
}

// splitTop splits a query string at "&", ",", "、" and "，" outside braces.
func splitTop(s string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch {
		case r == '{':
			depth++
		case r == '}' && depth > 0:
			depth--
		case depth == 0 && (r == '&' || r == ',' || r == '、' || r == '，'):
			out = append(out, strings.TrimSpace(s[start:i]))
			start = i + utf8.RuneLen(r)
		}
	}
	return append(out, strings.TrimSpace(s[start:]))
}

// cleanPath drops white space inside placeholders, repeated slashes and a
// trailing slash, and makes the path start with one ("v1.0/x" is relative).
func cleanPath(p string) string {
	s := dropSpaceInBraces(strings.TrimSpace(p))
	for strings.Contains(s, "//") {
		s = strings.ReplaceAll(s, "//", "/")
	}
	if !strings.HasPrefix(s, "/") {
		s = "/" + s
	}
	if len(s) > 1 {
		s = strings.TrimRight(s, "/")
	}
	return s
}

func dropSpaceInBraces(s string) string {
	if !strings.ContainsAny(s, " \t") {
		return s
	}
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '{':
			in = true
		case r == '}':
			in = false
		case in && (r == ' ' || r == '\t'):
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// checkPath says what is wrong with a clean path template, or "" when it is
// well formed: every "{" closed, no "}" alone, placeholders that are names,
// and only characters a URL path holds. (A name used twice is renamed in
// its later uses when the operation is made.)
func checkPath(p string) string {
	open := -1
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '{':
			if open >= 0 {
				return fmt.Sprintf("a %q inside the placeholder opened at %q", "{", p[open:i+1])
			}
			open = i
		case c == '}':
			if open < 0 {
				return fmt.Sprintf("a %q that closes no placeholder", "}")
			}
			name := p[open+1 : i]
			switch {
			case name == "":
				return "an empty placeholder {}"
			case !placeholderName.MatchString(name):
				return fmt.Sprintf("the placeholder {%s} is not a name", name)
			}
			open = -1
		case open < 0 && !pathByte(c): // inside braces the name is checked whole
			r, _ := utf8.DecodeRuneInString(p[i:])
			return fmt.Sprintf("the character %q", r)
		}
	}
	if open >= 0 {
		return fmt.Sprintf("an unclosed placeholder %q", p[open:])
	}
	if strings.Contains(p, "://") {
		return "a scheme inside the path"
	}
	return ""
}

// pathByte: the bytes of a URL path (RFC 3986 pchar and "/"), minus the
// sub-delimiters that appear in the docs only as markup or prose: ( ) * ' [ ].
func pathByte(c byte) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		return true
	}
	return strings.IndexByte("-._~!$&+,;=:@%/", c) >= 0
}

// stripEmphasis removes Markdown emphasis around the words of a path:
// "_{endpoint}_", "{_project_id_}", "?size=_size_&page=_page_number_". A word
// (text between / ? & = , | { } [ ]) loses markers it has on both sides; a
// word made only of markers next to a brace is dropped.
func stripEmphasis(s string) string {
	if !strings.ContainsAny(s, "_*") {
		return s
	}
	var b strings.Builder
	start := 0
	flush := func(end int) {
		w := s[start:end]
		if w != "" && strings.Trim(w, "_*") == "" {
			if (end < len(s) && s[end] == '{') || (start > 0 && s[start-1] == '}') {
				return
			}
		}
		b.WriteString(unwrapEmphasis(w))
	}
	for i := 0; i < len(s); i++ {
		if strings.IndexByte("/?&=,|{}[]", s[i]) >= 0 {
			flush(i)
			b.WriteByte(s[i])
			start = i + 1
		}
	}
	flush(len(s))
	return b.String()
}

// unwrapEmphasis: "_x_" → "x", "**x**" → "x"; "__x" and "x_" stay.
func unwrapEmphasis(w string) string {
	for _, m := range []string{"**", "__", "*", "_"} {
		if len(w) > 2*len(m) && strings.HasPrefix(w, m) && strings.HasSuffix(w, m) {
			inner := w[len(m) : len(w)-len(m)]
			if inner[0] != '_' && inner[0] != '*' && inner[len(inner)-1] != '_' && inner[len(inner)-1] != '*' {
				return inner
			}
		}
	}
	return w
}

// placeholderNames are the names of a path's "{name}" placeholders.
func placeholderNames(path string) []string {
	var out []string
	for _, m := range placeholder.FindAllStringSubmatch(path, -1) {
		out = append(out, m[1])
	}
	return out
}

// placeholderSet is placeholderNames as a set.
func placeholderSet(path string) map[string]bool {
	set := map[string]bool{}
	for _, n := range placeholderNames(path) {
		set[n] = true
	}
	return set
}

// samePathTemplate reports whether path b is path a or a concrete instance
// of it: literal segments equal (case aside), a placeholder segment of a
// matching any non-empty segment of b.
func samePathTemplate(a, b string) bool {
	as, bs := strings.Split(a, "/"), strings.Split(b, "/")
	if len(as) != len(bs) {
		return false
	}
	for i := range as {
		if strings.EqualFold(as[i], bs[i]) {
			continue
		}
		if !strings.Contains(as[i], "{") || bs[i] == "" {
			return false
		}
		if !segmentPattern(as[i]).MatchString(bs[i]) {
			return false
		}
	}
	return true
}

// segmentPattern matches the concrete values of a path segment with
// placeholders: "{a}" → any text, "v{n}.json" → "v", any text, ".json".
func segmentPattern(seg string) *regexp.Regexp {
	parts := placeholder.Split(seg, -1)
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	return regexp.MustCompile("(?i)^" + strings.Join(parts, ".+") + "$")
}
