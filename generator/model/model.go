// Package model is the API as read from the docs: operations, parameters,
// bodies and schemas as plain values, each carrying the position of the doc
// line it came from. analyze produces it; specbuild turns it into OpenAPI.
// It depends on the standard library and diag only.
package model

import (
	"encoding/json"
	"strings"

	"github.com/docspec/docspec/generator/diag"
)

// API is everything read from one docs folder.
type API struct {
	Title       string
	Description string
	Version     string
	Tags        []string
	Operations  []*Operation // sorted by path, then method
	Schemas     []*Schema    // named schemas, sorted by name
	Pages       int          // pages read
	Skipped     int          // pages that document no operation
	// Versions counts the operations that are a page's in another version
	// of the API than the path it writes first (/v2/… and /v2.1/…).
	Versions int
	Rows     TableRows // the rows of the operation pages' tables, by fate
}

// TableRows counts table rows by what became of them: every row of an
// operation page's tables is used (it became a parameter, a property, a
// status…) or reported (a diagnostic names it or its table or page).
type TableRows struct {
	Read     int
	Used     int
	Reported int
}

// Add adds other's counts.
func (r *TableRows) Add(other TableRows) {
	r.Read += other.Read
	r.Used += other.Used
	r.Reported += other.Reported
}

// Operation is one page's operation.
type Operation struct {
	ID          string
	Summary     string
	Description string
	Method      string // upper case
	Path        string
	Tags        []string
	Deprecated  bool
	Pos         diag.Pos // the page title
	PathPos     diag.Pos // the URI line
	Params      []*Param
	Security    *Security // nil: the page names no token header
	RequestBody *Body
	Responses   []*Response // sorted by status
}

// Security is the token header that authenticates a request.
type Security struct {
	Header   string // e.g. X-Auth-Token
	Required bool
	Pos      diag.Pos
}

// Param is a path, query or header parameter.
type Param struct {
	Name        string
	In          string // path, query, header
	Description string
	Required    bool
	Schema      *Schema
	Pos         diag.Pos
}

// Body is a request or response body.
type Body struct {
	Schema   *Schema // nil: documented without a table
	Examples []*Example
	Pos      diag.Pos
	// MediaType is the body's media type ("application/xml",
	// "application/octet-stream"…); "" means application/json.
	MediaType string
}

// Response is one documented status code.
type Response struct {
	Status      string // "200", "default"
	Description string
	Body        *Body
	Headers     []*Param
	Pos         diag.Pos
}

// Example is a JSON example from the docs.
type Example struct {
	Name    string
	Summary string
	// JSON is the example as compact JSON (kept as text: a decoded value
	// costs several times the memory, and thousands of pages hold examples).
	JSON string
	Pos  diag.Pos
	// Problems lists the example's disagreements with the tables; an example
	// with problems is kept beside the valid ones, not among them.
	Problems []string
}

// Value decodes the example: map[string]any, []any, string, int64 (integral
// numbers), float64, bool or nil.
func (e *Example) Value() any {
	dec := json.NewDecoder(strings.NewReader(e.JSON))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil
	}
	return numbers(v)
}

func numbers(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = numbers(e)
		}
	case []any:
		for i, e := range x {
			x[i] = numbers(e)
		}
	case json.Number:
		if n, err := x.Int64(); err == nil {
			return n
		}
		f, _ := x.Float64()
		return f
	}
	return v
}

// Schema describes a value. A Schema with a Name is a named component;
// references to it share the pointer (and may form cycles).
type Schema struct {
	Name        string // component name, "" for inline schemas
	Type        string // string, integer, number, boolean, object, array; "" = any
	Format      string
	Description string
	Items       *Schema  // array
	Fields      []*Field // object, in doc order
	// AdditionalProperties is the value schema of a map; nil for a plain object.
	AdditionalProperties *Schema
	// KeysFromExample: an example gives the object keys no member can be
	// named (a label's, an annotation's); AdditionalProperties types them.
	KeysFromExample      bool
	Enum                 []string
	Default              string
	HasDefault           bool
	Minimum, Maximum     *float64
	MinLength, MaxLength *int64
	MinItems, MaxItems   *int64
	// Nullable: null is one of the values (an example gives it).
	Nullable bool
	Pos      diag.Pos
	// Origin names the table the schema was read from ("page.md:147 BackupDetail").
	Origin string
	// Note explains a rename or another decision taken about this schema.
	Note string
	// XMLName is the element name of an XML body's root element (OpenAPI's
	// xml.name); "" elsewhere: a property's element is named by the property.
	XMLName string
}

// Field is one property of an object schema.
type Field struct {
	Name     string
	Required bool
	Schema   *Schema
	Pos      diag.Pos
	// FromExample: no table lists the field, an example gives it (Pos is
	// the example's line).
	FromExample bool
	// ListFromExample: the table types the field as one value, an example
	// gives a list of them; Schema is the array of what the table says.
	ListFromExample bool
	// Description: the row's description when Schema is a named struct,
	// which the rows that use it describe each in their own words.
	Description string
	// Nullable: an example gives the member null and Schema is a named
	// struct, which stays what it is wherever else it is used.
	Nullable bool
}
