package diag

// Code is a diagnostic's stable name, printed in brackets at the end of its
// line: scripts and configs (strict, ignore) match it. Every code is declared
// here once, with its severity, what it costs the output and what it means;
// README's Diagnostics table is this list (a test keeps them equal).
type Code string

// Cost says what a diagnostic's problem costs the output.
type Cost int

const (
	// Nothing: the output is complete (a remark about the docs).
	Nothing Cost = iota
	// Field: one parameter or property is degraded (typed more loosely, a
	// facet dropped) and still present.
	Field
	// Part: a row, a table, an example or a section of a page is left out;
	// the rest of the page is read.
	Part
	// Page: the page's operation is left out; the other pages are not
	// affected.
	Page
	// Run: nothing trustworthy can be written; the run fails.
	Run
)

func (c Cost) String() string {
	switch c {
	case Field:
		return "field degraded"
	case Part:
		return "part of a page left out"
	case Page:
		return "page left out"
	case Run:
		return "nothing written"
	}
	return "nothing lost"
}

// CodeInfo describes a code.
type CodeInfo struct {
	Code     Code
	Severity Severity
	Cost     Cost
	Meaning  string // one line, for README's table and `docspec help codes`
}

var (
	codes  []CodeInfo
	byCode = map[Code]int{}
)

// def declares a code.
func def(code string, sev Severity, cost Cost, meaning string) Code {
	c := Code(code)
	if _, dup := byCode[c]; dup {
		panic("diag: code declared twice: " + code)
	}
	byCode[c] = len(codes)
	codes = append(codes, CodeInfo{Code: c, Severity: sev, Cost: cost, Meaning: meaning})
	return c
}

// Codes lists every code in the order of README's table.
func Codes() []CodeInfo { return append([]CodeInfo(nil), codes...) }

// Lookup describes a code; ok is false for a code never declared.
func Lookup(c Code) (CodeInfo, bool) {
	i, ok := byCode[c]
	if !ok {
		return CodeInfo{}, false
	}
	return codes[i], true
}

// The codes, grouped by what they are about.
var (
	// The run: its inputs and outputs.
	Config         = def("config", Error, Run, "`docspec.yaml` is unreadable, has unknown keys or misses required ones")
	UnreadableDir  = def("unreadable-folder", Error, Run, "a docs folder cannot be read, or is not a folder")
	NoPages        = def("no-pages", Error, Run, "a docs folder holds no `.md` page (empty folder)")
	NoOperations   = def("no-operations", Error, Run, "no page documents an operation")
	InvalidSpec    = def("invalid-spec", Error, Run, "the built document fails OpenAPI validation outside an operation, in its top or a component schema (a docspec bug or an unusual page); an operation that fails is `invalid-operation`")
	Overlay        = def("overlay", Error, Run, "the overlay cannot be read or applied, or an action selects nothing")
	OverlayWarning = def("overlay-warning", Warning, Nothing, "the overlay library reports a problem that does not stop the overlay")
	Generate       = def("generate", Error, Run, "Go generation failed, e.g. a spec with an external `$ref` (refused: specs must be self-contained, nothing is fetched)")

	// Pages that cannot be read.
	Unreadable   = def("unreadable", Warning, Page, "a page cannot be read (permissions, a dangling symlink, a symlink loop, not a regular file): left out")
	FolderLink   = def("folder-link", Warning, Page, "a symlink to a folder inside a docs folder is not followed (a link to a parent would never end): the pages under it are not read; give its target as a docs folder of its own")
	PageTooLarge = def("page-too-large", Warning, Page, "a page is over 16 MiB (`docparse.MaxPageSize`); reported from its size, never read: left out")
	NulByte      = def("nul-byte", Warning, Page, "a page contains a NUL byte: not a text page, left out")
	InvalidUTF8  = def("invalid-utf8", Warning, Field, "a page is not valid UTF-8 (line of the first bad byte); read with the bytes replaced")

	// The page's Markdown and tables.
	UnclosedTable = def("unclosed-table", Warning, Part, "a `<table>` is never closed (also a page truncated inside a table); read up to the next heading")
	UnclosedFence = def("unclosed-fence", Warning, Part, "a code block is never closed; it runs to the end of the page")
	RowShape      = def("row-shape", Warning, Field, "a table row has more or fewer cells than the header; missing cells are empty, and the cells over in a pipe table are its description's (a `|` not escaped), joined back")
	TableNoHeader = def("table-no-header", Warning, Part, "a table has rows but no header row; ignored")
	TableSpans    = def("table-spans", Warning, Field, "`colspan`/`rowspan` would repeat cells far beyond the table's size; extra copies dropped")

	// The operation: method, path, parameters.
	NoURI                 = def("no-uri", Warning, Page, "a page has a URI section but no method and path could be read from it: left out")
	UnknownMethod         = def("unknown-method", Warning, Page, "the URI line's method is not an HTTP method: left out")
	BadPath               = def("bad-path", Warning, Page, "the path template is not well formed (an unclosed `{`, a stray `}`, an empty or invalid placeholder): left out")
	ExtraURI              = def("extra-uri", Warning, Part, "a page writes a second method and path that is not an example of the first; the first is read, the other is not")
	VersionURI            = def("version-uri", Note, Nothing, "a page writes the method and path of its operation in another version of the API too (/v2/… and /v2.1/…); each is an operation")
	DuplicateOperation    = def("duplicate-operation", Warning, Page, "two pages document one operation (versions, copies, a deprecated page and its successor) or the same request to one method and path; one keeps it (not deprecated, newer version, more documented…), the other is left out; when nothing in the request tells them apart, the kept operation's parameters take the other's request too (what that page does not require is optional, its own parameters are added)")
	SharedEndpoint        = def("shared-endpoint", Note, Nothing, "pages document different operations on one method and path, told apart by the request (a constant query value, a body field or its value); each is an operation, its path key names that after `#`")
	InvalidOperation      = def("invalid-operation", Warning, Page, "an operation fails OpenAPI validation (a docspec bug or an unusual page): it is left out of the spec, the rest is written")
	DuplicateOperationID  = def("duplicate-operation-id", Warning, Nothing, "two operations share an id; one keeps it, the other takes a longer name built from its path (or a number)")
	PathRenamed           = def("path-renamed", Note, Nothing, "a path's placeholders are renamed: to match the same path on another page, or because one name appears twice in it")
	UndocumentedPathParam = def("undocumented-path-param", Warning, Field, "a `{placeholder}` of the path has no table row; added as a required string")
	UnknownPathParam      = def("unknown-path-param", Warning, Part, "a path parameter row does not appear in the path; ignored")
	MisspeltPathParam     = def("misspelt-path-param", Warning, Nothing, "a path parameter row names a placeholder otherwise than the path writes it (`flavors_id` for `{flavor_id}`, or the one row and the one placeholder left unpaired); read as the placeholder")
	URIBodyRows           = def("uri-body-rows", Warning, Nothing, "rows of a POST, PUT or PATCH's URI table are neither in the path nor in its query string, and the request section documents no body; read as the request body's fields")
	DuplicateParam        = def("duplicate-param", Warning, Part, "a parameter or property is documented twice; the first is kept")
	ExtraRequestSyntax    = def("extra-request-syntax", Warning, Part, "a page writes out a second request (another method, path or sub-resource); only the first is read")
	CommonHeaders         = def("common-headers", Note, Nothing, "a page of common request headers documents headers every request may send; those the client or the signer does not set (`X-Language`) become a header parameter of every operation that does not document them")
	FilterItems           = def("filter-items", Note, Nothing, "a query parameter is a list whose row does not type its items (`monitor_port | Array`, `monitor_port=xxx&monitor_port=xxx`) and the success response's members of that name are all one number or boolean type (`monitor_port | Integer`): its items are typed so; otherwise they are strings")
	HeaderFamily          = def("header-family", Note, Part, "a header row names a family of headers (`x-obs-meta-*`), not one header; not a parameter")

	// Tables and the fields they document.
	SwappedCells    = def("swapped-cells", Warning, Nothing, "a row's type and required cells are written the wrong way round (`是 | String` under `参数类型 | 是否必选`); read the other way round")
	UnknownColumns  = def("unknown-columns", Warning, Part, "no header cell names the parameter column; the table is ignored")
	EmptyType       = def("empty-type", Warning, Field, "a row's type cell is empty or missing; typed as any value")
	UnknownType     = def("unknown-type", Warning, Field, "a row's type is not a known type word (`String`, `Integer`, `Array of …`, `X object`…); typed as any value")
	UnresolvedType  = def("unresolved-type", Warning, Field, "an object type names no table on the page; typed as a free-form object")
	MissingAnchor   = def("missing-anchor", Warning, Field, "a type links to `#anchor` but no table on the page has it; typed from the table the link's text numbers (`[表162](…#lost)`), else as a free-form object")
	DuplicateAnchor = def("duplicate-anchor", Warning, Nothing, "two tables have one anchor; links go to the first")
	NestingTooDeep  = def("nesting-too-deep", Warning, Field, "object tables nest more than 64 levels (a reference cycle is not nesting: it stays a recursive `$ref`); deeper fields are free-form objects")
	BodyVariant     = def("body-variant", Note, Nothing, "a second body table repeats the first's rows, or a struct's second table of the same caption its first's: another variant; the members of both are joined, required only where both tables require them")
	ExtraBodyTable  = def("extra-body-table", Warning, Part, "a second body table for the same request or status that neither repeats the first nor types a member only an example gives; ignored")
	UnusedTable     = def("unused-table", Warning, Part, "a struct table no field links to and no member only an example gives fits, or one a scalar field's description refers to (`String | 具体请参见表7`: what the string holds); ignored")
	XMLUnstructured = def("xml-unstructured", Warning, Field, "neither the request/response syntax, an example nor the element table gives an XML body's nesting; the body is a string of its media type")
	XMLUnplaced     = def("xml-unplaced", Warning, Part, "an element table row is in no XML sample and names no parent found in the body; left out")
	AmbiguousRef    = def("ambiguous-reference", Warning, Field, "a field's description refers to several tables: alternatives give a struct with the fields of them all, none required; a number that is a slip gives way to the table named after the field, a response's link to another page's request table to that page's response table when the example says so")
	TypeOverridden  = def("type-overridden", Warning, Field, "a row's type cell says a scalar or a list of scalars but its description links to the table of the field's own properties, or says a response member is the request's member of that name, a struct (`Same as the request parameter.`); typed from the table, or as the request's")
	KeyRow          = def("key-row", Note, Nothing, "a table's only row names the keys of a map, not a member (`User-defined field key and value pair`, `key_val`, `{自定义key}`), or its `key` and `value` rows do and the example gives the map; read as a map of the row's type")
	UnlinkedTable   = def("unlinked-table", Note, Field, "an object row refers to no table; the unreferenced struct table right after its table types it, or the unreferenced table whose rows are the members its example gives")
	MisplacedTable  = def("misplaced-table", Warning, Part, "a response table in the request section; ignored")
	TableNotRead    = def("table-not-read", Warning, Part, "a table in a URI, request, response or status section whose role cannot be told; not read")
	RowNotRead      = def("row-not-read", Warning, Part, "a row of a table that is read has no name or no status code; not read")
	OtherTable      = def("other-table", Note, Nothing, "a table outside the sections that document the operation (error codes, constraints…); not part of the spec")
	BadDefault      = def("bad-default", Warning, Field, "a documented default is outside its own enum or limits; left out")
	BadEnum         = def("bad-enum", Warning, Field, "an enum value is not a valid value of its type; dropped")
	EnumIgnored     = def("enum-ignored", Note, Field, "enum values on an object or array; ignored")
	SchemaRenamed   = def("schema-renamed", Note, Nothing, "two different tables had one name, or a name would collide with a generated Go type; renamed")

	// Examples.
	InvalidExampleJSON   = def("invalid-example-json", Warning, Part, "an example is not valid JSON; not attached")
	MendedExampleJSON    = def("mended-example-json", Warning, Nothing, "an example is not valid JSON by a slip with one reading (a comma before a closing bracket, a comment, a full-width comma or colon, a comma or closing bracket missing); read mended")
	ExampleMismatch      = def("example-mismatch", Warning, Nothing, "an example disagrees with the tables (type, unknown property, enum); kept under `x-docspec-invalid-examples`")
	ExampleUnknownStatus = def("example-unknown-status", Warning, Part, "a response example for a success status the page does not document; not attached")
	ExampleErrorStatus   = def("example-error-status", Note, Nothing, "a response example of a failed request whose status the page does not document: the response is added, for the example's status, or `default` when it gives none")
	ExampleWithoutBody   = def("example-without-body", Note, Part, "a request example, but no request body table; not attached")
	ExampleMember        = def("example-member", Warning, Nothing, "an example gives an object a member its table does not list; added, typed from the example")
	ExampleType          = def("example-type", Warning, Nothing, "the table types a member as one value and the example gives a list of them, or as an object it gives no members of and the example gives strings, numbers or booleans; read from the example")
	UnlabelledExample    = def("unlabelled-example", Note, Part, "a JSON block that no example label (`请求示例`, `Example response`…) introduces, in a request, response or other section, and that is not an object of its section's body's fields; not attached")
	ExampleNull          = def("example-null", Note, Nothing, "an example gives null to members the tables type, and OpenAPI 3.0 takes null only where a schema says nullable; read as nullable")
	ExampleShape         = def("example-shape", Note, Nothing, "the tables leave an object's properties or an array's elements open, list an object's rows beside it, or document no success or request body, and the page's first example shows them, or the field's description gives its example (`\"catalog\": [{\"type\": …}]`) and says what each member is (`type: …`, `user.name: …`); read from the example")

	// Reporting itself.
	TooManyDiagnostics = def("too-many-diagnostics", Warning, Nothing, "a page has more than 100 diagnostics of one code; the rest are counted in this one (its severity is theirs)")
)
