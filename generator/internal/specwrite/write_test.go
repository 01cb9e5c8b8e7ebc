package specwrite

import (
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// decodeTokens is the reference reader: json.Decoder's Token API.
func decodeTokens(dec *json.Decoder) (*value, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		v := &value{kind: 'a'}
		if t == '{' {
			v.kind = 'o'
		}
		for dec.More() {
			if v.kind == 'o' {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				v.keys = append(v.keys, kt.(string))
			}
			e, err := decodeTokens(dec)
			if err != nil {
				return nil, err
			}
			v.vals = append(v.vals, e)
		}
		if _, err := dec.Token(); err != nil && err != io.EOF {
			return nil, err
		}
		return v, nil
	case string:
		return &value{kind: 's', s: t}, nil
	case json.Number:
		return &value{kind: 'n', s: t.String()}, nil
	case bool:
		return &value{kind: 'b', s: strconv.FormatBool(t)}, nil
	default:
		return &value{kind: 'z'}, nil
	}
}

func TestDecodeJSONMatchesTokenReader(t *testing.T) {
	docs := []string{
		`{}`, `[]`, `{"a":1,"b":[true,false,null],"c":{"d":"e"}}`,
		`{"s":"quote \" backslash \\ tab \t nl \n uni \u00e9 \u003chtml\u003e \u2028","n":-1.5e+10,"z":0}`,
		`{"中文":"值","empty":"","arr":[[],{},[1,[2,[3]]]]}`,
		` { "spaced" : [ 1 , 2 ] } `,
	}
	for _, d := range docs {
		dec := json.NewDecoder(strings.NewReader(d))
		dec.UseNumber()
		want, err := decodeTokens(dec)
		require.NoError(t, err, d)
		got, err := decodeJSON([]byte(d))
		require.NoError(t, err, d)
		require.Equal(t, want, got, d)
	}
	for _, bad := range []string{`{`, `{"a"}`, `[1,]`, `"open`, `{"a":1}x`, `tru`} {
		_, err := decodeJSON([]byte(bad))
		require.Error(t, err, bad)
	}
}
