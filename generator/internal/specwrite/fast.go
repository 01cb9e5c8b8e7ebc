package specwrite

import (
	"errors"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/getkin/kin-openapi/openapi3"
)

// The direct writer: a piece of the document is written as YAML straight
// from the kin-openapi objects, with no map, value tree or yaml.Node in
// between. It writes what toValue, toYAML and emitBlock together would: the
// keys each MarshalYAML method writes (and under the same conditions), in
// the order orderedKeys gives them, laid out as emitBlock lays them out.
// What it does not know (Reference Objects with siblings, OpenAPI 3.1
// keywords, extensions not named x-…, values of other types) it hands to
// toValue and writes the tree it returns. A piece it cannot write at all
// (one with a scalar or key that emitBlock leaves to the YAML encoder: an
// unusual line break, a long or complex key) goes the old way, through
// toValue, encodeNested and the YAML encoder (see writePiece).

// errFallback sends a whole piece the old way.
var errFallback = errors.New("specwrite: piece needs the general writer")

// pieceWriter writes pieces; one per worker, reused from piece to piece.
type pieceWriter struct {
	b      []byte
	fields []field   // a stack of the objects being written
	props  []propRef // a stack of the property lists being written
	names  []string  // a stack of the key lists being written
	forms  map[scalarKey]form
	keys   map[string]string
}

// maxLocalCache bounds a writer's own caches (rendered scalars and keys).
const maxLocalCache = 1 << 14

func newPieceWriter() *pieceWriter {
	return &pieceWriter{forms: map[scalarKey]form{}, keys: map[string]string{}}
}

// slot is where a value goes: after "key:" (afterKey) or after "-", owned
// by the key or dash at column indent.
type slot struct {
	indent   int
	afterKey bool
}

// block is a mapping or sequence being written into a slot; its opening
// is written with its first entry, so that an empty one can be "{}" or "[]".
type block struct {
	slot
	n int
}

func (w *pieceWriter) indent(n int) {
	for ; n > 0; n-- {
		w.b = append(w.b, ' ')
	}
}

// open starts the next entry of the block.
func (w *pieceWriter) open(bl *block) {
	switch {
	case bl.n > 0:
		w.indent(bl.indent + 2)
	case bl.afterKey:
		w.b = append(w.b, '\n')
		w.indent(bl.indent + 2)
	default:
		w.b = append(w.b, ' ')
	}
	bl.n++
}

// key starts the next entry of a mapping and returns the slot of its value.
func (w *pieceWriter) key(bl *block, k string) (slot, error) {
	w.open(bl)
	text, err := w.keyText(k)
	if err != nil {
		return slot{}, err
	}
	w.b = append(w.b, text...)
	w.b = append(w.b, ':')
	return slot{bl.indent + 2, true}, nil
}

// item starts the next entry of a sequence and returns the slot of its value.
func (w *pieceWriter) item(bl *block) slot {
	w.open(bl)
	w.b = append(w.b, '-')
	return slot{bl.indent + 2, false}
}

func (w *pieceWriter) endMap(bl *block) {
	if bl.n == 0 {
		w.b = append(w.b, " {}\n"...)
	}
}

func (w *pieceWriter) endSeq(bl *block) {
	if bl.n == 0 {
		w.b = append(w.b, " []\n"...)
	}
}

func (w *pieceWriter) keyText(k string) (string, error) {
	if plainScalar("!!str", k) && len(k) <= 128 {
		return k, nil
	}
	if t, ok := w.keys[k]; ok {
		return t, nil
	}
	t, ok := keyText("!!str", k)
	if !ok {
		return "", errFallback
	}
	if len(w.keys) >= maxLocalCache {
		clear(w.keys)
	}
	w.keys[k] = t
	return t, nil
}

// scalar writes a scalar into a slot, as emitValue and emitScalar would.
func (w *pieceWriter) scalar(sl slot, tag, v string) error {
	w.b = append(w.b, ' ')
	content := sl.indent + 2
	if plainScalar(tag, v) {
		w.b = append(w.b, v...)
		w.b = append(w.b, '\n')
		return nil
	}
	if tag == "!!str" && literalBlock(v) {
		w.b = append(w.b, "|-\n"...)
		for len(v) > 0 {
			line, rest, _ := strings.Cut(v, "\n")
			if line != "" {
				w.indent(content)
				w.b = append(w.b, line...)
			}
			w.b = append(w.b, '\n')
			v = rest
		}
		return nil
	}
	f, err := w.rendered(tag, v)
	if err != nil {
		return errFallback
	}
	w.b = append(w.b, f.head...)
	w.b = append(w.b, '\n')
	for _, l := range f.lines {
		if l != "" {
			w.indent(content)
			w.b = append(w.b, l...)
		}
		w.b = append(w.b, '\n')
	}
	return nil
}

func (w *pieceWriter) rendered(tag, v string) (form, error) {
	cacheable := len(v) < 256 && !strings.Contains(v, "\n")
	if cacheable {
		if f, ok := w.forms[scalarKey{tag, v}]; ok {
			return f, nil
		}
	}
	f, err := rendered(tag, v)
	if err != nil {
		return form{}, err
	}
	if cacheable {
		if len(w.forms) >= maxLocalCache {
			clear(w.forms)
		}
		w.forms[scalarKey{tag, v}] = f
	}
	return f, nil
}

// str writes a string as JSON would carry it (invalid UTF-8 replaced).
func (w *pieceWriter) str(sl slot, s string) error {
	if plainString(s) { // (so valid UTF-8)
		w.b = append(w.b, ' ')
		w.b = append(w.b, s...)
		w.b = append(w.b, '\n')
		return nil
	}
	if !utf8.ValidString(s) {
		v, err := viaJSON(s)
		if err != nil {
			return err
		}
		s = v.s
	}
	return w.scalar(sl, "!!str", s)
}

func (w *pieceWriter) boolean(sl slot, b bool) error {
	if b {
		return w.scalar(sl, "!!bool", "true")
	}
	return w.scalar(sl, "!!bool", "false")
}

func (w *pieceWriter) null(sl slot) error { return w.scalar(sl, "!!null", "null") }

// number writes a number from its JSON text.
func (w *pieceWriter) number(sl slot, s string) error {
	return w.scalar(sl, numberTag(s), s)
}

// smallInts are the texts of 0…1023, so that the usual numbers (x-order,
// lengths) are written without making a string.
var smallInts = func() (s [1024]string) {
	for i := range s {
		s[i] = strconv.Itoa(i)
	}
	return s
}()

func (w *pieceWriter) int(sl slot, v int64) error {
	if v >= 0 && v < int64(len(smallInts)) {
		return w.number(sl, smallInts[v])
	}
	var buf [24]byte
	return w.number(sl, string(strconv.AppendInt(buf[:0], v, 10)))
}

func (w *pieceWriter) uint(sl slot, v uint64) error {
	if v < uint64(len(smallInts)) {
		return w.number(sl, smallInts[v])
	}
	var buf [24]byte
	return w.number(sl, string(strconv.AppendUint(buf[:0], v, 10)))
}

func (w *pieceWriter) float(sl slot, f float64) error {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return errFallback // json.Marshal fails: the old way reports it
	}
	var buf [32]byte
	return w.number(sl, string(appendJSONFloat(buf[:0], f)))
}

// numberTag is the tag toYAML gives a JSON number.
func numberTag(s string) string {
	t := s
	if len(t) > 0 && (t[0] == '-' || t[0] == '+') {
		t = t[1:]
	}
	if t == "" {
		return "!!float"
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return "!!float"
		}
	}
	if len(t) > 18 {
		if _, err := strconv.ParseInt(s, 10, 64); err != nil {
			return "!!float"
		}
	}
	return "!!int"
}

// appendJSONFloat formats f as encoding/json does.
func appendJSONFloat(b []byte, f float64) []byte {
	abs := math.Abs(f)
	fmt := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		fmt = 'e'
	}
	b = strconv.AppendFloat(b, f, fmt, -1, 64)
	if fmt == 'e' {
		// clean up e-09 to e-9
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// tree writes a value tree as toYAML and emitBlock would.
func (w *pieceWriter) tree(v *value, ctx context, sl slot) error {
	switch v.kind {
	case 'o':
		bl := block{slot: sl}
		for _, i := range orderedKeys(v, ctx) {
			k := v.keys[i]
			ks, err := w.key(&bl, k)
			if err != nil {
				return err
			}
			if err := w.tree(v.vals[i], memberContext(ctx, k), ks); err != nil {
				return err
			}
		}
		w.endMap(&bl)
		return nil
	case 'a':
		bl := block{slot: sl}
		cc := itemContext(ctx)
		for _, e := range v.vals {
			if err := w.tree(e, cc, w.item(&bl)); err != nil {
				return err
			}
		}
		w.endSeq(&bl)
		return nil
	case 's':
		return w.scalar(sl, "!!str", v.s)
	case 'n':
		return w.number(sl, v.s)
	case 'b':
		return w.scalar(sl, "!!bool", v.s)
	}
	return w.null(sl)
}

// memberContext is the context of the value under key k of an object
// written in ctx (as toYAML decides it).
func memberContext(ctx context, k string) context {
	switch ctx {
	case ctxRaw:
		return ctxRaw
	case ctxPaths:
		return ctxPathItem
	case ctxNames, ctxProps, ctxPathItem:
		return ctxObject
	}
	return childContext(k)
}

// itemContext is the context of the items of an array written in ctx.
func itemContext(ctx context) context {
	if ctx == ctxRaw {
		return ctxRaw
	}
	return ctxObject
}

// general writes x the general way: the tree toValue makes of it.
func (w *pieceWriter) general(x any, ctx context, sl slot) error {
	v, err := toValue(x)
	if err != nil {
		return err
	}
	return w.tree(v, ctx, sl)
}

// any writes x, a value found in ctx. The kin-openapi types docspec writes
// have writers of their own; anything else is written the general way.
func (w *pieceWriter) any(x any, ctx context, sl slot) error {
	switch v := x.(type) {
	case nil:
		return w.null(sl)
	case string:
		return w.str(sl, v)
	case bool:
		return w.boolean(sl, v)
	case int:
		return w.int(sl, int64(v))
	case int64:
		return w.int(sl, v)
	case float64:
		return w.float(sl, v)
	case []string:
		return w.strings(v, sl)
	case *[]string:
		return w.strings(*v, sl)
	case []any:
		return w.anys(v, ctx, sl)
	case *[]any:
		return w.anys(*v, ctx, sl)
	case map[string]any:
		if ctx == ctxRaw && v != nil {
			return w.rawMap(v, sl)
		}
	case *openapi3.SchemaRef:
		if ctx == ctxObject {
			return w.schemaRef(v, sl)
		}
	case *openapi3.SchemaRefs:
		if ctx == ctxObject {
			return w.schemaRefs(*v, sl)
		}
	case openapi3.Schemas:
		switch {
		case ctx == ctxProps && v != nil:
			return w.properties(v, sl)
		case ctx == ctxNames && v != nil:
			return w.schemas(v, sl)
		}
	case *openapi3.Types:
		return w.types(v, sl)
	case *openapi3.Operation:
		if ctx == ctxObject {
			return w.operation(v, sl)
		}
	case *openapi3.Parameters:
		if ctx == ctxObject {
			return w.parameters(*v, sl)
		}
	case *openapi3.ParameterRef:
		if ctx == ctxObject {
			return w.parameterRef(v, sl)
		}
	case *openapi3.RequestBodyRef:
		if ctx == ctxObject {
			return w.requestBodyRef(v, sl)
		}
	case *openapi3.Responses:
		if ctx == ctxNames {
			return w.responses(v, sl)
		}
	case *openapi3.ResponseRef:
		if ctx == ctxObject {
			return w.responseRef(v, sl)
		}
	case openapi3.Content:
		if ctx == ctxNames && v != nil {
			return w.content(v, sl)
		}
	case openapi3.Headers:
		if ctx == ctxNames && v != nil {
			return w.headers(v, sl)
		}
	case openapi3.Examples:
		if ctx == ctxNames && v != nil {
			return w.examples(v, sl)
		}
	case *openapi3.SecurityRequirements:
		if ctx == ctxObject {
			return w.security(v, sl)
		}
	}
	return w.general(x, ctx, sl)
}

func (w *pieceWriter) strings(v []string, sl slot) error {
	if v == nil {
		return w.null(sl)
	}
	bl := block{slot: sl}
	for _, s := range v {
		if err := w.str(w.item(&bl), s); err != nil {
			return err
		}
	}
	w.endSeq(&bl)
	return nil
}

func (w *pieceWriter) anys(v []any, ctx context, sl slot) error {
	if v == nil {
		return w.null(sl)
	}
	bl := block{slot: sl}
	cc := itemContext(ctx)
	for _, e := range v {
		if err := w.any(e, cc, w.item(&bl)); err != nil {
			return err
		}
	}
	w.endSeq(&bl)
	return nil
}

// rawMap writes an example value's object: keys sorted, as JSON has them.
func (w *pieceWriter) rawMap(m map[string]any, sl slot) error {
	start := len(w.names)
	for k := range m {
		w.names = append(w.names, k)
	}
	slices.Sort(w.names[start:])
	bl := block{slot: sl}
	for i := start; i < len(w.names); i++ {
		k := w.names[i]
		ks, err := w.key(&bl, k)
		if err != nil {
			return err
		}
		if err := w.any(m[k], ctxRaw, ks); err != nil {
			return err
		}
	}
	w.names = w.names[:start]
	w.endMap(&bl)
	return nil
}

// field is one key of an object and its value.
type field struct {
	key  string
	ord  int // rank of the key (see rank), or methodOrder in a path item
	ctx  context
	kind byte // s string, b bool, u unsigned, f float, x any
	s    string
	u    uint64
	f    float64
	x    any
}

// ordOf is the ord of an object's key: its rank, or after all ranked keys.
func ordOf(k string) int {
	if r, ok := rank[k]; ok {
		return r
	}
	return len(rank)
}

// fieldLess orders fields as orderedKeys orders an object's keys (for a
// path item, ord is the method order, and JSON had the keys sorted).
func fieldLess(a, b *field) bool {
	if a.ord != b.ord {
		return a.ord < b.ord
	}
	return a.key < b.key
}

type fields struct {
	w     *pieceWriter
	start int
}

func (w *pieceWriter) beginFields() fields { return fields{w, len(w.fields)} }

func (f fields) add(fl field) {
	if fl.ord < 0 {
		fl.ord = ordOf(fl.key)
	}
	f.w.fields = append(f.w.fields, fl)
}

func (f fields) str(k, s string)         { f.add(field{key: k, ord: -1, kind: 's', s: s}) }
func (f fields) boolean(k string)        { f.add(field{key: k, ord: -1, kind: 'b', s: "true"}) }
func (f fields) uint(k string, u uint64) { f.add(field{key: k, ord: -1, kind: 'u', u: u}) }
func (f fields) float(k string, v float64) {
	f.add(field{key: k, ord: -1, kind: 'f', f: v})
}
func (f fields) val(k string, x any) {
	f.add(field{key: k, ord: -1, ctx: childContext(k), kind: 'x', x: x})
}

// extensions adds an object's extensions; false if one is not named x-…
// (kin-openapi lets a field of the same name win over it).
func (f fields) extensions(ext map[string]any) bool {
	for k, v := range ext {
		if !strings.HasPrefix(k, "x-") {
			return false
		}
		f.val(k, v)
	}
	return true
}

// write sorts the fields added since beginFields and writes them as a
// mapping into sl.
func (f fields) write(sl slot) error {
	w := f.w
	fs := w.fields[f.start:]
	for i := 1; i < len(fs); i++ { // insertion sort: a few fields, mostly in order
		for j := i; j > 0 && fieldLess(&fs[j], &fs[j-1]); j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
	bl := block{slot: sl}
	for i := f.start; i < len(w.fields); i++ {
		fl := w.fields[i] // a copy: writing the value may grow w.fields
		ks, err := w.key(&bl, fl.key)
		if err != nil {
			return err
		}
		switch fl.kind {
		case 's':
			err = w.str(ks, fl.s)
		case 'b':
			err = w.scalar(ks, "!!bool", fl.s)
		case 'u':
			err = w.uint(ks, fl.u)
		case 'f':
			err = w.float(ks, fl.f)
		default:
			err = w.any(fl.x, fl.ctx, ks)
		}
		if err != nil {
			return err
		}
	}
	w.fields = w.fields[:f.start]
	w.endMap(&bl)
	return nil
}

// drop forgets the fields added since beginFields.
func (f fields) drop() { f.w.fields = f.w.fields[:f.start] }

// siblingExtras finds SchemaRef's unexported siblingExtras (the non-x-
// fields read next to a $ref), which its MarshalYAML writes.
var siblingExtras = func() []int {
	if f, ok := reflect.TypeFor[openapi3.SchemaRef]().FieldByName("siblingExtras"); ok && f.Type.Kind() == reflect.Map {
		return f.Index
	}
	return nil
}()

// plainRef reports whether a SchemaRef with a $ref writes just its $ref and
// extensions.
func plainRef(x *openapi3.SchemaRef) bool {
	if siblingExtras == nil {
		return false
	}
	return reflect.ValueOf(x).Elem().FieldByIndex(siblingExtras).Len() == 0
}

func (w *pieceWriter) schemaRef(x *openapi3.SchemaRef, sl slot) error {
	switch {
	case x == nil:
		return w.null(sl)
	case x.Ref != "":
		if !plainRef(x) {
			return w.general(x, ctxObject, sl)
		}
		f := w.beginFields()
		if !f.extensions(x.Extensions) {
			f.drop()
			return w.general(x, ctxObject, sl)
		}
		f.str("$ref", x.Ref)
		return f.write(sl)
	case x.Value == nil:
		return w.null(sl)
	}
	return w.schema(x.Value, sl)
}

func (w *pieceWriter) schemaRefs(v openapi3.SchemaRefs, sl slot) error {
	if v == nil {
		return w.null(sl)
	}
	bl := block{slot: sl}
	for _, e := range v {
		if err := w.schemaRef(e, w.item(&bl)); err != nil {
			return err
		}
	}
	w.endSeq(&bl)
	return nil
}

// rareSchema reports whether a schema uses keywords the direct writer
// leaves to kin-openapi (OpenAPI 3.1's, mostly).
func rareSchema(s *openapi3.Schema) bool {
	return s.Always != nil || s.Const != nil || len(s.Examples) != 0 || len(s.PrefixItems) != 0 ||
		s.Contains != nil || s.MinContains != nil || s.MaxContains != nil || len(s.PatternProperties) != 0 ||
		len(s.DependentSchemas) != 0 || s.PropertyNames != nil || s.UnevaluatedItems.Has != nil ||
		s.UnevaluatedItems.Schema != nil || s.UnevaluatedProperties.Has != nil || s.UnevaluatedProperties.Schema != nil ||
		s.If != nil || s.Then != nil || s.Else != nil || len(s.DependentRequired) != 0 || len(s.Defs) != 0 ||
		s.SchemaDialect != "" || s.Comment != "" || s.SchemaID != "" || s.Anchor != "" || s.DynamicRef != "" ||
		s.DynamicAnchor != "" || s.ContentMediaType != "" || s.ContentEncoding != "" || s.ContentSchema != nil
}

// schema writes what Schema.MarshalYAML writes.
func (w *pieceWriter) schema(s *openapi3.Schema, sl slot) error {
	if rareSchema(s) {
		return w.general(s, ctxObject, sl)
	}
	f := w.beginFields()
	if !f.extensions(s.Extensions) {
		f.drop()
		return w.general(s, ctxObject, sl)
	}
	if len(s.OneOf) != 0 {
		f.val("oneOf", &s.OneOf)
	}
	if len(s.AnyOf) != 0 {
		f.val("anyOf", &s.AnyOf)
	}
	if len(s.AllOf) != 0 {
		f.val("allOf", &s.AllOf)
	}
	if s.Not != nil {
		f.val("not", s.Not)
	}
	if !s.Type.IsEmpty() {
		f.val("type", s.Type)
	}
	if s.Title != "" {
		f.str("title", s.Title)
	}
	if s.Format != "" {
		f.str("format", s.Format)
	}
	if s.Description != "" {
		f.str("description", s.Description)
	}
	if len(s.Enum) != 0 {
		f.val("enum", &s.Enum)
	}
	if s.Default != nil {
		f.val("default", s.Default)
	}
	if s.Example != nil {
		f.val("example", s.Example)
	}
	if s.ExternalDocs != nil {
		f.val("externalDocs", s.ExternalDocs)
	}
	if s.UniqueItems {
		f.boolean("uniqueItems")
	}
	exclusiveBound(f, "exclusiveMinimum", s.ExclusiveMin)
	exclusiveBound(f, "exclusiveMaximum", s.ExclusiveMax)
	if s.Nullable {
		f.boolean("nullable")
	}
	if s.ReadOnly {
		f.boolean("readOnly")
	}
	if s.WriteOnly {
		f.boolean("writeOnly")
	}
	if s.AllowEmptyValue {
		f.boolean("allowEmptyValue")
	}
	if s.Deprecated {
		f.boolean("deprecated")
	}
	if s.XML != nil {
		f.val("xml", s.XML)
	}
	if s.Min != nil {
		f.float("minimum", *s.Min)
	}
	if s.Max != nil {
		f.float("maximum", *s.Max)
	}
	if s.MultipleOf != nil {
		f.float("multipleOf", *s.MultipleOf)
	}
	if s.MinLength != 0 {
		f.uint("minLength", s.MinLength)
	}
	if s.MaxLength != nil {
		f.uint("maxLength", *s.MaxLength)
	}
	if s.Pattern != "" {
		f.str("pattern", s.Pattern)
	}
	if s.MinItems != 0 {
		f.uint("minItems", s.MinItems)
	}
	if s.MaxItems != nil {
		f.uint("maxItems", *s.MaxItems)
	}
	if s.Items != nil {
		f.val("items", s.Items)
	}
	if len(s.Required) != 0 {
		f.val("required", &s.Required)
	}
	if len(s.Properties) != 0 {
		f.val("properties", s.Properties)
	}
	if s.MinProps != 0 {
		f.uint("minProperties", s.MinProps)
	}
	if s.MaxProps != nil {
		f.uint("maxProperties", *s.MaxProps)
	}
	if ap := s.AdditionalProperties; ap.Has != nil {
		f.add(field{key: "additionalProperties", ord: -1, kind: 'b', s: strconv.FormatBool(*ap.Has)})
	} else if ap.Schema != nil {
		f.val("additionalProperties", ap.Schema)
	}
	if s.Discriminator != nil {
		f.val("discriminator", s.Discriminator)
	}
	return f.write(sl)
}

func exclusiveBound(f fields, k string, b openapi3.ExclusiveBound) {
	switch {
	case b.Value != nil:
		f.float(k, *b.Value)
	case b.Bool != nil:
		f.add(field{key: k, ord: -1, kind: 'b', s: strconv.FormatBool(*b.Bool)})
	}
}

func (w *pieceWriter) types(t *openapi3.Types, sl slot) error {
	switch {
	case t == nil || len(*t) == 0:
		return w.null(sl)
	case len(*t) == 1:
		return w.str(sl, (*t)[0])
	}
	return w.strings(*t, sl)
}

// propRef is a property and the x-order it is sorted by.
type propRef struct {
	name  string
	order float64
	ref   *openapi3.SchemaRef
	tree  *value // the property written the general way, if it is
}

// properties writes a schema's properties in x-order (orderedKeys' ctxProps).
func (w *pieceWriter) properties(m openapi3.Schemas, sl slot) error {
	start := len(w.props)
	for name, ref := range m {
		p := propRef{name: name, ref: ref, order: 1e18}
		if o, ok := refOrder(ref); ok {
			p.order = o
		} else {
			v, err := toValue(ref)
			if err != nil {
				return err
			}
			p.tree, p.order = v, xOrder(v)
		}
		w.props = append(w.props, p)
	}
	slices.SortFunc(w.props[start:], func(a, b propRef) int {
		if a.order != b.order {
			if a.order < b.order {
				return -1
			}
			return 1
		}
		return strings.Compare(a.name, b.name)
	})
	bl := block{slot: sl}
	for i := start; i < len(w.props); i++ {
		p := w.props[i]
		ks, err := w.key(&bl, p.name)
		if err != nil {
			return err
		}
		if p.tree != nil {
			err = w.tree(p.tree, ctxObject, ks)
		} else {
			err = w.schemaRef(p.ref, ks)
		}
		if err != nil {
			return err
		}
	}
	clear(w.props[start:])
	w.props = w.props[:start]
	w.endMap(&bl)
	return nil
}

// refOrder is xOrder of the tree toValue would make of ref, when it can be
// told without making it.
func refOrder(ref *openapi3.SchemaRef) (float64, bool) {
	var ext map[string]any
	switch {
	case ref == nil:
		return 1e18, true
	case ref.Ref != "":
		if !plainRef(ref) {
			return 0, false
		}
		ext = ref.Extensions
	case ref.Value == nil:
		return 1e18, true
	case ref.Value.Always != nil:
		return 0, false
	default:
		ext = ref.Value.Extensions
	}
	x, ok := ext["x-order"]
	if !ok {
		return 1e18, true
	}
	switch v := x.(type) {
	case int:
		return float64(v), true
	case int64:
		return float64(v), true
	}
	return 0, false
}

// sortedNames pushes the sorted keys of m onto w.names and returns where
// they start.
func sortedNames[V any](w *pieceWriter, m map[string]V) int {
	start := len(w.names)
	for k := range m {
		w.names = append(w.names, k)
	}
	slices.Sort(w.names[start:])
	return start
}

// named writes a map of user names (ctxNames): keys sorted, values objects.
func named[V any](w *pieceWriter, m map[string]V, sl slot, write func(V, slot) error) error {
	start := sortedNames(w, m)
	bl := block{slot: sl}
	for i := start; i < len(w.names); i++ {
		k := w.names[i]
		ks, err := w.key(&bl, k)
		if err != nil {
			return err
		}
		if err := write(m[k], ks); err != nil {
			return err
		}
	}
	clear(w.names[start:])
	w.names = w.names[:start]
	w.endMap(&bl)
	return nil
}

func (w *pieceWriter) schemas(m openapi3.Schemas, sl slot) error {
	return named(w, m, sl, w.schemaRef)
}

func (w *pieceWriter) content(m openapi3.Content, sl slot) error {
	return named(w, m, sl, w.mediaType)
}

func (w *pieceWriter) headers(m openapi3.Headers, sl slot) error {
	return named(w, m, sl, w.headerRef)
}

func (w *pieceWriter) examples(m openapi3.Examples, sl slot) error {
	return named(w, m, sl, w.exampleRef)
}

// pathItem writes what PathItem.MarshalYAML writes, in the order of
// orderedKeys' ctxPathItem (and every value in ctxObject).
func (w *pieceWriter) pathItem(p *openapi3.PathItem, sl slot) error {
	if p == nil {
		return w.null(sl)
	}
	if p.Ref != "" || len(p.AdditionalOperations) != 0 {
		return w.general(p, ctxPathItem, sl)
	}
	f := w.beginFields()
	add := func(k string, x any) {
		f.add(field{key: k, ord: methodOrder[k], ctx: ctxObject, kind: 'x', x: x})
	}
	for k, v := range p.Extensions {
		if !strings.HasPrefix(k, "x-") {
			f.drop()
			return w.general(p, ctxPathItem, sl)
		}
		add(k, v)
	}
	if p.Summary != "" {
		f.add(field{key: "summary", ord: 0, kind: 's', s: p.Summary})
	}
	if p.Description != "" {
		f.add(field{key: "description", ord: 0, kind: 's', s: p.Description})
	}
	for _, op := range []struct {
		k  string
		op *openapi3.Operation
	}{{"connect", p.Connect}, {"delete", p.Delete}, {"get", p.Get}, {"head", p.Head}, {"options", p.Options},
		{"patch", p.Patch}, {"post", p.Post}, {"put", p.Put}, {"trace", p.Trace}, {"query", p.Query}} {
		if op.op != nil {
			add(op.k, op.op)
		}
	}
	if len(p.Servers) != 0 {
		add("servers", p.Servers)
	}
	if len(p.Parameters) != 0 {
		add("parameters", &p.Parameters)
	}
	return f.write(sl)
}

// operation writes what Operation.MarshalYAML writes.
func (w *pieceWriter) operation(o *openapi3.Operation, sl slot) error {
	if o == nil {
		return w.null(sl)
	}
	f := w.beginFields()
	if !f.extensions(o.Extensions) {
		f.drop()
		return w.general(o, ctxObject, sl)
	}
	if len(o.Tags) != 0 {
		f.val("tags", &o.Tags)
	}
	if o.Summary != "" {
		f.str("summary", o.Summary)
	}
	if o.Description != "" {
		f.str("description", o.Description)
	}
	if o.OperationID != "" {
		f.str("operationId", o.OperationID)
	}
	if len(o.Parameters) != 0 {
		f.val("parameters", &o.Parameters)
	}
	if o.RequestBody != nil {
		f.val("requestBody", o.RequestBody)
	}
	if o.Responses != nil {
		f.val("responses", o.Responses)
	}
	if len(o.Callbacks) != 0 {
		f.val("callbacks", o.Callbacks)
	}
	if o.Deprecated {
		f.boolean("deprecated")
	}
	if o.Security != nil {
		f.val("security", o.Security)
	}
	if o.Servers != nil {
		f.val("servers", o.Servers)
	}
	if o.ExternalDocs != nil {
		f.val("externalDocs", o.ExternalDocs)
	}
	return f.write(sl)
}

func (w *pieceWriter) parameters(ps openapi3.Parameters, sl slot) error {
	if ps == nil {
		return w.null(sl)
	}
	bl := block{slot: sl}
	for _, p := range ps {
		if err := w.parameterRef(p, w.item(&bl)); err != nil {
			return err
		}
	}
	w.endSeq(&bl)
	return nil
}

func (w *pieceWriter) parameterRef(p *openapi3.ParameterRef, sl slot) error {
	switch {
	case p == nil:
		return w.null(sl)
	case p.Ref != "":
		return w.general(p, ctxObject, sl)
	}
	return w.parameter(p.Value, sl)
}

// parameter writes what Parameter.MarshalYAML writes.
func (w *pieceWriter) parameter(p *openapi3.Parameter, sl slot) error {
	if p == nil {
		return w.null(sl)
	}
	f := w.beginFields()
	if !f.extensions(p.Extensions) {
		f.drop()
		return w.general(p, ctxObject, sl)
	}
	if p.Name != "" {
		f.str("name", p.Name)
	}
	if p.In != "" {
		f.str("in", p.In)
	}
	if p.Description != "" {
		f.str("description", p.Description)
	}
	if p.Style != "" {
		f.str("style", p.Style)
	}
	if p.Explode != nil {
		f.add(field{key: "explode", ord: -1, kind: 'b', s: strconv.FormatBool(*p.Explode)})
	}
	if p.AllowEmptyValue {
		f.boolean("allowEmptyValue")
	}
	if p.AllowReserved {
		f.boolean("allowReserved")
	}
	if p.Deprecated {
		f.boolean("deprecated")
	}
	if p.Required {
		f.boolean("required")
	}
	if p.Schema != nil {
		f.val("schema", p.Schema)
	}
	if p.Example != nil {
		f.val("example", p.Example)
	}
	if len(p.Examples) != 0 {
		f.val("examples", p.Examples)
	}
	if len(p.Content) != 0 {
		f.val("content", p.Content)
	}
	return f.write(sl)
}

func (w *pieceWriter) headerRef(h *openapi3.HeaderRef, sl slot) error {
	switch {
	case h == nil:
		return w.null(sl)
	case h.Ref != "":
		return w.general(h, ctxObject, sl)
	case h.Value == nil:
		return w.null(sl)
	}
	return w.parameter(&h.Value.Parameter, sl)
}

func (w *pieceWriter) requestBodyRef(r *openapi3.RequestBodyRef, sl slot) error {
	switch {
	case r == nil:
		return w.null(sl)
	case r.Ref != "":
		return w.general(r, ctxObject, sl)
	case r.Value == nil:
		return w.null(sl)
	}
	b := r.Value
	f := w.beginFields()
	if !f.extensions(b.Extensions) {
		f.drop()
		return w.general(r, ctxObject, sl)
	}
	if b.Description != "" {
		f.str("description", b.Description)
	}
	if b.Required {
		f.boolean("required")
	}
	if b.Content != nil {
		f.val("content", b.Content)
	} else {
		f.val("content", nil)
	}
	return f.write(sl)
}

// responses writes what Responses.MarshalYAML writes (ctxNames: keys
// sorted, values objects).
func (w *pieceWriter) responses(r *openapi3.Responses, sl slot) error {
	if r.Len() == 0 {
		return w.general(r, ctxNames, sl) // nil, empty or explicitly null
	}
	f := w.beginFields()
	for k, v := range r.Extensions {
		if !strings.HasPrefix(k, "x-") || r.Value(k) != nil {
			f.drop()
			return w.general(r, ctxNames, sl)
		}
		f.add(field{key: k, ord: 0, ctx: ctxObject, kind: 'x', x: v})
	}
	for _, k := range r.Keys() {
		f.add(field{key: k, ord: 0, ctx: ctxObject, kind: 'x', x: r.Value(k)})
	}
	return f.write(sl)
}

func (w *pieceWriter) responseRef(r *openapi3.ResponseRef, sl slot) error {
	switch {
	case r == nil:
		return w.null(sl)
	case r.Ref != "":
		return w.general(r, ctxObject, sl)
	case r.Value == nil:
		return w.null(sl)
	}
	v := r.Value
	f := w.beginFields()
	if !f.extensions(v.Extensions) {
		f.drop()
		return w.general(r, ctxObject, sl)
	}
	if v.Description != nil {
		f.str("description", *v.Description)
	}
	if len(v.Headers) != 0 {
		f.val("headers", v.Headers)
	}
	if len(v.Content) != 0 {
		f.val("content", v.Content)
	}
	if len(v.Links) != 0 {
		f.val("links", v.Links)
	}
	return f.write(sl)
}

// mediaType writes what MediaType.MarshalYAML writes.
func (w *pieceWriter) mediaType(m *openapi3.MediaType, sl slot) error {
	if m == nil {
		return w.null(sl)
	}
	f := w.beginFields()
	if !f.extensions(m.Extensions) {
		f.drop()
		return w.general(m, ctxObject, sl)
	}
	if m.Schema != nil {
		f.val("schema", m.Schema)
	}
	if m.ItemSchema != nil {
		f.val("itemSchema", m.ItemSchema)
	}
	if m.Example != nil {
		f.val("example", m.Example)
	}
	if len(m.Examples) != 0 {
		f.val("examples", m.Examples)
	}
	if len(m.Encoding) != 0 {
		f.val("encoding", m.Encoding)
	}
	return f.write(sl)
}

// exampleRef writes what ExampleRef.MarshalYAML writes.
func (w *pieceWriter) exampleRef(e *openapi3.ExampleRef, sl slot) error {
	switch {
	case e == nil:
		return w.null(sl)
	case e.Ref != "":
		return w.general(e, ctxObject, sl)
	case e.Value == nil:
		return w.null(sl)
	}
	v := e.Value
	f := w.beginFields()
	if !f.extensions(v.Extensions) {
		f.drop()
		return w.general(e, ctxObject, sl)
	}
	if v.Summary != "" {
		f.str("summary", v.Summary)
	}
	if v.Description != "" {
		f.str("description", v.Description)
	}
	if v.Value != nil {
		f.val("value", v.Value)
	}
	if v.ExternalValue != "" {
		f.str("externalValue", v.ExternalValue)
	}
	return f.write(sl)
}

// security writes a list of security requirements: each a map of scheme
// names (ordered as an object's keys) to scopes.
func (w *pieceWriter) security(s *openapi3.SecurityRequirements, sl slot) error {
	if s == nil || *s == nil {
		return w.null(sl)
	}
	bl := block{slot: sl}
	for _, req := range *s {
		isl := w.item(&bl)
		if req == nil {
			if err := w.null(isl); err != nil {
				return err
			}
			continue
		}
		start := len(w.names)
		for name := range req {
			w.names = append(w.names, name)
		}
		slices.SortFunc(w.names[start:], func(a, b string) int {
			if oa, ob := ordOf(a), ordOf(b); oa != ob {
				return oa - ob
			}
			return strings.Compare(a, b)
		})
		mb := block{slot: isl}
		for i := start; i < len(w.names); i++ {
			ks, err := w.key(&mb, w.names[i])
			if err != nil {
				return err
			}
			if err := w.strings(req[w.names[i]], ks); err != nil {
				return err
			}
		}
		clear(w.names[start:])
		w.names = w.names[:start]
		w.endMap(&mb)
	}
	w.endSeq(&bl)
	return nil
}
