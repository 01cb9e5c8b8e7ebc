package analyze

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator/internal/docparse"
	"github.com/docspec/docspec/generator/model"
	"github.com/docspec/docspec/internal/testutil"
)

// TestGolden analyzes every page under testdata/<recogniser>/ and compares
// what it reads (the operation and the diagnostics) with <page>.golden
// beside it. Each page is a small case written in the documentation format,
// one variant of what its folder's recogniser reads; `go test -update`
// rewrites the golden files.
func TestGolden(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "*", "*.md"))
	require.NoError(t, err)
	require.NotEmpty(t, pages)
	for _, p := range pages {
		name := strings.TrimSuffix(filepath.ToSlash(p), ".md")
		t.Run(strings.TrimPrefix(name, "testdata/"), func(t *testing.T) {
			src, err := os.ReadFile(p)
			require.NoError(t, err)
			res := AnalyzePage(docparse.Parse(filepath.Base(p), src))
			// links to other pages: read from the case's folder
			res.Diags.Append(ResolveExternal([]*PageResult{res}, dirLoader(filepath.Dir(p))).Diags)
			testutil.Golden(t, name+".golden", []byte(dumpResult(res)))
		})
	}
}

// TestSessionReadsAlike reads every golden case twice in one Session, the
// pages in turn and then in reverse: what a page reads does not depend on
// what the session read before (the facets it shares are never changed).
func TestSessionReadsAlike(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "*", "*.md"))
	require.NoError(t, err)
	alone := map[string]string{}
	for _, p := range pages {
		src, err := os.ReadFile(p)
		require.NoError(t, err)
		alone[p] = dumpResult(AnalyzePage(docparse.Parse(filepath.Base(p), src)))
	}
	reversed := slices.Clone(pages)
	slices.Reverse(reversed)
	s := new(Session)
	for _, order := range [][]string{pages, reversed} {
		for _, p := range order {
			src, err := os.ReadFile(p)
			require.NoError(t, err)
			require.Equal(t, alone[p], dumpResult(s.AnalyzePage(docparse.Parse(filepath.Base(p), src))), p)
		}
	}
}

// TestSessionKeysFacets: a description read for one field is not taken
// for another's ("sort_key的取值范围" lists sort_key's values only).
func TestSessionKeysFacets(t *testing.T) {
	page := "# 查询书架\n\n## URI\n\nGET /v1/shelves\n\n## 请求参数\n\n**表 1** Query参数\n\n" +
		"<table><thead><tr><th><p>参数</p></th><th><p>是否必选</p></th><th><p>参数类型</p></th><th><p>描述</p></th></tr></thead><tbody>" +
		"<tr><td><p>sort_key</p></td><td><p>否</p></td><td><p>String</p></td><td><p>sort_key的取值范围：name、id。</p></td></tr>" +
		"<tr><td><p>marker</p></td><td><p>否</p></td><td><p>String</p></td><td><p>sort_key的取值范围：name、id。</p></td></tr>" +
		"</tbody></table>\n"
	for _, s := range []*Session{nil, new(Session)} {
		res := s.AnalyzePage(docparse.Parse("p.md", []byte(page)))
		require.NotNil(t, res.Operation)
		enums := map[string][]string{}
		for _, p := range res.Operation.Params {
			enums[p.Name] = p.Schema.Enum
		}
		assert.Equal(t, []string{"name", "id"}, enums["sort_key"])
		assert.Empty(t, enums["marker"], "another field's values")
	}
}

// dumpResult writes a page's result as indented text: the operation, its
// parameters, bodies and responses (schemas expanded, a named schema once
// per dump), then the diagnostics.
func dumpResult(res *PageResult) string {
	var b strings.Builder
	d := &dumper{b: &b, seen: map[*model.Schema]bool{}}
	if op := res.Operation; op == nil {
		b.WriteString("no operation\n")
	} else {
		fmt.Fprintf(&b, "%s %s  id=%s", op.Method, op.Path, op.ID)
		if op.Deprecated {
			b.WriteString(" deprecated")
		}
		fmt.Fprintf(&b, "  (line %d)\n", op.PathPos.Line)
		if op.Summary != "" {
			fmt.Fprintf(&b, "summary: %s\n", op.Summary)
		}
		if op.Security != nil {
			fmt.Fprintf(&b, "security: %s required=%v\n", op.Security.Header, op.Security.Required)
		}
		for _, p := range op.Params {
			fmt.Fprintf(&b, "param %s %s", p.In, p.Name)
			if p.Required {
				b.WriteString(" required")
			}
			d.schema(p.Schema, 1)
		}
		if rb := op.RequestBody; rb != nil {
			d.body("request", rb)
		}
		for _, r := range op.Responses {
			fmt.Fprintf(&b, "response %s %q\n", r.Status, r.Description)
			for _, h := range r.Headers {
				fmt.Fprintf(&b, "  header %s", h.Name)
				d.schema(h.Schema, 2)
			}
			if r.Body != nil {
				d.body("  body", r.Body)
			}
		}
	}
	diags := append(res.Diags[:0:0], res.Diags...)
	diags.Sort()
	for _, x := range diags {
		fmt.Fprintf(&b, "%d: %s: %s [%s]\n", x.Pos.Line, x.Severity, x.Msg, x.Code)
	}
	return b.String()
}

type dumper struct {
	b    *strings.Builder
	seen map[*model.Schema]bool
}

func (d *dumper) body(label string, body *model.Body) {
	fmt.Fprintf(d.b, "%s", label)
	if body.MediaType != "" {
		fmt.Fprintf(d.b, " (%s)", body.MediaType)
	}
	indent := strings.Count(label, "  ") + 1
	if body.Schema == nil {
		d.b.WriteString(": no table\n")
	} else {
		d.schema(body.Schema, indent)
	}
	for _, ex := range body.Examples {
		summary := ""
		if ex.Summary != "" {
			summary = fmt.Sprintf(" %q", ex.Summary)
		}
		fmt.Fprintf(d.b, "%sexample %s%s (line %d) %s\n", strings.Repeat("  ", indent), ex.Name, summary, ex.Pos.Line, ex.JSON)
		for _, p := range ex.Problems {
			fmt.Fprintf(d.b, "%s  problem: %s\n", strings.Repeat("  ", indent), p)
		}
	}
}

// schema writes ": type…" after what the caller wrote, then the fields on
// their own lines at the given indent.
func (d *dumper) schema(s *model.Schema, indent int) {
	if s == nil {
		d.b.WriteString(": (none)\n")
		return
	}
	pad := strings.Repeat("  ", indent)
	d.b.WriteString(": ")
	if s.Name != "" {
		fmt.Fprintf(d.b, "%s ", s.Name)
		if d.seen[s] {
			d.b.WriteString("(above)\n")
			return
		}
		d.seen[s] = true
	}
	typ := s.Type
	if typ == "" {
		typ = "any"
	}
	if s.XMLName != "" {
		fmt.Fprintf(d.b, "<%s> ", s.XMLName)
	}
	d.b.WriteString(typ)
	if s.Format != "" {
		d.b.WriteString("/" + s.Format)
	}
	var facets []string
	if s.Nullable {
		facets = append(facets, "nullable")
	}
	if len(s.Enum) > 0 {
		facets = append(facets, "enum="+strings.Join(s.Enum, "|"))
	}
	if s.HasDefault {
		facets = append(facets, "default="+s.Default)
	}
	for _, l := range []struct {
		name string
		v    *float64
	}{{"min", s.Minimum}, {"max", s.Maximum}} {
		if l.v != nil {
			facets = append(facets, fmt.Sprintf("%s=%v", l.name, *l.v))
		}
	}
	for _, l := range []struct {
		name string
		v    *int64
	}{{"minLength", s.MinLength}, {"maxLength", s.MaxLength}} {
		if l.v != nil {
			facets = append(facets, fmt.Sprintf("%s=%d", l.name, *l.v))
		}
	}
	sort.Strings(facets)
	if len(facets) > 0 {
		d.b.WriteString(" " + strings.Join(facets, " "))
	}
	if s.Description != "" {
		fmt.Fprintf(d.b, " %q", s.Description)
	}
	d.b.WriteString("\n")
	if s.Items != nil {
		d.b.WriteString(pad + "items")
		d.schema(s.Items, indent+1)
	}
	if s.AdditionalProperties != nil {
		d.b.WriteString(pad + "values")
		d.schema(s.AdditionalProperties, indent+1)
	}
	for _, f := range s.Fields {
		fmt.Fprintf(d.b, "%s.%s", pad, f.Name)
		if f.Required {
			d.b.WriteString(" required")
		}
		if f.Nullable {
			d.b.WriteString(" nullable") // a named struct's member an example gives null
		}
		if f.Description != "" {
			fmt.Fprintf(d.b, " %q", f.Description) // the row's, beside a named struct
		}
		d.schema(f.Schema, indent+1)
	}
}
