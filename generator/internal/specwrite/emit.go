package specwrite

import (
	"errors"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// emit writes the node n as a YAML document into out: the bytes yaml.v3's
// encoder gives with an indent of 2 (block collections, empty ones as {}
// and [], every scalar in the style yaml.v3 selects for it, no line
// folding), without its event queue, which holds every event of the
// document until the end and is most of the encoder's cost.
//
// It knows the nodes specwrite makes: mappings, sequences and scalars
// tagged !!map, !!seq, !!str, !!bool, !!null or not at all, without
// anchors or comments. It returns errUnsupported for any other node (the
// caller then uses yaml.v3). One difference is on purpose: a document whose
// last scalar keeps its final line breaks (|+) is not followed by "...",
// since a part is written inside a larger document. TestEmitMatchesYAML
// and FuzzEmit check the rest against yaml.v3.
func emit(out []byte, n *yaml.Node) ([]byte, error) {
	e := emitter{out: out, indent: -1, whitespace: true, indention: true}
	if err := e.node(n, nodeContext{}); err != nil {
		return out, err
	}
	// The end of the document.
	e.writeIndent()
	return e.out, nil
}

var errUnsupported = errors.New("node not written by the YAML emitter")

// emitter is the state yaml.v3's emitter keeps between what it writes.
type emitter struct {
	out        []byte
	column     int // in characters
	indent     int
	indents    []int
	whitespace bool // the last character written is a space or a line start
	indention  bool // only indentation is on the current line so far
}

// nodeContext is where a node is written.
type nodeContext struct {
	simpleKey bool // a mapping key written as "k:"
	inItem    bool // a sequence item (its content is indented 2 past the dash)
}

// decorated reports whether a node has what emit does not write: an
// anchor, a comment, an explicit tag.
func decorated(n *yaml.Node) bool {
	return n.Anchor != "" || n.HeadComment != "" || n.LineComment != "" || n.FootComment != "" || n.Style&yaml.TaggedStyle != 0
}

func (e *emitter) node(n *yaml.Node, c nodeContext) error {
	if decorated(n) {
		return errUnsupported
	}
	switch n.Kind {
	case yaml.MappingNode:
		if n.Tag != "" && n.Tag != "!!map" || n.Style&yaml.FlowStyle != 0 {
			return errUnsupported
		}
		if len(n.Content) == 0 {
			e.writeIndicator("{", true, true, false)
			e.writeIndicator("}", false, false, false)
			return nil
		}
		return e.mapping(n, c)
	case yaml.SequenceNode:
		if n.Tag != "" && n.Tag != "!!seq" || n.Style&yaml.FlowStyle != 0 {
			return errUnsupported
		}
		if len(n.Content) == 0 {
			e.writeIndicator("[", true, true, false)
			e.writeIndicator("]", false, false, false)
			return nil
		}
		return e.sequence(n, c)
	case yaml.ScalarNode:
		return e.scalar(n, c)
	}
	return errUnsupported
}

// increaseIndent is the indent of a node's content: 2 past a sequence
// item's dash, else the next multiple of 2 (0 for a block collection at
// the root, 2 for a scalar there).
func (e *emitter) increaseIndent(flow bool, c nodeContext) {
	e.indents = append(e.indents, e.indent)
	switch {
	case e.indent < 0 && flow:
		e.indent = 2
	case e.indent < 0:
		e.indent = 0
	case c.inItem:
		e.indent += 2
	default:
		e.indent = 2 * ((e.indent + 2) / 2)
	}
}

func (e *emitter) popIndent() {
	e.indent = e.indents[len(e.indents)-1]
	e.indents = e.indents[:len(e.indents)-1]
}

func (e *emitter) mapping(n *yaml.Node, c nodeContext) error {
	e.increaseIndent(false, c)
	for i := 0; i+1 < len(n.Content); i += 2 {
		e.writeIndent()
		if err := e.key(n.Content[i]); err != nil {
			return err
		}
		if err := e.node(n.Content[i+1], nodeContext{}); err != nil {
			return err
		}
	}
	e.popIndent()
	return nil
}

// key writes a mapping key and its colon: "k:" for a key on one line of
// 128 bytes at most (or an empty collection), else "? k" and ":" on the
// next line. A scalar key is read once, for both.
func (e *emitter) key(k *yaml.Node) error {
	var s scalarData
	var a analysis
	simple := false
	switch {
	case decorated(k):
		return errUnsupported
	case k.Kind == yaml.ScalarNode:
		var err error
		if s, err = scalarOf(k); err != nil {
			return err
		}
		a = analyze(s.value)
		simple = !a.multiline && len(s.value) <= 128
	case k.Kind == yaml.MappingNode, k.Kind == yaml.SequenceNode:
		simple = len(k.Content) == 0
	default:
		return errUnsupported
	}
	write := func(c nodeContext) error {
		if k.Kind != yaml.ScalarNode {
			return e.node(k, c)
		}
		e.writeScalar(s, a, c)
		return nil
	}
	if simple {
		if err := write(nodeContext{simpleKey: true}); err != nil {
			return err
		}
		e.writeIndicator(":", false, false, false)
		return nil
	}
	e.writeIndicator("?", true, false, true)
	if err := write(nodeContext{}); err != nil {
		return err
	}
	e.writeIndent()
	e.writeIndicator(":", true, false, true)
	return nil
}

func (e *emitter) sequence(n *yaml.Node, c nodeContext) error {
	e.increaseIndent(false, c)
	for _, item := range n.Content {
		e.writeIndent()
		e.writeIndicator("-", true, false, true)
		if err := e.node(item, nodeContext{inItem: true}); err != nil {
			return err
		}
	}
	e.popIndent()
	return nil
}

type scalarStyle int

const (
	plainStyle scalarStyle = iota
	singleQuotedStyle
	doubleQuotedStyle
	literalStyle
)

// scalarData is a scalar as it is to be written: its value, and the style
// asked for (before what the value allows is considered).
type scalarData struct {
	value string
	style scalarStyle
}

// scalarOf is what yaml.v3's encoder asks its emitter to write for the
// scalar node n: a tag is left out when the plain value reads as that tag
// anyway, and a string that would read as something else is quoted.
func scalarOf(n *yaml.Node) (scalarData, error) {
	s := scalarData{value: n.Value}
	if !utf8.ValidString(n.Value) {
		return s, errUnsupported // yaml.v3 writes it as !!binary
	}
	force := false
	quotedOrBlock := n.Style&(yaml.SingleQuotedStyle|yaml.DoubleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) != 0
	switch n.Tag {
	case "":
	case "!!str", "!!bool", "!!null", "!!int", "!!float":
		if n.Tag == "!!str" && quotedOrBlock {
			break
		}
		resolved := (&yaml.Node{Kind: yaml.ScalarNode, Value: n.Value}).ShortTag()
		switch {
		case resolved == n.Tag:
		case n.Tag == "!!str":
			force = true
		default:
			return s, errUnsupported // the tag would be written
		}
	default:
		return s, errUnsupported
	}
	switch {
	case n.Style&yaml.DoubleQuotedStyle != 0:
		s.style = doubleQuotedStyle
	case n.Style&yaml.SingleQuotedStyle != 0:
		s.style = singleQuotedStyle
	case n.Style&yaml.LiteralStyle != 0:
		s.style = literalStyle
	case n.Style&yaml.FoldedStyle != 0:
		return s, errUnsupported
	case strings.Contains(n.Value, "\n"):
		s.style = literalStyle
	case force:
		s.style = doubleQuotedStyle
	}
	return s, nil
}

func (e *emitter) scalar(n *yaml.Node, c nodeContext) error {
	s, err := scalarOf(n)
	if err != nil {
		return err
	}
	e.writeScalar(s, analyze(s.value), c)
	return nil
}

// writeScalar writes s in the style yaml.v3 selects from the one asked for
// and what its characters (a) allow where it stands (c).
func (e *emitter) writeScalar(s scalarData, a analysis, c nodeContext) {
	style := s.style
	if c.simpleKey && a.multiline {
		style = doubleQuotedStyle
	}
	if style == plainStyle {
		if !a.blockPlainAllowed {
			style = singleQuotedStyle
		}
		if s.value == "" && c.simpleKey {
			style = singleQuotedStyle
		}
	}
	if style == singleQuotedStyle && !a.singleQuotedAllowed {
		style = doubleQuotedStyle
	}
	if style == literalStyle && (!a.blockAllowed || c.simpleKey) {
		style = doubleQuotedStyle
	}
	e.increaseIndent(true, c)
	switch style {
	case plainStyle:
		e.writePlain(s.value)
	case singleQuotedStyle:
		e.writeSingleQuoted(s.value)
	case doubleQuotedStyle:
		e.writeDoubleQuoted(s.value)
	case literalStyle:
		e.writeLiteral(s.value)
	}
	e.popIndent()
}

// analysis is what a scalar's characters allow.
type analysis struct {
	multiline, blockPlainAllowed, singleQuotedAllowed, blockAllowed bool
}

func analyze(v string) analysis {
	if v == "" {
		return analysis{blockPlainAllowed: true, singleQuotedAllowed: true}
	}
	var blockIndicators, lineBreaks, special, tabs bool
	var leadingSpace, leadingBreak, trailingSpace, trailingBreak, breakSpace, spaceBreak bool
	var previousSpace, previousBreak bool
	if len(v) >= 3 && (v[:3] == "---" || v[:3] == "...") {
		blockIndicators = true
	}
	precededByWhitespace := true
	for i, w := 0, 0; i < len(v); i += w {
		w = width(v[i])
		followedByWhitespace := i+w >= len(v) || isBlank(v, i+w)
		if i == 0 {
			switch v[i] {
			case '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`':
				blockIndicators = true
			case '?', ':', '-':
				blockIndicators = blockIndicators || followedByWhitespace
			}
		} else {
			switch v[i] {
			case ':':
				blockIndicators = blockIndicators || followedByWhitespace
			case '#':
				blockIndicators = blockIndicators || precededByWhitespace
			}
		}
		if v[i] == '\t' {
			tabs = true
		} else if !isPrintable(v, i) {
			special = true
		}
		switch {
		case v[i] == ' ':
			if i == 0 {
				leadingSpace = true
			}
			if i+w == len(v) {
				trailingSpace = true
			}
			if previousBreak {
				breakSpace = true
			}
			previousSpace, previousBreak = true, false
		case isBreak(v, i):
			lineBreaks = true
			if i == 0 {
				leadingBreak = true
			}
			if i+w == len(v) {
				trailingBreak = true
			}
			if previousSpace {
				spaceBreak = true
			}
			previousSpace, previousBreak = false, true
		default:
			previousSpace, previousBreak = false, false
		}
		precededByWhitespace = v[i] == ' ' || v[i] == '\t' || isBreak(v, i) || v[i] == 0
	}
	a := analysis{multiline: lineBreaks, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: true}
	if leadingSpace || leadingBreak || trailingSpace || trailingBreak || lineBreaks || blockIndicators {
		a.blockPlainAllowed = false
	}
	if trailingSpace {
		a.blockAllowed = false
	}
	if breakSpace || spaceBreak || tabs || special {
		a.blockPlainAllowed, a.singleQuotedAllowed = false, false
	}
	if spaceBreak || special {
		a.blockAllowed = false
	}
	return a
}

// width is the length of the UTF-8 sequence that starts with b.
func width(b byte) int {
	switch {
	case b&0x80 == 0:
		return 1
	case b&0xE0 == 0xC0:
		return 2
	case b&0xF0 == 0xE0:
		return 3
	case b&0xF8 == 0xF0:
		return 4
	}
	return 0
}

// at is v[i], or 0 past its end.
func at(v string, i int) byte {
	if i < len(v) {
		return v[i]
	}
	return 0
}

func isBlank(v string, i int) bool { return v[i] == ' ' || v[i] == '\t' }

// isBreak: CR, LF, NEL, LS or PS.
func isBreak(v string, i int) bool {
	return v[i] == '\r' || v[i] == '\n' || v[i] == 0xC2 && at(v, i+1) == 0x85 ||
		v[i] == 0xE2 && at(v, i+1) == 0x80 && (at(v, i+2) == 0xA8 || at(v, i+2) == 0xA9)
}

// isPrintable is YAML's printable set, less the characters of four bytes.
func isPrintable(v string, i int) bool {
	b := v[i]
	return b == 0x0A || b >= 0x20 && b <= 0x7E ||
		b == 0xC2 && at(v, i+1) >= 0xA0 ||
		b > 0xC2 && b < 0xED ||
		b == 0xED && at(v, i+1) < 0xA0 ||
		b == 0xEE ||
		b == 0xEF && !(at(v, i+1) == 0xBB && at(v, i+2) == 0xBF) && !(at(v, i+1) == 0xBF && (at(v, i+2) == 0xBE || at(v, i+2) == 0xBF))
}

func (e *emitter) put(b byte) {
	e.out = append(e.out, b)
	e.column++
}

func (e *emitter) putBreak() {
	e.out = append(e.out, '\n')
	e.column = 0
	e.indention = true
}

// write copies the character at v[i] and returns the index after it.
func (e *emitter) write(v string, i int) int {
	w := width(v[i])
	e.out = append(e.out, v[i:i+w]...)
	e.column++
	return i + w
}

// writeBreak copies the line break at v[i].
func (e *emitter) writeBreak(v string, i int) int {
	if v[i] == '\n' {
		e.putBreak()
		return i + 1
	}
	i = e.write(v, i)
	e.column = 0
	e.indention = true
	return i
}

func (e *emitter) writeIndent() {
	indent := max(e.indent, 0)
	if !e.indention || e.column > indent || e.column == indent && !e.whitespace {
		e.putBreak()
	}
	for e.column < indent {
		e.put(' ')
	}
	e.whitespace = true
}

func (e *emitter) writeIndicator(indicator string, needWhitespace, isWhitespace, isIndention bool) {
	if needWhitespace && !e.whitespace {
		e.put(' ')
	}
	e.out = append(e.out, indicator...)
	e.column += len(indicator) // ASCII
	e.whitespace = isWhitespace
	e.indention = e.indention && isIndention
}

func (e *emitter) writePlain(v string) {
	if v != "" && !e.whitespace {
		e.put(' ')
	}
	e.writeLines(v, 0)
	if v != "" {
		e.whitespace = false
	}
	e.indention = false
}

func (e *emitter) writeSingleQuoted(v string) {
	e.writeIndicator("'", true, false, false)
	e.writeLines(v, '\'')
	e.writeIndicator("'", false, false, false)
	e.whitespace = false
	e.indention = false
}

// writeLines writes a plain or single-quoted scalar's characters: a line
// break is written twice (a blank line) before the first of a run, each
// line after one indented; quote, if not 0, is doubled.
func (e *emitter) writeLines(v string, quote byte) {
	breaks := false
	for i := 0; i < len(v); {
		switch {
		case v[i] == ' ':
			i = e.write(v, i)
		case isBreak(v, i):
			if !breaks && v[i] == '\n' {
				e.putBreak()
			}
			i = e.writeBreak(v, i)
			breaks = true
		default:
			if breaks {
				e.writeIndent()
			}
			if quote != 0 && v[i] == quote {
				e.put(quote)
			}
			i = e.write(v, i)
			e.indention = false
			breaks = false
		}
	}
}

// escapes are the one-letter escapes of double-quoted scalars.
var escapes = map[rune]byte{0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0A: 'n', 0x0B: 'v', 0x0C: 'f', 0x0D: 'r',
	0x1B: 'e', '"': '"', '\\': '\\', 0x85: 'N', 0xA0: '_', 0x2028: 'L', 0x2029: 'P'}

func (e *emitter) writeDoubleQuoted(v string) {
	e.writeIndicator(`"`, true, false, false)
	// yaml.v3 asks whether the value (not the character) starts with a byte
	// order mark: after one, every character is escaped.
	bom := strings.HasPrefix(v, "\uFEFF")
	for i := 0; i < len(v); {
		if bom || !isPrintable(v, i) || isBreak(v, i) || v[i] == '"' || v[i] == '\\' {
			r, w := utf8.DecodeRuneInString(v[i:])
			i += w
			e.put('\\')
			if c, ok := escapes[r]; ok {
				e.put(c)
				continue
			}
			digits := 8
			switch {
			case r <= 0xFF:
				e.put('x')
				digits = 2
			case r <= 0xFFFF:
				e.put('u')
				digits = 4
			default:
				e.put('U')
			}
			for k := (digits - 1) * 4; k >= 0; k -= 4 {
				e.put("0123456789ABCDEF"[(r>>uint(k))&0x0F])
			}
			continue
		}
		i = e.write(v, i)
	}
	e.writeIndicator(`"`, false, false, false)
	e.whitespace = false
	e.indention = false
}

func (e *emitter) writeLiteral(v string) {
	e.writeIndicator("|", true, false, false)
	if v != "" && (v[0] == ' ' || isBreak(v, 0)) {
		e.writeIndicator("2", false, false, false)
	}
	// The chomping indicator: "-" without a final line break, "+" with
	// more than one.
	chomp := ""
	if v == "" {
		chomp = "-"
	} else {
		i := len(v) - 1
		for i > 0 && v[i]&0xC0 == 0x80 {
			i--
		}
		switch {
		case !isBreak(v, i):
			chomp = "-"
		case i == 0:
			chomp = "+"
		default:
			i--
			for i > 0 && v[i]&0xC0 == 0x80 {
				i--
			}
			if isBreak(v, i) {
				chomp = "+"
			}
		}
	}
	if chomp != "" {
		e.writeIndicator(chomp, false, false, false)
	}
	e.putBreak()
	e.whitespace = true
	breaks := true
	for i := 0; i < len(v); {
		if isBreak(v, i) {
			i = e.writeBreak(v, i)
			breaks = true
			continue
		}
		if breaks {
			e.writeIndent()
		}
		i = e.write(v, i)
		e.indention = false
		breaks = false
	}
}
