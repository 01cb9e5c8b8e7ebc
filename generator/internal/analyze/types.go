package analyze

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// typeExpr is a parsed type cell.
type typeExpr struct {
	Type   string    // string, integer, number, boolean, object, array, "" (any)
	Format string    // int32, int64, float, double, date-time, binary
	Object string    // object: the named struct ("" = generic object), a valid component name
	Items  *typeExpr // array
	Values *typeExpr // map value (object with additionalProperties)
	// implied: the type cell gave no such object; a link made it one
	// (the items of a bare "Array" whose description links to a table).
	implied bool
	// MaxLen is a sized string's size ("String(64)"), its longest length.
	MaxLen *int64
}

// typeCell is what a type cell says, read without the rest of the page.
type typeCell struct {
	expr *typeExpr // the type; nil when none is understood
	// bare: expr is a struct named by a bare word ("tag_list", "Router") or
	// a caption ("参考X说明"), which is a type only when a table on the page
	// documents it.
	bare bool
	// ref is N of the table the cell refers to ("Table 3", "详见表3");
	// refCaption the caption it refers to ("参考graph图类型数据结构说明").
	ref, refCaption string
	// none: the cell says that there is no type ("无", "None", "-").
	none bool
	// misplaced says what the cell holds instead of a type ("a required
	// value", "a description"): the row's cells are shifted.
	misplaced string
}

// understood reports whether the cell gives a type by itself.
func (tc typeCell) understood() bool { return tc.expr != nil && !tc.bare }

// scalarWords: whole type cells (lower case, normType'd) and the types they mean.
var scalarWords = map[string]typeExpr{
	"string": {Type: "string"}, "str": {Type: "string"}, "字符串": {Type: "string"}, "text": {Type: "string"},
	"char": {Type: "string"}, "character": {Type: "string"}, "varchar": {Type: "string"}, "strng": {Type: "string"},
	"uuid": {Type: "string"}, "enum": {Type: "string"}, "枚举": {Type: "string"}, "ip": {Type: "string"},
	"ip address": {Type: "string"}, "json string": {Type: "string"}, "jsonstring": {Type: "string"},
	"date": {Type: "string"}, "datetime": {Type: "string", Format: "date-time"}, "date time": {Type: "string", Format: "date-time"},
	"time": {Type: "string"}, "time.time": {Type: "string", Format: "date-time"}, "timestamp": {Type: "string"},
	"integer": {Type: "integer", Format: "int32"}, "int": {Type: "integer", Format: "int32"}, "int32": {Type: "integer", Format: "int32"},
	"short": {Type: "integer", Format: "int32"}, "整数": {Type: "integer", Format: "int32"}, "整型": {Type: "integer", Format: "int32"},
	"integer32": {Type: "integer", Format: "int32"}, "int8": {Type: "integer", Format: "int32"}, "int16": {Type: "integer", Format: "int32"},
	"long": {Type: "integer", Format: "int64"}, "int64": {Type: "integer", Format: "int64"}, "integer64": {Type: "integer", Format: "int64"},
	"long integer": {Type: "integer", Format: "int64"}, "长整型": {Type: "integer", Format: "int64"},
	"bigint": {Type: "integer", Format: "int64"}, "biginteger": {Type: "integer", Format: "int64"},
	"float": {Type: "number", Format: "float"}, "float32": {Type: "number", Format: "float"}, "浮点数": {Type: "number", Format: "float"},
	"double": {Type: "number", Format: "double"}, "float64": {Type: "number", Format: "double"},
	"number": {Type: "number"}, "bigdecimal": {Type: "number"}, "decimal": {Type: "number"}, "numeric": {Type: "number"}, "数字": {Type: "number"},
	"boolean": {Type: "boolean"}, "bool": {Type: "boolean"}, "布尔": {Type: "boolean"}, "布尔值": {Type: "boolean"}, "布尔型": {Type: "boolean"},
	"object": {Type: "object"}, "json": {Type: "object"}, "jsonobject": {Type: "object"}, "json object": {Type: "object"},
	"json map": {Type: "object"}, "json key-value pair": {Type: "object"},
	"dict": {Type: "object"}, "dictionary": {Type: "object"}, "map": {Type: "object"}, "hash": {Type: "object"},
	"字典": {Type: "object"}, "字典类型": {Type: "object"}, "字典数据类型": {Type: "object"}, "对象": {Type: "object"},
	"dictionary data structure": {Type: "object"}, "struct": {Type: "object"}, "structure": {Type: "object"},
	"data structure": {Type: "object"}, "字段数据类型": {Type: "object"}, "结构体": {Type: "object"},
	"array": {Type: "array"}, "objects": {Type: "array", Items: &typeExpr{Type: "object"}}, "list": {Type: "array"},
	"jsonarray": {Type: "array"}, "json array": {Type: "array"}, "数组": {Type: "array"}, "列表": {Type: "array"},
	"list data structure": {Type: "array"}, "array data structure": {Type: "array"},
	"reference": {Type: "object"}, "array_reference": {Type: "array"}, "array reference": {Type: "array"},
	"any": {}, "null": {}, "file": {Type: "string", Format: "binary"}, "binary": {Type: "string", Format: "binary"},

	// misspellings seen in the pages
	"sting": {Type: "string"}, "interger": {Type: "integer", Format: "int32"}, "integereger": {Type: "integer", Format: "int32"},
	"boalean": {Type: "boolean"}, "booleab": {Type: "boolean"}, "obejct": {Type: "object"}, "obeject": {Type: "object"},
	"doubule": {Type: "number", Format: "double"}, "boo": {Type: "boolean"},
}

// noTypeWords: cells that say the row has no type.
var noTypeWords = map[string]bool{"无": true, "none": true, "na": true, "n/a": true, "-": true, "--": true, "—": true}

// pluralWords: "Array of strings" and the like.
var pluralWords = map[string]string{
	"strings": "string", "integers": "integer", "ints": "int", "longs": "long", "booleans": "boolean", "bools": "bool",
	"numbers": "number", "floats": "float", "doubles": "double", "objects": "object", "bigdecimals": "bigdecimal",
	"maps": "map", "dicts": "dict", "arrays": "array", "lists": "list",
}

// structArraySuffixes and structSuffixes: "params结构数组", "Tags structure
// array" name an array of structs; "custom_spec结构体", "Versions structure"
// a struct. Longest first.
var structArraySuffixes = []string{"结构体数组", "结构数组", "数组结构", " structure array", " structure list", " structure arrays"}
var structSuffixes = []string{"数据结构", "结构体", "结构", "对象", " data structure", " structure", " struct"}

// unionSeparators: "Integer or Float", "String/Integer", "String或List".
var unionSeparators = regexp.MustCompile(`\s+or\s+|\s*[/|]\s*|\s*或\s*`)

// typeParam: a generic type's parameter ("<T>").
var typeParam = regexp.MustCompile(`^<[A-Z]>$`)

// footnote: "字典数据结构[1]", "[1.1]字典数据结构".
var footnote = regexp.MustCompile(`^\[[0-9]+(?:\.[0-9]+)*\]|\[[0-9]+(?:\.[0-9]+)*\]$`)

// typeTableRef: a type cell that is a reference to a table of the page:
// "Table 3", "表4", "表4 object".
var typeTableRef = regexp.MustCompile(`(?i)^(?:table|表)\s*([0-9]+)(?:\s*object|\s+\S.*)?$`)

// ofPhrase: "Object of cluster", "Array Object of brokers", "Array of object
// partitions": an object (or array of objects) described by the field's name.
var ofPhrase = regexp.MustCompile(`(?i)^(array\s+)?objects?\s+of\s+[A-Za-z_][\w.]*$|^(array)\s+of\s+objects?\s+[A-Za-z_][\w.]*$`)

// typeProse: where prose starts after a type word ("Object. For details…",
// "列表数据结构，请参见表3").
var typeProse = regexp.MustCompile(`(?i)[.。,，;；(（]|\s+for details|\s+see\s|详见|请参见|参见|参考|详情`)

// typePunct maps full-width punctuation to ASCII.
var typePunct = strings.NewReplacer("（", "(", "）", ")", "，", ",", "＜", "<", "＞", ">", "\u00a0", " ", "：", ":", "［", "[", "］", "]")

// normType cleans a type cell's text: trailing punctuation, "(Required)"
// suffixes, footnote marks, emphasis, full-width punctuation, repeated spaces.
func normType(s string) string {
	if strings.ContainsAny(s, "（），＜＞\u00a0：［］") {
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
		if strings.IndexByte(t, '[') >= 0 {
			t = strings.TrimSpace(footnote.ReplaceAllString(t, ""))
		}
		if len(t) > 2 && t[0] == '*' && t[len(t)-1] == '*' {
			t = strings.TrimSpace(strings.Trim(t, "*"))
		}
		if t == s {
			return s
		}
		s = t
	}
}

// parseType parses a type cell's text that is a type by itself (not a bare
// struct name, not a reference).
func parseType(text string) (*typeExpr, bool) {
	tc := readTypeCell(text)
	return tc.expr, tc.understood()
}

// readTypeCell reads a type cell's text: the type, the table it refers to,
// or what it holds instead of a type.
func readTypeCell(text string) typeCell {
	s := normType(text)
	if s == "" {
		return typeCell{none: true}
	}
	if te, ok := parseTypeText(s, 0); ok {
		return typeCell{expr: te}
	}
	if noTypeWords[strings.ToLower(s)] {
		return typeCell{none: true}
	}
	if m := typeTableRef.FindStringSubmatch(s); m != nil {
		return typeCell{expr: &typeExpr{Type: "object"}, ref: m[1]}
	}
	// a type word before prose: "Object. For details, see Table 3.",
	// "列表数据结构，请参见表3。", "Dict For details, see Table 2."
	head, rest := s, ""
	if loc := typeProse.FindStringIndex(s); loc != nil && loc[0] > 0 {
		head, rest = normType(s[:loc[0]]), s[loc[0]:]
	}
	ref, refCaption := tableRef(s), ""
	if ref == "" {
		refCaption = captionRef(strings.TrimLeft(rest, " .。,，;；"))
	}
	if rest != "" {
		if te, ok := parseTypeText(head, 0); ok {
			return typeCell{expr: te, ref: ref, refCaption: refCaption}
		}
		if noTypeWords[strings.ToLower(head)] && (ref != "" || refCaption != "") {
			return typeCell{none: true, ref: ref, refCaption: refCaption}
		}
	}
	if ref != "" {
		// only a reference: "详见表3"
		return typeCell{expr: &typeExpr{Type: "object"}, ref: ref}
	}
	if c := captionRef(s); c != "" {
		// a reference to a caption: "参考graph图类型数据结构说明"
		return typeCell{expr: &typeExpr{Type: "object"}, refCaption: c, bare: true}
	}
	if requiredValues[strings.ToLower(s)] {
		return typeCell{misplaced: "a required value"}
	}
	if isTypeName(s) {
		return typeCell{expr: &typeExpr{Type: "object", Object: s}, bare: true}
	}
	if isProse(s) {
		return typeCell{misplaced: "a description"}
	}
	return typeCell{}
}

// isProse reports whether a cell reads as a sentence rather than a type:
// several words, or a sentence mark.
func isProse(s string) bool {
	if strings.ContainsAny(s, "。，；") || strings.HasSuffix(s, ".") {
		return true
	}
	words := strings.Fields(s)
	if len(words) >= 3 {
		return true
	}
	if len(words) == 2 && words[1][0] >= 'a' && words[1][0] <= 'z' {
		return true // "User token"; a name in words is capitalised ("Security Group")
	}
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n >= 6
}

func parseTypeText(s string, depth int) (*typeExpr, bool) {
	if depth > 8 {
		return nil, false
	}
	s = strings.TrimSpace(s)
	if t, ok := scalarWords[s]; ok {
		return copyExpr(&t), true // already lower case ("string")
	}
	l := strings.ToLower(s)
	if t, ok := scalarWords[l]; ok {
		return copyExpr(&t), true
	}
	// sized strings: String(255), varchar(64)
	if i := strings.IndexByte(l, '('); i > 0 && strings.HasSuffix(l, ")") {
		inner := strings.TrimSpace(l[i+1 : len(l)-1])
		if t, ok := scalarWords[strings.TrimSpace(l[:i])]; ok && isDigits(inner) {
			e := copyExpr(&t)
			if n, err := strconv.ParseInt(inner, 10, 64); err == nil && e.Type == "string" && n > 0 {
				e.MaxLen = &n
			}
			return e, true
		}
		switch head := strings.TrimSpace(l[:i]); {
		case isMapWord(head) || head == "object":
			// Dict(str:str), Object (string:array)
			if k, v, ok := strings.Cut(s[i+1:len(s)-1], ":"); ok && k != "" {
				if val, ok := parseTypeText(v, depth+1); ok {
					return &typeExpr{Type: "object", Values: val}, true
				}
			}
		case isListWord(head):
			// Array(Object), List(Dict), Array(dnat_rule); "List (NAT gateways)" says no type
			if te, ok := arrayOf(s[i+1:len(s)-1], depth); ok {
				return te, true
			}
			return &typeExpr{Type: "array"}, true
		}
	}
	// Base64-encoded data ("Base64-encoded binary data object"): a string
	if strings.HasPrefix(l, "base64") {
		return &typeExpr{Type: "string", Format: "byte"}, true
	}
	// a type parameter ("<T>"): any value
	if typeParam.MatchString(s) {
		return &typeExpr{}, true
	}
	// Go-ish *String, []String, String[], [Long], Map[string]string
	if strings.HasPrefix(l, "*") {
		return parseTypeText(s[1:], depth+1)
	}
	if strings.HasPrefix(l, "[]") {
		return arrayOf(s[2:], depth)
	}
	if strings.HasSuffix(l, "[]") {
		return arrayOf(s[:len(s)-2], depth)
	}
	if strings.HasPrefix(l, "[") && strings.HasSuffix(l, "]") {
		return arrayOf(s[1:len(s)-1], depth)
	}
	if strings.HasPrefix(l, "map[") {
		if k, v, ok := strings.Cut(s[4:], "]"); ok && k != "" {
			if val, ok := parseTypeText(v, depth+1); ok {
				return &typeExpr{Type: "object", Values: val}, true
			}
		}
		return nil, false
	}
	if strings.HasPrefix(l, "array[") && strings.HasSuffix(l, "]") {
		return arrayOf(s[6:len(s)-1], depth)
	}
	// Array of X objects / Array of strings / Array of X ("Array ofX" too)
	for _, p := range []string{"array of", "list of"} {
		if strings.HasPrefix(l, p) && !(strings.HasPrefix(l, "array of object") && ofPhrase.MatchString(s)) {
			return parseArrayOf(strings.TrimSpace(s[len(p):]), depth)
		}
	}
	// Generic syntax: List<X>, Array<X>, Set<X>, Map<K,V>
	if i := strings.IndexByte(s, '<'); i > 0 && strings.HasSuffix(s, ">") {
		head := strings.ToLower(strings.TrimSpace(s[:i]))
		inner := strings.TrimSpace(s[i+1 : len(s)-1])
		if strings.Contains(inner, " ") && !strings.Contains(strings.ToLower(inner), " of ") {
			inner = strings.Join(strings.Fields(inner), "") // "List< Dict >", "Map<String,Stri ng>"
		}
		switch {
		case head == "enum": // ENUM <Enumeration>: a value of an enumeration
			return &typeExpr{Type: "string"}, true
		case isListWord(head):
			return arrayOf(inner, depth)
		case isMapWord(head):
			args := splitTopLevel(inner)
			if len(args) != 2 {
				return nil, false
			}
			val, ok := parseTypeText(args[1], depth+1)
			if !ok {
				if n, named := structPhraseName(args[1]); named {
					val, ok = &typeExpr{Type: "object", Object: n}, true
				}
			}
			return &typeExpr{Type: "object", Values: val}, ok
		}
		return nil, false
	}
	// X object / X objects (also "Xobject", where a link ran into the word,
	// and the typo "X oject")
	for _, suf := range []string{" objects", " object", "objects", "object", " oject"} {
		if strings.HasSuffix(l, suf) {
			if isListWord(strings.TrimSpace(l[:len(l)-len(suf)])) {
				// "List object", "Array objects": an array of objects
				return &typeExpr{Type: "array", Items: &typeExpr{Type: "object"}}, true
			}
			name, ok := structPhraseName(s[:len(s)-len(suf)])
			if ok {
				return &typeExpr{Type: "object", Object: name}, true
			}
			return nil, false
		}
	}
	if ofPhrase.MatchString(s) {
		if strings.HasPrefix(l, "array") {
			return &typeExpr{Type: "array", Items: &typeExpr{Type: "object"}}, true
		}
		return &typeExpr{Type: "object"}, true
	}
	if te, ok := parseStructPhrase(s, depth); ok {
		return te, true
	}
	// String:DateTime (a type and its refinement)
	if a, b, ok := strings.Cut(s, ":"); ok {
		ta, oka := parseTypeText(a, depth+1)
		tb, okb := parseTypeText(b, depth+1)
		if oka && okb && ta.Type == tb.Type {
			return tb, true
		}
	}
	if te, ok := parseUnion(s, depth); ok {
		return te, true
	}
	return nil, false
}

func isListWord(w string) bool {
	switch w {
	case "list", "array", "set", "collection", "iterable", "arraylist":
		return true
	}
	return false
}

func isMapWord(w string) bool {
	switch w {
	case "map", "dict", "hashmap", "dictionary":
		return true
	}
	return false
}

func copyExpr(t *typeExpr) *typeExpr {
	c := *t
	if c.Items != nil {
		c.Items = copyExpr(c.Items)
	}
	return &c
}

// arrayOf is an array of the type (or the struct) s names.
func arrayOf(s string, depth int) (*typeExpr, bool) {
	if w, plural := pluralWords[strings.ToLower(strings.TrimSpace(s))]; plural {
		s = w // Array<Objects>
	}
	item, ok := parseTypeText(s, depth+1)
	if !ok {
		if n, named := structPhraseName(s); named {
			item, ok = &typeExpr{Type: "object", Object: n}, true
		}
	}
	return &typeExpr{Type: "array", Items: item}, ok
}

func parseArrayOf(rest string, depth int) (*typeExpr, bool) {
	l := strings.ToLower(rest)
	if w, ok := pluralWords[l]; ok {
		return arrayOf(w, depth)
	}
	// Array of integers/string/float/boolean
	if mayBeUnion(rest) {
		parts := unionSeparators.Split(rest, -1)
		for i, p := range parts {
			if w, ok := pluralWords[strings.ToLower(strings.TrimSpace(p))]; ok {
				parts[i] = w
			}
		}
		if te, ok := parseUnion(strings.Join(parts, "/"), depth); ok {
			return &typeExpr{Type: "array", Items: te}, true
		}
	}
	return arrayOf(rest, depth)
}

// parseStructPhrase reads the phrases that name a struct or an array of
// structs in words: "params结构数组", "String数组", "Tags structure array",
// "custom_spec结构体", "DataSource数据结构", "String array", "Array Input".
func parseStructPhrase(s string, depth int) (*typeExpr, bool) {
	l := strings.ToLower(s)
	for _, suf := range structArraySuffixes {
		if strings.HasSuffix(l, suf) {
			return structOrType(s[:len(s)-len(suf)], depth, true, true)
		}
	}
	for _, suf := range []string{"数组", "列表", " array", " list"} {
		if strings.HasSuffix(l, suf) {
			return structOrType(s[:len(s)-len(suf)], depth, true, false)
		}
	}
	// "列表类型数据结构" is "列表数据结构"; "结构体数据类型" is "结构体"
	if i := strings.Index(l, "类型数据结构"); i > 0 && i+len("类型数据结构") == len(l) {
		return parseTypeText(s[:i]+"数据结构", depth+1)
	}
	for _, suf := range []string{"数据类型", "类型"} {
		if strings.HasSuffix(l, suf) && len(l) > len(suf) {
			if te, ok := parseTypeText(s[:len(s)-len(suf)], depth+1); ok {
				return te, true
			}
		}
	}
	for _, suf := range structSuffixes {
		if strings.HasSuffix(l, suf) {
			return structOrType(s[:len(s)-len(suf)], depth, false, true)
		}
	}
	if strings.HasPrefix(l, "array ") || strings.HasPrefix(l, "list ") {
		_, rest, _ := strings.Cut(s, " ")
		return structOrType(rest, depth, true, false)
	}
	if strings.HasPrefix(l, "stringarray") && len(l) == len("stringarray") {
		return &typeExpr{Type: "array", Items: &typeExpr{Type: "string"}}, true
	}
	return nil, false
}

// structOrType is the type or struct the words before a struct phrase name,
// as an array when array. The words may follow prose ("对应infer_type的
// config结构数组"): the name is the last identifier. With struct (the phrase
// says "结构"/"structure"), nothing before the phrase means a generic
// object.
func structOrType(prefix string, depth int, array, isStruct bool) (*typeExpr, bool) {
	prefix = strings.TrimSpace(prefix)
	var item *typeExpr
	switch te, ok := parseTypeText(prefix, depth+1); {
	case ok:
		item = te
	case prefix == "" && isStruct:
		item = &typeExpr{Type: "object"}
	default:
		n, named := structPhraseName(prefix)
		if !named && !strings.ContainsFunc(prefix, isProsePunct) {
			n, named = structPhraseName(lastIdentifier(prefix))
		}
		if !named {
			return nil, false
		}
		item = &typeExpr{Type: "object", Object: n}
	}
	if array {
		return &typeExpr{Type: "array", Items: item}, true
	}
	return item, true
}

func isProsePunct(r rune) bool {
	if r == '_' || r == '.' || r == '-' {
		return false
	}
	return unicode.IsPunct(r) || unicode.IsSpace(r) || strings.ContainsRune("，。；：、“”", r)
}

// lastIdentifier is the ASCII identifier that ends s after other text
// ("服务的infer_type对应的monitor" → "monitor"); "" when s ends otherwise.
func lastIdentifier(s string) string {
	i := len(s)
	for i > 0 {
		c := s[i-1]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' {
			i--
			continue
		}
		break
	}
	if i == 0 || i == len(s) {
		return ""
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:i]); r < utf8.RuneSelf {
		return "" // "a b" is a multi-word name, not prose then a name
	}
	return s[i:]
}

// parseUnion reads "Integer or Float", "String/Integer": the widest of the
// alternatives (any value when they have different types).
func parseUnion(s string, depth int) (*typeExpr, bool) {
	if !mayBeUnion(s) {
		return nil, false
	}
	parts := unionSeparators.Split(s, -1)
	if len(parts) < 2 {
		return nil, false
	}
	var out *typeExpr
	for _, p := range parts {
		te, ok := parseTypeText(p, depth+1)
		if !ok || te.Object != "" {
			return nil, false
		}
		out = widest(out, te)
	}
	return out, true
}

// mayBeUnion reports whether s has a union separator (a cheap test before
// unionSeparators).
func mayBeUnion(s string) bool {
	return strings.ContainsAny(s, "/|或") || strings.Contains(s, " or ")
}

// widest is the narrowest type that holds the values of a and b.
func widest(a, b *typeExpr) *typeExpr {
	switch {
	case a == nil:
		return b
	case a.Type == b.Type && a.Type != "array" && a.Values == nil && b.Values == nil:
		if a.Format == b.Format {
			return a
		}
		return &typeExpr{Type: a.Type}
	case (a.Type == "integer" || a.Type == "number") && (b.Type == "integer" || b.Type == "number"):
		return &typeExpr{Type: "number"}
	}
	return &typeExpr{}
}

// structPhraseName reads the name of a struct in a phrase that says it is one
// ("X object", "Array of X objects", "X结构数组"), and returns it as a
// component name: "Security Group Rule" → "SecurityGroupRule",
// "binding:vif_details" → "binding_vif_details", "items(KeyToPath)" →
// "KeyToPath". A name has at most four words.
func structPhraseName(s string) (string, bool) {
	s = strings.TrimSpace(s)
	s = strings.TrimSpace(strings.TrimSuffix(s, " field"))
	if i := strings.IndexByte(s, '('); i > 0 && strings.HasSuffix(s, ")") {
		if inner := s[i+1 : len(s)-1]; isTypeName(inner) {
			return inner, true
		}
	}
	if isTypeName(s) {
		return s, true
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return "", false
	}
	var b strings.Builder
	for _, w := range words {
		for _, r := range w {
			if r >= utf8.RuneSelf {
				return "", false
			}
		}
		if !isTypeName(strings.NewReplacer(":", "", "/", "").Replace(w)) {
			return "", false
		}
		if len(words) > 1 {
			w = strings.ToUpper(w[:1]) + w[1:]
		}
		b.WriteString(strings.NewReplacer(":", "_", "/", "_").Replace(w))
	}
	return b.String(), true
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

// isTypeName accepts struct names: letters, digits, '_', '.', '-' (what an
// OpenAPI component's name may hold).
func isTypeName(s string) bool {
	if s == "" || len(s) > 200 {
		return false
	}
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '_', r == '.', r == '-':
		default:
			return false
		}
	}
	return true
}
