package analyze

import (
	"strings"
)

// typeExpr is a parsed type cell.
type typeExpr struct {
	Type   string    // string, integer, number, boolean, object, array, "" (any)
	Format string    // int32, int64, float, double, date-time
	Object string    // object: the named struct ("" = generic object)
	Items  *typeExpr // array
	Values *typeExpr // map value (object with additionalProperties)
}

var scalarWords = map[string]typeExpr{
	"string": {Type: "string"}, "str": {Type: "string"}, "字符串": {Type: "string"}, "text": {Type: "string"},
	"char": {Type: "string"}, "varchar": {Type: "string"}, "strng": {Type: "string"}, "sting": {Type: "string"},
	"uuid": {Type: "string"}, "enum": {Type: "string"}, "枚举": {Type: "string"}, "ip": {Type: "string"},
	"date": {Type: "string"}, "datetime": {Type: "string", Format: "date-time"}, "time": {Type: "string"},
	"time.time": {Type: "string", Format: "date-time"}, "timestamp": {Type: "string"},
	"integer": {Type: "integer", Format: "int32"}, "int": {Type: "integer", Format: "int32"}, "int32": {Type: "integer", Format: "int32"},
	"interger": {Type: "integer", Format: "int32"}, "short": {Type: "integer", Format: "int32"}, "整数": {Type: "integer", Format: "int32"},
	"integer32": {Type: "integer", Format: "int32"}, "int8": {Type: "integer", Format: "int32"}, "int16": {Type: "integer", Format: "int32"},
	"long": {Type: "integer", Format: "int64"}, "int64": {Type: "integer", Format: "int64"}, "integer64": {Type: "integer", Format: "int64"},
	"bigint": {Type: "integer", Format: "int64"}, "biginteger": {Type: "integer", Format: "int64"},
	"float": {Type: "number", Format: "float"}, "float32": {Type: "number", Format: "float"},
	"double": {Type: "number", Format: "double"}, "float64": {Type: "number", Format: "double"},
	"number": {Type: "number"}, "bigdecimal": {Type: "number"}, "decimal": {Type: "number"}, "numeric": {Type: "number"},
	"boolean": {Type: "boolean"}, "bool": {Type: "boolean"}, "boalean": {Type: "boolean"}, "布尔": {Type: "boolean"},
	"object": {Type: "object"}, "json": {Type: "object"}, "jsonobject": {Type: "object"}, "json object": {Type: "object"},
	"dict": {Type: "object"}, "dictionary": {Type: "object"}, "map": {Type: "object"}, "字典数据类型": {Type: "object"},
	"字典": {Type: "object"}, "dictionary data structure": {Type: "object"}, "字典数据结构": {Type: "object"}, "hash": {Type: "object"},
	"array": {Type: "array"}, "objects": {Type: "array", Items: &typeExpr{Type: "object"}}, "list": {Type: "array"}, "jsonarray": {Type: "array"}, "数组": {Type: "array"},
	"list data structure": {Type: "array"}, "array data structure": {Type: "array"},
	"any": {}, "file": {Type: "string", Format: "binary"},
}

var pluralWords = map[string]string{
	"strings": "string", "integers": "integer", "ints": "int", "longs": "long", "booleans": "boolean", "bools": "bool",
	"numbers": "number", "floats": "float", "doubles": "double", "objects": "object", "bigdecimals": "bigdecimal",
	"maps": "map", "dicts": "dict", "arrays": "array", "lists": "list",
}

// typePunct maps full-width punctuation to ASCII.
var typePunct = strings.NewReplacer("（", "(", "）", ")", "，", ",", "＜", "<", "＞", ">", "\u00a0", " ")

// normType cleans a type cell's text: trailing punctuation, "(Required)"
// suffixes, full-width parentheses, repeated spaces.
func normType(s string) string {
	if strings.ContainsAny(s, "（），＜＞\u00a0") {
		s = typePunct.Replace(s)
	}
	if strings.Contains(s, "  ") || strings.ContainsAny(s, "\t\n\r\f\v") {
		s = strings.Join(strings.Fields(s), " ")
	}
	s = strings.TrimSpace(s)
	for {
		t := strings.TrimRight(s, "。.;；,:：")
		for _, suf := range []string{"(required)", "(optional)", "(mandatory)", "(必选)", "(可选)"} {
			if len(t) >= len(suf) && strings.EqualFold(t[len(t)-len(suf):], suf) {
				t = strings.TrimSpace(t[:len(t)-len(suf)])
			}
		}
		if t == s {
			return s
		}
		s = t
	}
}

// parseType parses a type cell's text.
func parseType(text string) (*typeExpr, bool) {
	s := normType(text)
	if s == "" {
		return nil, false
	}
	return parseTypeText(s, 0)
}

func parseTypeText(s string, depth int) (*typeExpr, bool) {
	if depth > 8 {
		return nil, false
	}
	s = strings.TrimSpace(s)
	l := strings.ToLower(s)
	if t, ok := scalarWords[l]; ok {
		return &t, true
	}
	// sized strings: String(255), varchar(64)
	if i := strings.IndexByte(l, '('); i > 0 && strings.HasSuffix(l, ")") {
		if t, ok := scalarWords[strings.TrimSpace(l[:i])]; ok && isDigits(strings.TrimSpace(l[i+1:len(l)-1])) {
			return &t, true
		}
	}
	// Go-ish *String, []String, String[]
	if strings.HasPrefix(l, "*") {
		return parseTypeText(s[1:], depth+1)
	}
	if strings.HasPrefix(l, "[]") {
		item, ok := parseTypeText(s[2:], depth+1)
		return &typeExpr{Type: "array", Items: item}, ok
	}
	if strings.HasSuffix(l, "[]") {
		item, ok := parseTypeText(s[:len(s)-2], depth+1)
		return &typeExpr{Type: "array", Items: item}, ok
	}
	// Array of X objects / Array of strings / Array of X
	if strings.HasPrefix(l, "array of ") || strings.HasPrefix(l, "list of ") {
		rest := strings.TrimSpace(s[strings.Index(l, " of ")+4:])
		return parseArrayOf(rest, depth)
	}
	// Generic syntax: List<X>, Array<X>, Set<X>, Map<K,V>
	if i := strings.IndexByte(s, '<'); i > 0 && strings.HasSuffix(s, ">") {
		head := strings.ToLower(strings.TrimSpace(s[:i]))
		inner := strings.TrimSpace(s[i+1 : len(s)-1])
		switch head {
		case "list", "array", "set", "collection", "iterable", "arraylist":
			item, ok := parseTypeText(inner, depth+1)
			if !ok && isTypeName(inner) {
				item, ok = &typeExpr{Type: "object", Object: inner}, true
			}
			return &typeExpr{Type: "array", Items: item}, ok
		case "map", "dict", "hashmap", "dictionary":
			args := splitTopLevel(inner)
			if len(args) != 2 {
				return nil, false
			}
			val, ok := parseTypeText(args[1], depth+1)
			return &typeExpr{Type: "object", Values: val}, ok
		}
		return nil, false
	}
	// X object / X objects (also "Xobject", where a link ran into the word)
	for _, suf := range []string{" objects", " object", "objects", "object"} {
		if strings.HasSuffix(l, suf) {
			name := strings.TrimSpace(s[:len(s)-len(suf)])
			if isTypeName(name) {
				return &typeExpr{Type: "object", Object: name}, true
			}
			return nil, false
		}
	}
	return nil, false
}

func parseArrayOf(rest string, depth int) (*typeExpr, bool) {
	l := strings.ToLower(rest)
	if w, ok := pluralWords[l]; ok {
		item, ok := parseTypeText(w, depth+1)
		return &typeExpr{Type: "array", Items: item}, ok
	}
	if strings.HasSuffix(l, " objects") || strings.HasSuffix(l, " object") {
		item, ok := parseTypeText(rest, depth+1)
		return &typeExpr{Type: "array", Items: item}, ok
	}
	item, ok := parseTypeText(rest, depth+1)
	if !ok && isTypeName(rest) {
		item, ok = &typeExpr{Type: "object", Object: rest}, true
	}
	return &typeExpr{Type: "array", Items: item}, ok
}

// splitTopLevel splits "String,Map<String,String>" at commas outside <>.
func splitTopLevel(s string) []string {
	var parts []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '<':
			depth++
		case '>':
			depth--
		case ',':
			if depth == 0 {
				parts = append(parts, strings.TrimSpace(s[start:i]))
				start = i + 1
			}
		}
	}
	return append(parts, strings.TrimSpace(s[start:]))
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isTypeName accepts struct names: letters, digits, '_', '.', '-', '$'.
func isTypeName(s string) bool {
	if s == "" || len(s) > 200 {
		return false
	}
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '_', r == '.', r == '-', r == '$':
		default:
			return false
		}
	}
	return true
}
