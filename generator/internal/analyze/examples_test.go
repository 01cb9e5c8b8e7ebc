package analyze

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// parseJSON keeps the docs' key order and the line of every value, and says
// where a broken document goes wrong.
func TestParseJSON(t *testing.T) {
	v, err := parseJSON("{\n\"b\": [1, 2.5e3],\n\"a\": {\"c\": null,\n \"d\": \"x\\ny\"},\n\"e\": true\n}", 10, "p.md")
	require.NoError(t, err)
	assert.Equal(t, `{"b":[1,2.5e3],"a":{"c":null,"d":"x\ny"},"e":true}`, v.json())
	assert.Equal(t, []string{"b", "a", "e"}, v.keys)
	assert.Equal(t, 10, v.line)
	assert.Equal(t, 11, v.vals[0].line, "b")
	assert.Equal(t, 12, v.vals[1].line, "a")
	assert.Equal(t, 13, v.vals[1].vals[1].line, "a.d")
	assert.Equal(t, 14, v.vals[2].line, "e")

	v, err = parseJSON(`{"<&>":"\u2028 é"}`, 1, "p.md")
	require.NoError(t, err)
	assert.Equal(t, `{"\u003c\u0026\u003e":"\u2028 é"}`, v.json(), "strings are written as encoding/json writes them")

	for _, tc := range []struct {
		src  string
		line int
		msg  string
	}{
		{"{\n\"a\": 1,\n}", 3, "invalid character '}'"},
		{"{\"a\": 1}\n{\"b\": 2}", 2, "more than one JSON value"},
		{"[\n1,\n2", 3, "unexpected end of JSON"},
		{"{\n'a': 1}", 2, "invalid character '\\''"},
	} {
		_, err := parseJSON(tc.src, 1, "p.md")
		var je *jsonError
		require.ErrorAs(t, err, &je, tc.src)
		assert.Equal(t, tc.line, je.line, tc.src)
		assert.Contains(t, je.msg, tc.msg, tc.src)
	}
}
