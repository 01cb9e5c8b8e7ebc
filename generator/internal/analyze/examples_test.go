package analyze

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/docspec/docspec/generator/internal/docparse"
)

// jsonSamples: hand-made documents, valid and not, and every code block of
// the corpus from its first '{' or '[' line on.
func jsonSamples() []string {
	in := []string{
		`{}`, `[]`, ` { } `, "{\n\"a\": 1,\n\"b\": [1, 2.5, -0, 1e9, 1E+2, -3.4e-5],\n\"c\": {\"d\": null, \"e\": true, \"f\": false}\n}",
		`{"a":"x\ny"}`, `{"a":"x\"y"}`, `{"a":"\u00e9\ud83d\ude00\ud800"}`, "{\"a\":\"\xff\"}", `{"a":"\/\b\f\n\r\t"}`,
		`{"a": 01}`, `{"a": 1.}`, `{"a": .5}`, `{"a": -}`, `{"a": 1e}`, `{"a": +1}`, `{"a": tru}`, `{"a": truex}`, `{"a": nul}`,
		`{"a" 1}`, `{"a":1,}`, `[1,]`, `[1 2]`, `{"a":1}{"b":2}`, `{"a":1} x`, `[1]]`, `{1:2}`, `{"a":1`, `[`, `"x"`, `{"a":"b`,
		"{\"a\":\"b\tc\"}", `{"a":"\x"}`, `{"a":"\u12"}`, `{'a':1}`, "\ufeff{}", "{\"a\":1}\n\n", "[\r\n1,\r\n2\r\n]",
		`{"a":[{"b":[{"c":[]}]}],"a":2}`, `{"<&>":"\u2028 < > &"}`, `[1,2,3]  ` + "\t\n",
		strings.Repeat("[", 256) + strings.Repeat("]", 256), strings.Repeat("[", 257) + strings.Repeat("]", 257),
		strings.Repeat("[", 258) + strings.Repeat("]", 258),
	}
	for _, pg := range corpusPagesIfPresent() {
		for _, b := range pg.Blocks {
			if b.Kind != docparse.Code {
				continue
			}
			lines := strings.Split(b.Text, "\n")
			for i, l := range lines {
				if t := strings.TrimSpace(l); t != "" && (t[0] == '{' || t[0] == '[') {
					in = append(in, strings.Join(lines[i:], "\n"))
					break
				}
			}
		}
	}
	return in
}

// parseValidJSON reads what encoding/json's tokens read, line for line.
func TestParseValidJSON(t *testing.T) {
	valid, fallback := 0, 0
	for _, src := range jsonSamples() {
		want, err := decodeJSON(src, 7, "x.md")
		got, ok := parseValidJSON(src, 7)
		switch {
		case ok && err != nil:
			t.Errorf("parseValidJSON(%q) reads a document that encoding/json rejects: %v", src, err)
		case ok && !reflect.DeepEqual(got, want):
			t.Errorf("parseValidJSON(%q) = %s, encoding/json reads %s", src, dumpJV(got), dumpJV(want))
		case ok:
			valid++
		case err == nil:
			fallback++ // correct (parseJSON falls back), only slower
		}
	}
	t.Logf("%d documents read alike; %d valid ones left to encoding/json", valid, fallback)
	if fallback > 2 {
		t.Errorf("%d valid documents left to encoding/json", fallback)
	}
}

func dumpJV(v *jv) string {
	var b strings.Builder
	var walk func(v *jv)
	walk = func(v *jv) {
		fmt.Fprintf(&b, "<%c@%d ", v.kind, v.line)
		switch v.kind {
		case 'o':
			for i, k := range v.keys {
				fmt.Fprintf(&b, "%q:", k)
				walk(v.vals[i])
			}
		case 'a':
			for _, e := range v.vals {
				walk(e)
			}
		default:
			v.appendJSON(&b)
		}
		b.WriteString(">")
	}
	walk(v)
	return b.String()
}

// writeJSONString writes what json.Marshal writes.
func TestWriteJSONString(t *testing.T) {
	in := []string{"", "abc", "a\"b", "a\\b", "<a&b>", "\u2028\u2029", "\xff", "é中😀", "\t\n\x00\x1f", "\x7f", "\ufffd"}
	in = append(in, corpusTexts()...)
	for _, s := range in {
		var plain strings.Builder
		writeJSONString(&plain, s)
		want, _ := json.Marshal(s)
		if plain.String() != string(want) {
			t.Errorf("writeJSONString(%q) = %s, json.Marshal gives %s", s, plain.String(), want)
		}
	}
}

// FuzzJSON: parseValidJSON reads what encoding/json's tokens read, or
// leaves the document to them.
func FuzzJSON(f *testing.F) {
	for _, s := range []string{`{"a": [1, 2.5e3, "x\ny", true, null]}`, "[\n{},\n[]\n]", `{"a":1,}`, `{"\u00e9": "\ud800"}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		got, ok := parseValidJSON(src, 3)
		if !ok {
			return
		}
		want, err := decodeJSON(src, 3, "x.md")
		if err != nil {
			t.Fatalf("parseValidJSON(%q) reads a document that encoding/json rejects: %v", src, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("parseValidJSON(%q) = %s, encoding/json reads %s", src, dumpJV(got), dumpJV(want))
		}
		var b strings.Builder
		writeJSONString(&b, src)
		if m, _ := json.Marshal(src); b.String() != string(m) {
			t.Fatalf("writeJSONString(%q) = %s, json.Marshal gives %s", src, b.String(), m)
		}
	})
}
