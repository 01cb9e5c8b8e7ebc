package analyze

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Examples that are not valid JSON are often so by a slip with one reading:
// a comma before a closing bracket, a comment, a full-width comma or colon
// between values, a comma missing at the end of a line, a bracket not
// closed before its parent closes, an object's members written without its
// braces. mendJSON mends those; an example mended
// is read (and reported) as the docs meant it, any other stays unread.

// memberLine: a line that opens with an object's member ("status": {).
var memberLine = regexp.MustCompile(`^"[^"\n]+"\s*:`)

// A mend is one kind of slip mendJSON mended.
type mend string

const (
	mendTrailingComma mend = "a comma before a closing bracket"
	mendComment       mend = "a comment"
	mendWideComma     mend = "a full-width comma"
	mendWideColon     mend = "a full-width colon"
	mendMissingComma  mend = "a missing comma between two lines"
	mendMissingClose  mend = "a missing closing bracket"
	mendBraces        mend = "the braces around an object's members"
)

// mendJSON returns src with its slips mended, every line where it was, and
// the kinds of slip in the order first met; nil when there was none.
func mendJSON(src string) (string, []mend) {
	out := make([]byte, 0, len(src)+8)
	var mends []mend
	note := func(m mend) {
		if !slices.Contains(mends, m) {
			mends = append(mends, m)
		}
	}
	orig := src
	if t := strings.TrimSpace(src); memberLine.MatchString(t) && strings.Contains(t, "\n") {
		// "status": {…} — an object's members, without its braces
		src = "{" + src + "}"
		note(mendBraces)
	}
	var stack []byte // open brackets
	lastSig := -1    // index in out of the last byte outside white space
	comma := -1      // index in out of a comma not yet followed by a value
	newline := false // a line ended since lastSig
	valueEnd := func() bool {
		if lastSig < 0 {
			return false
		}
		switch b := out[lastSig]; {
		case b == '"' || b == '}' || b == ']', b >= '0' && b <= '9', b == 'e' || b == 'l':
			return true // a string, a container, a number, true/false/null
		}
		return false
	}
	startValue := func() {
		// "a": 1 ⏎ "b": 2 — the comma the line lacks goes after its value
		if newline && comma < 0 && valueEnd() && len(stack) > 0 {
			out = append(out[:lastSig+1], append([]byte{','}, out[lastSig+1:]...)...)
			note(mendMissingComma)
		}
		comma = -1
	}
	closeTo := func(open byte) {
		// close what is open above the bracket this one closes
		at := strings.LastIndexByte(string(stack), open)
		if at < 0 {
			return
		}
		for len(stack)-1 > at {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			out = append(out, closer(top))
			note(mendMissingClose)
		}
	}
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '\n':
			newline = true
			out = append(out, c)
			i++
			continue
		case c == ' ' || c == '\t' || c == '\r':
			out = append(out, c)
			i++
			continue
		case c == '"':
			startValue()
			j := i + 1
			for j < len(src) && src[j] != '"' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j+1, len(src))
			out = append(out, src[i:j]...)
			i = j
		case c == '/' && i+1 < len(src) && src[i+1] == '/', c == '#':
			j := strings.IndexByte(src[i:], '\n')
			if j < 0 {
				j = len(src) - i
			}
			out = append(out, strings.Repeat(" ", j)...)
			i += j
			note(mendComment)
			continue
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			j := strings.Index(src[i+2:], "*/")
			if j < 0 {
				j = len(src) - i - 2
			} else {
				j += 2
			}
			for _, b := range []byte(src[i : i+2+j]) {
				if b == '\n' {
					out = append(out, b)
					newline = true
				} else {
					out = append(out, ' ')
				}
			}
			i += 2 + j
			note(mendComment)
			continue
		case c == ',':
			out = append(out, c)
			comma = len(out) - 1
			i++
		case c == '}' || c == ']':
			if comma >= 0 {
				out[comma] = ' '
				note(mendTrailingComma)
				comma = -1
			}
			open := opener(c)
			closeTo(open)
			if n := len(stack); n > 0 && stack[n-1] == open {
				stack = stack[:n-1]
			}
			out = append(out, c)
			i++
		case c == '{' || c == '[':
			startValue()
			stack = append(stack, c)
			out = append(out, c)
			i++
		case strings.HasPrefix(src[i:], "，"):
			out = append(out, ',')
			comma = len(out) - 1
			i += len("，")
			note(mendWideComma)
		case strings.HasPrefix(src[i:], "："):
			out = append(out, ':')
			comma = -1
			i += len("：")
			note(mendWideColon)
		case c == '-' || c >= '0' && c <= '9' || c == 't' || c == 'f' || c == 'n':
			startValue()
			j := i
			for j < len(src) && (isWordByte(src[j])) {
				j++
			}
			out = append(out, src[i:j]...)
			i = j
		default:
			comma = -1
			_, n := utf8.DecodeRuneInString(src[i:])
			out = append(out, src[i:i+n]...)
			i += n
		}
		lastSig, newline = len(out)-1, false
	}
	if len(mends) == 0 || len(stack) > 0 || slices.Contains(mends, mendBraces) && slices.Contains(mends, mendMissingClose) {
		// a block that ends with brackets open is a fragment ("{" alone,
		// the rest in the next block), not a slip; so are members whose
		// brackets the added braces would close
		return orig, nil
	}
	return string(out), mends
}

func opener(c byte) byte {
	if c == '}' {
		return '{'
	}
	return '['
}

func closer(c byte) byte {
	if c == '{' {
		return '}'
	}
	return ']'
}

// isWordByte reports whether b continues a number or a literal.
func isWordByte(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '.' || b == '-' || b == '+'
}

// joinMends lists mends in prose: "a comment and a missing comma".
func joinMends(ms []mend) string {
	parts := make([]string, len(ms))
	for i, m := range ms {
		parts[i] = string(m)
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}
