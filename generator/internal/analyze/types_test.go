package analyze

import (
	"fmt"
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
		{"String(255)", "string(255)"},
		{"varchar(64)", "string(64)"},
		{"Integer(10)", "integer/int32"},
		{"Character", "string"},
		{"*integer*", "integer/int32"},
		{"Integer", "integer/int32"},
		{"Long", "integer/int64"},
		{"Long integer", "integer/int64"},
		{"Float", "number/float"},
		{"Double", "number/double"},
		{"Number", "number"},
		{"Boolean", "boolean"},
		{"Boalean", "boolean"},
		{"Obejct", "object"},
		{"doubule", "number/double"},
		{"Object", "object"},
		{"null", "any"},
		{"String:DateTime", "string/date-time"},
		{"Date Time", "string/date-time"},
		{"Json String", "string"},
		{"JSON Array", "array<any>"},
		{"Array of strings", "array<string>"},
		{"Array of integers", "array<integer/int32>"},
		{"Array of BackupResp objects", "array<struct BackupResp>"},
		{"Array ofIngressTLS objects", "array<struct IngressTLS>"},
		{"Array of Security Group Rule objects", "array<struct SecurityGroupRule>"},
		{"Array of object partitions", "array<object>"},
		{"Object of cluster", "object"},
		{"List object", "array<object>"},
		{"Array objects", "array<object>"},
		{"BackupUpdate object", "struct BackupUpdate"},
		{"DisasterRecoveryobject", "struct DisasterRecovery"},
		{"flavor oject", "struct flavor"},
		{"items(KeyToPath) object", "struct KeyToPath"},
		{"binding:vif_details object", "struct binding_vif_details"},
		{"io.k8s.api.core.v1.Probe object", "struct io.k8s.api.core.v1.Probe"},
		{"Map<String,String>", "map<string>"},
		{"Map<String, String>", "map<string>"},
		{"Map<String,Stri ng>", "map<string>"},
		{"Map<String,Array<String>>", "map<array<string>>"},
		{"Map<String,Map<String,Array<String>>>", "map<map<array<string>>>"},
		{"Map<String,HardDetail>", "map<struct HardDetail>"},
		{"Map[string]string", "map<string>"},
		{"Dict(str:str)", "map<string>"},
		{"Object (string:array)", "map<array<any>>"},
		{"List<String>", "array<string>"},
		{"List<resource_tag>", "array<struct resource_tag>"},
		{"List <resource_tag>[1]", "array<struct resource_tag>"},
		{"list<dict>", "array<object>"},
		{"Array <Objects>", "array<object>"},
		{"Array(dnat_rule)", "array<struct dnat_rule>"},
		{"[]*String", "array<string>"},
		{"[]dependency", "array<struct dependency>"},
		{"[Long]", "array<integer/int64>"},
		{"String[]", "array<string>"},
		{"String Array", "array<string>"},
		{"Array String", "array<string>"},
		{"String list", "array<string>"},
		{"Array", "array<any>"},
		{"String (Required)", "string"},
		{"字典数据类型", "object"},
		{"字典数据结构[1]", "object"},
		{"[1]字典数据结构", "object"},
		{"字段数据类型", "object"},
		{"结构体数据类型", "object"},
		{"列表类型数据结构", "array<any>"},
		{"String数组", "array<string>"},
		{"params结构数组", "array<struct params>"},
		{"persistentVolume数组结构", "array<struct persistentVolume>"},
		{"对应infer_type的config结构数组", "array<struct config>"},
		{"custom_spec结构体", "struct custom_spec"},
		{"DataSource数据结构", "struct DataSource"},
		{"Tags structure array", "array<struct Tags>"},
		{"Message template structure array", "array<struct MessageTemplate>"},
		{"Versions structure", "struct Versions"},
		{"Integer or Float", "number"},
		{"String or Binary", "string"},
		{"String/Integer", "any"},
		{"String或List", "any"},
		{"Array of integers/string/float/boolean", "array<any>"},
	}
	for _, c := range cases {
		te, ok := parseType(c.in)
		if assert.True(t, ok, c.in) {
			assert.Equal(t, c.want, describe(te), c.in)
		}
	}
	for _, bad := range []string{"", "Gegenstand", "see the description", "Map<String>", "tag_list", "Yes", "<Tag>", "Booleger"} {
		_, ok := parseType(bad)
		assert.False(t, ok, bad)
	}
}

// TestReadTypeCell covers the cells that are not a type by themselves:
// references, bare names, "no type", and what a shifted row puts there.
func TestReadTypeCell(t *testing.T) {
	cases := []struct {
		in   string
		want string
	}{
		{"Table 3", "object → table 3"},
		{"表4 object", "object → table 4"},
		{"表4object", "object → table 4"},
		{"详见表3", "object → table 3"},
		{"Object. For details, see Table 3.", "object → table 3"},
		{"Dict For details, see Table 2.", "object → table 2"},
		{"Dictionary data structure. For details, see Table 5.", "object → table 5"},
		{"列表数据结构，请参见表3。", "array<any> → table 3"},
		{"List<tag> (For details, see Table 3.)", "array<struct tag> → table 3"},
		{"参考graph图类型数据结构说明。", `object? → caption "graph图类型数据结构说明"`},
		{"List结构，参见Graph类型数据结构说明。", `array<any> → caption "Graph类型数据结构说明"`},
		{"tag_list", "struct tag_list? (if a table documents it)"},
		{"Router", "struct Router? (if a table documents it)"},
		{"无", "no type"},
		{"NA (Optional)", "no type"},
		{"-", "no type"},
		{"Yes", "unknown: a required value"},
		{"否", "unknown: a required value"},
		{"User token", "unknown: a description"},
		{"MIME type of the body in the request", "unknown: a description"},
		{"Name of the LTS log group.", "unknown: a description"},
		{"根据类型传入的参数值", "unknown: a description"},
		{"<T>", "any"}, {"<Tag>", "unknown"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, describeCell(readTypeCell(c.in)), c.in)
	}
}

func TestWidest(t *testing.T) {
	i32 := &typeExpr{Type: "integer", Format: "int32"}
	i64 := &typeExpr{Type: "integer", Format: "int64"}
	f := &typeExpr{Type: "number", Format: "float"}
	s := &typeExpr{Type: "string"}
	assert.Equal(t, "integer", describe(widest(i32, i64)))
	assert.Equal(t, "number", describe(widest(i32, f)))
	assert.Equal(t, "any", describe(widest(i32, s)))
	assert.Equal(t, "string", describe(widest(nil, s)))
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
		return "struct " + te.Object
	case te.Type == "":
		return "any"
	case te.Format != "":
		return te.Type + "/" + te.Format
	case te.MaxLen != nil:
		return fmt.Sprintf("%s(%d)", te.Type, *te.MaxLen)
	}
	return te.Type
}
