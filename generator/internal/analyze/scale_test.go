package analyze

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator/internal/docparse"
)

// widePage has a body table and a query table of n rows each, the URI line
// names n query items, and every name appears twice.
func widePage(n int) []byte {
	var b strings.Builder
	b.WriteString("# Wide\n\n## URI\n\nGET /v1/{id}/x?")
	for i := range n {
		fmt.Fprintf(&b, "u%d=1&", i)
	}
	b.WriteString("u0=2\n\n## 请求参数\n\n**表 1**  Query参数\n\n| 参数 | 参数类型 |\n|---|---|\n")
	for i := range n {
		fmt.Fprintf(&b, "| q%d | String |\n", i)
	}
	b.WriteString("| q0 | Integer |\n\n**表 2**  请求Body参数\n\n| 参数 | 参数类型 |\n|---|---|\n")
	for i := range n {
		fmt.Fprintf(&b, "| f%d | String |\n", i)
	}
	b.WriteString("| f0 | Integer |\n")
	return []byte(b.String())
}

// Duplicate rows are still reported once each, with the first kept.
func TestWideTables(t *testing.T) {
	r := AnalyzePage(docparse.Parse("wide.md", widePage(50)))
	require.NotNil(t, r.Operation)
	var dups []string
	for _, d := range r.Diags {
		if d.Code == "duplicate-param" {
			dups = append(dups, d.Msg)
		}
	}
	assert.Equal(t, []string{
		`query parameter "q0" is documented twice (first at line 13): the first is kept`,
		`property "f0" is documented twice in table "请求Body参数" (first at line 69): the first is kept`,
	}, dups)
	in := map[string]int{}
	for _, p := range r.Operation.Params {
		in[p.In]++
	}
	assert.Equal(t, map[string]int{"path": 1, "query": 100}, in)
	require.NotNil(t, r.Operation.RequestBody)
	assert.Len(t, r.Operation.RequestBody.Schema.Fields, 50)
}

// BenchmarkWideTables: the work per row must not grow with the table.
func BenchmarkWideTables(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		src := widePage(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				AnalyzePage(docparse.Parse("wide.md", src))
			}
		})
	}
}
