package analyze

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMendJSON(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
		mends           []mend
	}{
		{"trailing comma", "{\"a\": 1,\n}", `{"a":1}`, []mend{mendTrailingComma}},
		{"trailing comma in a list", `{"a": [1, 2, ]}`, `{"a":[1,2]}`, []mend{mendTrailingComma}},
		{"line comment", "{\"a\": 1, // one\n\"b\": \"http://x\"}", `{"a":1,"b":"http://x"}`, []mend{mendComment}},
		{"block comment", "{\"a\": /* one\ntwo */ 1}", `{"a":1}`, []mend{mendComment}},
		{"hash comment", "{\n# one\n\"a\": 1}", `{"a":1}`, []mend{mendComment}},
		{"full-width comma", `{"a": "x"，"b": 2}`, `{"a":"x","b":2}`, []mend{mendWideComma}},
		{"full-width colon", `{"a"： 1}`, `{"a":1}`, []mend{mendWideColon}},
		{"missing comma", "{\"a\": \"x\"\n \"b\": {\"c\": true}\n \"d\": null}", `{"a":"x","b":{"c":true},"d":null}`, []mend{mendMissingComma}},
		{"missing comma between items", "[{\"a\": 1}\n{\"a\": 2}]", `[{"a":1},{"a":2}]`, []mend{mendMissingComma}},
		{"list not closed", "{\"a\": [\n {\"b\": 1}\n}", `{"a":[{"b":1}]}`, []mend{mendMissingClose}},
		{"object not closed", "{\"a\": [\n {\"b\": 1}, {\"b\": 2\n ],\n \"c\": 3}", `{"a":[{"b":1},{"b":2}],"c":3}`, []mend{mendMissingClose}},
		{"two slips", "{\"a\": 1, // one\n\"b\": 2,\n}", `{"a":1,"b":2}`, []mend{mendComment, mendTrailingComma}},
		{"members without braces", "\"a\": [\n 1\n],\n\"b\": {\"c\": 2}\n", `{"a":[1],"b":{"c":2}}`, []mend{mendBraces}},
		{"members without braces, a comma after", "\"a\": 1,\n\"b\": 2,\n", `{"a":1,"b":2}`, []mend{mendBraces, mendTrailingComma}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, mends := mendJSON(tc.src)
			assert.Equal(t, tc.mends, mends)
			assert.Equal(t, strings.Count(tc.src, "\n"), strings.Count(got, "\n"), "every line stays where it was")
			var v any
			if assert.NoError(t, json.Unmarshal([]byte(got), &v), got) {
				compact, _ := json.Marshal(v)
				var want any
				_ = json.Unmarshal([]byte(tc.want), &want)
				wantCompact, _ := json.Marshal(want)
				assert.Equal(t, string(wantCompact), string(compact))
			}
		})
	}
	// what has no one reading stays as it is
	for _, src := range []string{
		`{"a": 1}`,                        // valid
		"{",                               // a fragment: the rest is in the next block
		"{\n \"products\": [",             // also
		`{"a": ...}`,                      // an ellipsis
		`{"a": "x" "b": 2}`,               // two values on one line
		"{\"a\": 1}\n{\"a\": 2}",          // two documents
		"\"a\": 1,",                       // one member alone: a line of a block cut up
		"\"a\": [\n1",                     // members whose bracket stays open: a fragment
		`{"url": "http://x", "n": "a，b"}`, // slips inside strings are text
	} {
		got, mends := mendJSON(src)
		assert.Nil(t, mends, src)
		assert.Equal(t, src, got)
	}
}

func FuzzMendJSON(f *testing.F) {
	for _, s := range []string{"{\"a\": [1,]}", "{\"a\": 1 // x\n}", "[{\"a\": 1}\n{}]", "{\"a\": [\n}", "\"\\", "/*", "，："} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		got, mends := mendJSON(src)
		if mends == nil && got != src {
			t.Fatalf("unmended text changed: %q → %q", src, got)
		}
		if strings.Count(got, "\n") != strings.Count(src, "\n") {
			t.Fatalf("lines moved: %q → %q", src, got)
		}
	})
}
