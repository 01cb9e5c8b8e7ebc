package generator

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator/diag"
)

// A page with thousands of copies of one problem reports MaxDiagsPerCode of
// them and counts the rest.
func TestDiagnosticsCappedPerCode(t *testing.T) {
	var b strings.Builder
	b.WriteString("# T\n\n## URI\n\nGET /v1/x\n\n## 请求参数\n\n**表 1**  请求Body参数\n\n| 参数 | 参数类型 |\n|---|---|\n")
	for i := range 1000 {
		fmt.Fprintf(&b, "| a | String |\n| t%d | Objekt |\n", i)
	}
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "p.md"), []byte(b.String()), 0o644))
	res, err := Build(context.Background(), BuildOptions{Dirs: []string{dir}, Tag: "x"})
	require.NoError(t, err)
	codes := map[diag.Code]int{}
	var more []string
	for _, d := range res.Diags {
		codes[d.Code]++
		if d.Code == diag.TooManyDiagnostics {
			more = append(more, d.String())
		}
	}
	assert.Equal(t, map[diag.Code]int{diag.DuplicateParam: 100, diag.UnknownType: 100, diag.TooManyDiagnostics: 2}, codes)
	assert.Equal(t, []string{
		"p.md:214: warning: 900 more [unknown-type] diagnostics on this page not shown [too-many-diagnostics]",
		"p.md:215: warning: 899 more [duplicate-param] diagnostics on this page not shown [too-many-diagnostics]",
	}, more)
	assert.False(t, res.Diags.HasErrors(), "unknown types degrade their fields")
	assert.Equal(t, 202, res.Diags.Count(diag.Warning))
}
