package specwrite

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"
)

// readJSON reads what encoding/json writes into YAML nodes, keeping the
// order of keys. Strings are !!str, true and false !!bool, null !!null;
// numbers keep their text, untagged: written plain, YAML reads them as
// the number they are (a tag would be written out whenever YAML's reading
// of the text differs from it, as for integers above 2⁶³ tagged !!float).
//
// yaml.v3 cannot read every JSON document (keys longer than 1024 bytes),
// and json.Decoder's Token API costs several times as much
// (BenchmarkReadJSON), hence this small reader; strings with escapes are
// decoded by encoding/json itself.
func readJSON(data []byte) (*yaml.Node, error) {
	r := &jsonReader{data: data}
	n, err := r.value(0)
	if err != nil {
		return nil, err
	}
	r.space()
	if r.i != len(r.data) {
		return nil, r.errorf("trailing data")
	}
	return n, nil
}

type jsonReader struct {
	data []byte
	i    int
}

var errEOF = errors.New("unexpected end of JSON")

func (r *jsonReader) errorf(format string, args ...any) error {
	return fmt.Errorf("offset %d: %s", r.i, fmt.Sprintf(format, args...))
}

func (r *jsonReader) space() {
	for r.i < len(r.data) && strings.IndexByte(" \t\n\r", r.data[r.i]) >= 0 {
		r.i++
	}
}

func scalar(tag, value string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: value}
	if tag == "!!str" && (oldBools[value] || value == "=" || isBase60(value)) {
		// A YAML 1.1 reader takes a plain no, on or Y for a boolean, 16:00
		// for the number 960 (base 60), and = for its value key (which
		// some fail to read): quoted, as yaml.v3 quotes such a Go string
		// (= too, so that the document reads the same in every reader).
		n.Style = yaml.DoubleQuotedStyle
	}
	return n
}

// base60 is YAML 1.1's sexagesimal number (yaml.v3's base60float).
var base60 = regexp.MustCompile(`^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`)

func isBase60(s string) bool {
	return s != "" && (s[0] == '+' || s[0] == '-' || s[0] >= '0' && s[0] <= '9') && strings.IndexByte(s, ':') >= 0 && base60.MatchString(s)
}

// oldBools are YAML 1.1's spellings of booleans.
var oldBools = map[string]bool{"y": true, "Y": true, "yes": true, "Yes": true, "YES": true, "n": true, "N": true,
	"no": true, "No": true, "NO": true, "on": true, "On": true, "ON": true, "off": true, "Off": true, "OFF": true}

func (r *jsonReader) value(depth int) (*yaml.Node, error) {
	if depth > 10000 {
		return nil, r.errorf("nested too deeply")
	}
	r.space()
	if r.i >= len(r.data) {
		return nil, errEOF
	}
	switch c := r.data[r.i]; {
	case c == '{':
		return r.collection(&yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}, '}', depth)
	case c == '[':
		return r.collection(&yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}, ']', depth)
	case c == '"':
		s, err := r.str()
		return scalar("!!str", s), err
	case c == '-' || c >= '0' && c <= '9':
		j := r.i
		for j < len(r.data) && strings.IndexByte("+-.eE0123456789", r.data[j]) >= 0 {
			j++
		}
		s := string(r.data[r.i:j])
		r.i = j
		return scalar("", s), nil
	}
	for _, lit := range []string{"true", "false", "null"} {
		if bytes.HasPrefix(r.data[r.i:], []byte(lit)) {
			r.i += len(lit)
			if lit == "null" {
				return scalar("!!null", lit), nil
			}
			return scalar("!!bool", lit), nil
		}
	}
	return nil, r.errorf("unexpected %q", r.data[r.i])
}

// collection reads the members of an object (key, value, …) or the items
// of an array into n, up to end.
func (r *jsonReader) collection(n *yaml.Node, end byte, depth int) (*yaml.Node, error) {
	r.i++
	r.space()
	if r.i < len(r.data) && r.data[r.i] == end {
		r.i++
		return n, nil
	}
	for {
		if n.Kind == yaml.MappingNode {
			r.space()
			k, err := r.str()
			if err != nil {
				return nil, err
			}
			if r.space(); r.i >= len(r.data) || r.data[r.i] != ':' {
				return nil, r.errorf("expected ':'")
			}
			r.i++
			n.Content = append(n.Content, scalar("!!str", k))
		}
		v, err := r.value(depth + 1)
		if err != nil {
			return nil, err
		}
		n.Content = append(n.Content, v)
		switch r.space(); {
		case r.i >= len(r.data):
			return nil, errEOF
		case r.data[r.i] == end:
			r.i++
			return n, nil
		case r.data[r.i] != ',':
			return nil, r.errorf("expected ',' or %q", end)
		}
		r.i++
	}
}

// str reads a JSON string.
func (r *jsonReader) str() (string, error) {
	if r.i >= len(r.data) || r.data[r.i] != '"' {
		return "", r.errorf("expected string")
	}
	start, escaped := r.i, false
	for j := r.i + 1; j < len(r.data); j++ {
		switch r.data[j] {
		case '\\':
			escaped = true
			j++
		case '"':
			r.i = j + 1
			if !escaped {
				return string(r.data[start+1 : j]), nil
			}
			var s string
			err := json.Unmarshal(r.data[start:j+1], &s)
			return s, err
		}
	}
	return "", errEOF
}
