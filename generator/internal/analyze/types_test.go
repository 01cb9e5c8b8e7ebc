package analyze

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseType(t *testing.T) {
	cases := []struct {
		in   string
		want string
	}{
		{"String", "string"},
		{"string。", "string"},
		{"String(255)", "string"},
		{"Integer", "integer/int32"},
		{"Long", "integer/int64"},
		{"Float", "number/float"},
		{"Double", "number/double"},
		{"Number", "number"},
		{"Boolean", "boolean"},
		{"Boalean", "boolean"},
		{"Object", "object"},
		{"Array of strings", "array<string>"},
		{"Array of integers", "array<integer/int32>"},
		{"Array of BackupResp objects", "array<BackupResp>"},
		{"BackupUpdate object", "BackupUpdate"},
		{"DisasterRecoveryobject", "DisasterRecovery"},
		{"io.k8s.api.core.v1.Probe object", "io.k8s.api.core.v1.Probe"},
		{"Map<String,String>", "map<string>"},
		{"Map<String, String>", "map<string>"},
		{"Map<String,Array<String>>", "map<array<string>>"},
		{"Map<String,Map<String,Array<String>>>", "map<map<array<string>>>"},
		{"List<String>", "array<string>"},
		{"List<resource_tag>", "array<resource_tag>"},
		{"[]*String", "array<string>"},
		{"String[]", "array<string>"},
		{"Array", "array<any>"},
		{"String (Required)", "string"},
		{"字典数据类型", "object"},
	}
	for _, c := range cases {
		te, ok := parseType(c.in)
		if assert.True(t, ok, c.in) {
			assert.Equal(t, c.want, describe(te), c.in)
		}
	}
	for _, bad := range []string{"", "Objekt", "see the description", "Map<String>"} {
		_, ok := parseType(bad)
		assert.False(t, ok, bad)
	}
}

func describe(te *typeExpr) string {
	switch {
	case te == nil:
		return "any"
	case te.Type == "array":
		return "array<" + describe(te.Items) + ">"
	case te.Values != nil:
		return "map<" + describe(te.Values) + ">"
	case te.Object != "":
		return te.Object
	case te.Type == "":
		return "any"
	case te.Format != "":
		return te.Type + "/" + te.Format
	}
	return te.Type
}
