package specwrite

import (
	"bytes"
	"errors"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// The YAML encoder is most of the cost of writing a large spec. emitBlock
// writes the same bytes as yaml.v3 (block style, indent 2) for the trees
// specwrite builds: the layout is written here, and scalars take a fast path
// when they are plainly safe (a letter first, printable, no ": " or " #", not
// a word YAML would read as another type); every other scalar is rendered by
// yaml.v3 itself, so its quoting is never second-guessed. TestEmitMatchesYAML
// compares both writers over real and synthetic specs.

// errUnsupported sends a whole piece to yaml.v3 (keys that are not simple).
var errUnsupported = errors.New("specwrite: node needs the YAML encoder")

// emitBlock writes node as a YAML document, as yaml.v3's encoder with
// SetIndent(2) would.
func emitBlock(buf *bytes.Buffer, node *yaml.Node) error {
	switch node.Kind {
	case yaml.MappingNode:
		if len(node.Content) == 0 {
			buf.WriteString("{}\n")
			return nil
		}
		return emitMapping(buf, node, 0, false)
	case yaml.SequenceNode:
		if len(node.Content) == 0 {
			buf.WriteString("[]\n")
			return nil
		}
		return emitSequence(buf, node, 0, false)
	}
	return errUnsupported
}

func indentTo(buf *bytes.Buffer, n int) {
	for ; n > 0; n-- {
		buf.WriteByte(' ')
	}
}

// emitMapping writes a non-empty mapping whose keys start at column indent;
// inItem means the first key follows a "- " already written.
func emitMapping(buf *bytes.Buffer, n *yaml.Node, indent int, inItem bool) error {
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if i > 0 || !inItem {
			indentTo(buf, indent)
		}
		if k.Kind != yaml.ScalarNode {
			return errUnsupported
		}
		key, ok := keyText(k.Tag, k.Value)
		if !ok {
			return errUnsupported
		}
		buf.WriteString(key)
		buf.WriteByte(':')
		if err := emitValue(buf, v, indent, true); err != nil {
			return err
		}
	}
	return nil
}

// emitSequence writes a non-empty sequence whose dashes are at column indent.
func emitSequence(buf *bytes.Buffer, n *yaml.Node, indent int, inItem bool) error {
	for i, item := range n.Content {
		if i > 0 || !inItem {
			indentTo(buf, indent)
		}
		buf.WriteByte('-')
		if err := emitValue(buf, item, indent, false); err != nil {
			return err
		}
	}
	return nil
}

// emitValue writes what follows "key:" (afterKey) or "-", owned by a key
// or dash at column indent.
func emitValue(buf *bytes.Buffer, v *yaml.Node, indent int, afterKey bool) error {
	switch v.Kind {
	case yaml.ScalarNode:
		buf.WriteByte(' ')
		return emitScalar(buf, v, indent+2)
	case yaml.MappingNode:
		if len(v.Content) == 0 {
			buf.WriteString(" {}\n")
			return nil
		}
		if afterKey {
			buf.WriteByte('\n')
			return emitMapping(buf, v, indent+2, false)
		}
		buf.WriteByte(' ')
		return emitMapping(buf, v, indent+2, true)
	case yaml.SequenceNode:
		if len(v.Content) == 0 {
			buf.WriteString(" []\n")
			return nil
		}
		if afterKey {
			buf.WriteByte('\n')
			return emitSequence(buf, v, indent+2, false)
		}
		buf.WriteByte(' ')
		return emitSequence(buf, v, indent+2, true)
	}
	return errUnsupported
}

// emitScalar writes a scalar value; continuation lines (literal blocks) are
// indented to column content.
func emitScalar(buf *bytes.Buffer, v *yaml.Node, content int) error {
	if plainValue(v) {
		buf.WriteString(v.Value)
		buf.WriteByte('\n')
		return nil
	}
	if v.Tag == "!!str" && literalBlock(v.Value) {
		// "|-" and the lines, as yaml.v3 writes a multi-line string that has
		// no trailing line break, leading space or space before a break.
		buf.WriteString("|-\n")
		for _, l := range strings.Split(v.Value, "\n") {
			if l != "" {
				indentTo(buf, content)
				buf.WriteString(l)
			}
			buf.WriteByte('\n')
		}
		return nil
	}
	r, err := rendered(v.Tag, v.Value)
	if err != nil {
		return err
	}
	buf.WriteString(r.head)
	buf.WriteByte('\n')
	for _, l := range r.lines {
		if l != "" {
			indentTo(buf, content)
			buf.WriteString(l)
		}
		buf.WriteByte('\n')
	}
	return nil
}

// plainValue reports whether yaml.v3 writes the scalar as its bare value.
func plainValue(v *yaml.Node) bool { return plainScalar(v.Tag, v.Value) }

// plainScalar reports whether yaml.v3 writes a scalar of this tag and value
// as its bare value.
func plainScalar(tag, value string) bool {
	switch tag {
	case "!!str":
		return plainString(value)
	case "!!int":
		return isDecimal(value)
	case "!!bool":
		return value == "true" || value == "false"
	case "!!null":
		return value == "null"
	}
	return false
}

func isDecimal(s string) bool {
	if strings.HasPrefix(s, "-") {
		s = s[1:]
	}
	if s == "" || len(s) > 18 || (len(s) > 1 && s[0] == '0') {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// plainString is the fast path: strings yaml.v3 surely writes plain.
func plainString(s string) bool {
	if s == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(first) || first >= 0x10000 || s[len(s)-1] == ' ' {
		return false
	}
	prevSpace := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf { // ASCII, most of the text
			switch {
			case c < 0x20 || c == 0x7f:
				return false // control characters
			case c == ':':
				if i+1 == len(s) || s[i+1] == ' ' {
					return false
				}
			case c == '#':
				if prevSpace {
					return false
				}
			}
			prevSpace = c == ' '
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r < 0xa0 || r == utf8.RuneError:
			return false // NEL and other C1 controls, invalid bytes
		case r >= 0x10000 || r == 0xfeff || r == 0xfffe || r == 0xffff || r == 0x2028 || r == 0x2029:
			return false // outside what the emitter prints, or line breaks
		}
		prevSpace = false
		i += size
	}
	return !boolOrNullWord(s)
}

// boolOrNullWord reports whether strings.ToLower(s) is one of the words
// YAML 1.1 reads as a boolean or null. Only ASCII letters lower to the
// letters of these words, so an ASCII case-insensitive match is the same
// test, without lowering (and allocating) every string.
func boolOrNullWord(s string) bool {
	if len(s) > 5 {
		return false
	}
	for _, w := range [...]string{"true", "false", "null", "yes", "no", "on", "off", "y", "n"} {
		if len(w) != len(s) {
			continue
		}
		same := true
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != w[i] {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

// literalBlock is the fast path for multi-line strings.
func literalBlock(s string) bool {
	if !strings.Contains(s, "\n") || s[0] == ' ' || s[0] == '\n' || s[len(s)-1] == '\n' || s[len(s)-1] == ' ' || strings.Contains(s, " \n") {
		return false
	}
	for _, r := range s {
		switch {
		case r == '\n':
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == utf8.RuneError:
			return false
		case r >= 0x10000 || r == 0xfeff || r == 0xfffe || r == 0xffff || r == 0x2028 || r == 0x2029:
			return false
		}
	}
	return true
}

// keyText renders a mapping key, or reports that the key is not simple.
func keyText(tag, value string) (string, bool) {
	if len(value) > 128 {
		return "", false
	}
	if plainScalar(tag, value) {
		return value, true
	}
	key := scalarKey{tag, value}
	renderCache.RLock()
	text, ok := renderCache.keys[key]
	renderCache.RUnlock()
	if ok {
		return text, true
	}
	var out bytes.Buffer
	doc := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Content: []*yaml.Node{
		{Kind: yaml.ScalarNode, Tag: tag, Value: value}, {Kind: yaml.ScalarNode, Tag: "!!str", Value: "v"}}}
	if err := encodeYAML(&out, doc); err != nil {
		return "", false
	}
	text, ok = strings.CutSuffix(out.String(), ": v\n")
	if !ok || strings.ContainsAny(text, "\n") || strings.HasPrefix(text, "? ") {
		return "", false
	}
	renderCache.Lock()
	if len(renderCache.keys) >= maxRenderCache {
		clear(renderCache.keys)
	}
	renderCache.keys[key] = text
	renderCache.Unlock()
	return text, true
}

// form is a scalar as yaml.v3 writes it after "key: ": the first line and,
// for literal blocks, the continuation lines without their indentation.
type form struct {
	head  string
	lines []string
}

// renderCache holds what yaml.v3 made of short single-line scalars (as
// values, and as keys). Each map is emptied when it reaches maxRenderCache
// entries, so a long-lived process does not grow it without bound.
var renderCache = struct {
	sync.RWMutex
	forms map[scalarKey]form
	keys  map[scalarKey]string
}{forms: map[scalarKey]form{}, keys: map[scalarKey]string{}}

type scalarKey struct{ tag, value string }

const maxRenderCache = 1 << 16

// rendered asks yaml.v3 how it writes the scalar.
func rendered(tag, value string) (form, error) {
	if strings.ContainsAny(value, "\r\u0085\u2028\u2029") {
		return form{}, errUnsupported // unusual line breaks: the encoder writes the whole piece
	}
	cacheable := len(value) < 256 && !strings.Contains(value, "\n")
	key := scalarKey{tag, value}
	if cacheable {
		renderCache.RLock()
		f, ok := renderCache.forms[key]
		renderCache.RUnlock()
		if ok {
			return f, nil
		}
	}
	var out bytes.Buffer
	doc := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Content: []*yaml.Node{
		{Kind: yaml.ScalarNode, Tag: "!!str", Value: "k"}, {Kind: yaml.ScalarNode, Tag: tag, Value: value}}}
	if err := encodeYAML(&out, doc); err != nil {
		return form{}, err
	}
	text, ok := strings.CutPrefix(out.String(), "k: ")
	if !ok {
		return form{}, errUnsupported
	}
	text = strings.TrimSuffix(text, "\n")
	lines := strings.Split(text, "\n")
	f := form{head: lines[0]}
	for _, l := range lines[1:] {
		if l != "" && !strings.HasPrefix(l, "  ") {
			return form{}, errUnsupported
		}
		f.lines = append(f.lines, strings.TrimPrefix(l, "  "))
	}
	if cacheable {
		renderCache.Lock()
		if len(renderCache.forms) >= maxRenderCache {
			clear(renderCache.forms)
		}
		renderCache.forms[key] = f
		renderCache.Unlock()
	}
	return f, nil
}
