package generator

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator/diag"
)

// buildSeeds are small pages in the documentation format and broken fragments.
var buildSeeds = []string{
	"",
	"# Get<a name=\"Get\"></a>\n\n## URI\n\nGET /v1/{project_id}/things/{id}\n\n" +
		"**表 1**  路径参数\n\n<table><thead><tr><th><p>参数</p></th><th><p>是否必选</p></th><th><p>参数类型</p></th><th><p>描述</p></th></tr></thead>\n" +
		"<tbody><tr><td><p>project_id</p></td><td><p>是</p></td><td><p>String</p></td><td><p>项目ID</p></td></tr>\n" +
		"<tr><td><p>id</p></td><td><p>是</p></td><td><p>String</p></td><td><p>ID</p></td></tr></tbody></table>\n\n" +
		"## 响应参数\n\n**表 2**  响应Body参数\n\n<table><thead><tr><th><p>参数</p></th><th><p>参数类型</p></th><th><p>描述</p></th></tr></thead>\n" +
		"<tbody><tr><td><p>thing</p></td><td><p><a href=\"#Get__response_Thing\">Thing</a> object</p></td><td><p>x</p></td></tr></tbody></table>\n\n" +
		"**表 3**  Thing\n\n<a name=\"Get__response_Thing\"></a>\n<table><thead><tr><th><p>参数</p></th><th><p>参数类型</p></th><th><p>描述</p></th></tr></thead>\n" +
		"<tbody><tr><td><p>name</p></td><td><p>String</p></td><td><p>最大长度：64</p></td></tr>\n" +
		"<tr><td><p>child</p></td><td><p><a href=\"#Get__response_Thing\">Thing</a> object</p></td><td><p>loop</p></td></tr></tbody></table>\n\n" +
		"## 请求示例\n\n无\n\n## 响应示例\n\n**状态码： 200**\n\nOK\n\n```\n{\"thing\": {\"name\": \"a\"}}\n```\n\n## 状态码\n\n| 状态码 | 描述 |\n|---|---|\n| 200 | OK |\n",
	"## URI\n\nPOST /v1/x\n\n## 请求参数\n\n**表 1**  请求Body参数\n\n| 参数 | 是否必选 | 参数类型 | 描述 |\n|---|---|---|---|\n| a | 是 | Integer | 取值范围：1-10 |\n| b | 否 | Array of strings | 枚举值：x, y |\n| a | 否 | Objekt | dup |\n",
	"## URI\n\nFETCH /v1/x\n",
	"## URI\n\nGET\n",
	"## URI\n\nGET /v1/{id\n",
	"## URI\n\nGET /v1/x?a=1&b\n\n## 请求参数\n\n<table><tr><td>x\n",
	"## 请求示例\n\n```\n{\"a\": [1, 2, {\"b\": \n```\n",
}

func addBuildSeeds(f *testing.F) {
	for _, s := range buildSeeds {
		f.Add([]byte(s))
	}
	if data, err := os.ReadFile(filepath.Join("..", "spec", "docs", "UpdateBackup.md")); err == nil {
		f.Add(data)
		f.Add(data[:len(data)/2]) // truncated mid-table
	}
	cases, _ := filepath.Glob(filepath.Join("testdata", "malformed", "*", "docs", "*.md"))
	for _, c := range cases {
		if data, err := os.ReadFile(c); err == nil && len(data) < 1<<20 {
			f.Add(data)
		}
	}
}

// FuzzBuild runs one page through the whole build (parse, analyze, merge,
// spec, validation, YAML) and checks the invariants: no panic, the same
// result twice, diagnostics sorted and inside the page, and a spec that
// reloads and validates whenever there is no error.
func FuzzBuild(f *testing.F) {
	addBuildSeeds(f)
	f.Fuzz(func(t *testing.T, page []byte) {
		tm := time.AfterFunc(20*time.Second, func() {
			panic(fmt.Sprintf("build of a %d-byte page took more than 20s", len(page)))
		})
		defer tm.Stop()
		dir := t.TempDir()
		require.NoError(t, os.WriteFile(filepath.Join(dir, "page.md"), page, 0o644))
		opts := BuildOptions{Dirs: []string{dir}, Tag: "svc", Jobs: 1}
		r1, err := Build(context.Background(), opts)
		require.NoError(t, err)
		r2, err := Build(context.Background(), opts)
		require.NoError(t, err)
		require.Equal(t, r1.Diags.String(), r2.Diags.String(), "diagnostics differ between two runs")
		require.Equal(t, string(r1.YAML), string(r2.YAML), "spec differs between two runs")

		require.True(t, sort.IsSorted(r1.Diags), "diagnostics not sorted:\n%s", r1.Diags)
		lines := strings.Count(string(page), "\n") + strings.Count(string(page), "\r") + 1
		pagePath := filepath.ToSlash(filepath.Join(dir, "page.md"))
		for _, d := range r1.Diags {
			// a page never makes the document invalid: what analyze lets
			// through, OpenAPI accepts
			require.NotEqual(t, diag.InvalidSpec, d.Code, "%s", d)
			if d.Pos.File != pagePath {
				// folder-level diagnostics (no pages, no operations, the whole document)
				require.Equal(t, diag.Pos{File: filepath.ToSlash(dir)}, d.Pos, "neither on the page nor at the folder: %s", d)
				continue
			}
			require.True(t, d.Pos.Line >= 1 && d.Pos.Line <= lines, "position outside the %d-line page: %s", lines, d)
		}
		if r1.Diags.HasErrors() {
			require.Nil(t, r1.YAML, "a build with errors must not produce a spec")
			return
		}
		require.NotEmpty(t, r1.YAML)
		loader := openapi3.NewLoader()
		doc, err := loader.LoadFromData(r1.YAML)
		require.NoError(t, err, "written spec does not reload")
		require.NoError(t, doc.Validate(context.Background(), openapi3.DisableExamplesValidation()), "written spec does not validate")
	})
}
