package analyze

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator/internal/docparse"
)

// An example of a failed request goes to the page's first error status,
// whatever order the status table's codes are read in (they are kept in a
// map): the same page gives the same operation every time.
func TestFailureExampleStatusIsStable(t *testing.T) {
	const page = "# 删除书架\n\n## URI\n\nDELETE /v1/shelves/\\{shelf\\_id\\}\n\n" +
		"|参数|是否必选|参数类型|描述|\n|--|--|--|--|\n|shelf_id|是|String|书架ID。|\n\n" +
		"## 响应示例\n\n请求失败样例\n\n```\n{\"error_code\": \"LIB.0002\", \"error_msg\": \"Shelf not found.\"}\n```\n\n" +
		"## 状态码\n\n|状态码|描述|\n|--|--|\n|204|删除成功。|\n|500|服务异常。|\n|404|书架不存在。|\n|400|请求有误。|\n|409|书架非空。|\n|403|无权删除。|\n"
	for range 30 {
		r := AnalyzePage(docparse.Parse("删除书架.md", []byte(page)))
		require.NotNil(t, r.Operation)
		var with []string
		for _, resp := range r.Operation.Responses {
			if resp.Body != nil && len(resp.Body.Examples) > 0 {
				with = append(with, resp.Status)
			}
		}
		require.Equal(t, []string{"400"}, with)
	}
}
