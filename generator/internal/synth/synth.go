// Package synth writes synthetic API reference pages shaped like the real
// ones (the Huawei Cloud format of spec/docs/UpdateBackup.md), for
// measuring docspec at scales no real folder reaches.
//
// Write is deterministic: the same (n, seed) always gives the same files.
// Pages vary in method, path depth and parameters, number of tables and
// fields, field types, enums, limits and defaults; some object tables are
// shared by name (with the same structure) across pages, as real references
// share types such as Tag or PageInfo.
package synth

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

var nouns = []string{"vault", "backup", "policy", "member", "task", "resource", "checkpoint", "replica",
	"image", "volume", "snapshot", "server", "network", "port", "rule", "group", "quota", "job", "order",
	"bucket", "cluster", "node", "instance", "listener", "certificate", "domain", "record", "route"}

var nounsZH = []string{"存储库", "备份", "策略", "成员", "任务", "资源", "还原点", "副本", "镜像", "云硬盘",
	"快照", "云服务器", "网络", "端口", "规则", "分组", "配额", "作业", "订单", "桶", "集群", "节点", "实例",
	"监听器", "证书", "域名", "记录", "路由"}

var fieldWords = []string{"name", "id", "status", "description", "created_at", "updated_at", "size", "type",
	"project_id", "enterprise_project_id", "region", "az", "count", "enabled", "mode", "level", "limit",
	"offset", "version", "protocol", "address", "owner", "tags", "extra_info", "priority", "policy_id",
	"retention", "interval", "start_time", "end_time", "source", "target", "flavor", "capacity", "used"}

// shared are the object tables pages share by name; their fields depend
// only on the name, so every page documents the same structure.
var shared = []string{"Tag", "PageInfo", "Billing", "Link", "ErrorDetail", "Quota", "Schedule", "Capacity"}

// Write writes n pages into dir (created if needed), named page00001.md….
func Write(dir string, n int, seed int64) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		data := Page(i, seed)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("page%05d.md", i+1)), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Page returns the i-th page of the set seed describes.
func Page(i int, seed int64) []byte {
	g := &gen{r: rand.New(rand.NewPCG(uint64(seed), uint64(i))), i: i}
	return g.page()
}

type field struct {
	name     string
	typ      string // String, Integer, Long, Boolean, Float, Array of strings, object, array
	ref      string // object / array: the table it links to
	required bool
	enum     []string
	def      string
	min, max int
}

type table struct {
	name   string
	fields []field
}

type gen struct {
	r      *rand.Rand
	i      int
	b      strings.Builder
	tabNo  int
	tables map[string]*table // by name, for examples
}

func (g *gen) pick(s []string) string { return s[g.r.IntN(len(s))] }

func camel(s string) string {
	var b strings.Builder
	for _, p := range strings.Split(s, "_") {
		if p != "" {
			b.WriteString(strings.ToUpper(p[:1]) + p[1:])
		}
	}
	return b.String()
}

// sharedTable is the fixed structure of a shared table.
func sharedTable(name string) *table {
	r := rand.New(rand.NewPCG(uint64(len(name)), uint64(name[0])*31+uint64(name[len(name)-1])))
	t := &table{name: name}
	n := 2 + r.IntN(4)
	for k := 0; k < n; k++ {
		f := field{name: fieldWords[(k*7+len(name))%len(fieldWords)]}
		switch r.IntN(3) {
		case 0:
			f.typ = "String"
		case 1:
			f.typ = "Integer"
		default:
			f.typ = "Boolean"
		}
		t.fields = append(t.fields, uniqueName(t.fields, f))
	}
	return t
}

func uniqueName(fs []field, f field) field {
	base := f.name
	for k := 2; ; k++ {
		dup := false
		for _, o := range fs {
			if o.name == f.name {
				dup = true
			}
		}
		if !dup {
			return f
		}
		f.name = fmt.Sprintf("%s_%d", base, k)
	}
}

// object makes a page's own object table and the tables it links to.
func (g *gen) object(name string, depth int, request bool) []*table {
	t := &table{name: name}
	out := []*table{t}
	n := 2 + g.r.IntN(8)
	for k := 0; k < n; k++ {
		f := uniqueName(t.fields, field{name: g.pick(fieldWords), required: request && g.r.IntN(3) == 0})
		switch x := g.r.IntN(20); {
		case x < 7:
			f.typ = "String"
			if g.r.IntN(4) == 0 {
				f.min, f.max = 1, 64+g.r.IntN(192)
			}
			if g.r.IntN(5) == 0 {
				for e := 0; e < 2+g.r.IntN(4); e++ {
					f.enum = append(f.enum, fmt.Sprintf("%s_%d", g.pick(fieldWords), e))
				}
			}
		case x < 10:
			f.typ = "Integer"
			if g.r.IntN(3) == 0 {
				f.min, f.max = 1, 100+g.r.IntN(10000)
			}
			if g.r.IntN(4) == 0 {
				f.def = fmt.Sprint(1 + g.r.IntN(50))
			}
		case x < 12:
			f.typ = "Boolean"
			if g.r.IntN(3) == 0 {
				f.def = "false"
			}
		case x < 13:
			f.typ = "Long"
		case x < 14:
			f.typ = "Float"
		case x < 15:
			f.typ = "Array of strings"
		case x < 17 && depth < 2:
			f.typ = "object"
			f.ref = name + camel(f.name)
			out = append(out, g.object(f.ref, depth+1, request)...)
		case x < 18 && depth < 2:
			f.typ = "array"
			f.ref = name + camel(f.name) + "Item"
			out = append(out, g.object(f.ref, depth+1, request)...)
		case x < 20:
			f.typ = "object"
			f.ref = g.pick(shared)
			if g.r.IntN(2) == 0 {
				f.typ = "array"
			}
		default:
			f.typ = "String"
		}
		t.fields = append(t.fields, f)
	}
	return out
}

func (g *gen) w(format string, args ...any) { fmt.Fprintf(&g.b, format, args...) }

func (g *gen) page() []byte {
	noun := nouns[g.i%len(nouns)]
	zh := nounsZH[g.i%len(nounsZH)]
	series := g.i / len(nouns)
	res := fmt.Sprintf("%ss%d", noun, series)
	Res := camel(noun) + fmt.Sprint(series)
	methods := []string{"GET", "POST", "PUT", "DELETE", "GET", "POST"}
	verbs := map[string][2]string{"GET": {"Show", "查询"}, "POST": {"Create", "创建"}, "PUT": {"Update", "更新"}, "DELETE": {"Delete", "删除"}}
	// Each resource series has one page per method slot, so routes are unique.
	slot := g.i % len(methods)
	method := methods[slot]
	if (g.i/len(nouns))%2 == 1 {
		method = methods[(slot+3)%len(methods)]
	}
	v := verbs[method]
	opID := fmt.Sprintf("%s%sN%d", v[0], Res, g.i)
	g.tables = map[string]*table{}

	path := fmt.Sprintf("/v3/{project_id}/%s/n%d", res, g.i)
	pathParams := []string{"project_id"}
	if g.r.IntN(2) == 0 {
		id := noun + "_id"
		path += "/{" + id + "}"
		pathParams = append(pathParams, id)
	}
	if g.r.IntN(4) == 0 {
		path += "/" + g.pick(fieldWords)
	}

	g.w("# %s%s%d<a name=\"%s\"></a>\n\n", v[1], zh, g.i, opID)
	g.w("## 功能介绍\n\n%s指定的%s（第%d页）。\n\n", v[1], zh, g.i)
	g.w("## URI\n\n%s %s\n\n", method, escapeMD(path))
	g.caption("路径参数", "")
	g.open(true)
	for _, p := range pathParams {
		g.row(true, p, "是", "String", p+"的说明。", nil)
	}
	g.close()

	g.w("## 请求参数\n\n")
	if method == "GET" && g.r.IntN(2) == 0 {
		g.caption("Query参数", "")
		g.open(true)
		g.row(true, "limit", "否", "Integer", "每页个数。", []string{"最小值：<strong>1</strong>", "最大值：<strong>1000</strong>", "缺省值：<strong>100</strong>"})
		g.row(true, "offset", "否", "Integer", "偏移量。", []string{"最小值：<strong>0</strong>"})
		g.close()
	}
	g.caption("请求Header参数", "HeaderParameter")
	g.open(true)
	g.row(true, "X-Auth-Token", "是", "String", "用户Token。 通过调用IAM服务获取用户Token接口获取（响应消息头中X-Subject-Token的值）。", nil)
	g.close()

	var reqTables []*table
	if method == "POST" || method == "PUT" {
		reqTables = g.object(Res+"N"+fmt.Sprint(g.i)+"Req", 0, true)
		g.bodyTables("请求Body参数", "request", reqTables, true)
	}

	g.w("## 响应参数\n\n")
	status := "200"
	if method == "POST" && g.r.IntN(3) == 0 {
		status = "201"
	}
	var respTables []*table
	if method == "DELETE" {
		status = "204"
		g.w("**状态码： 204**\n\nNo Content\n\n")
	} else {
		g.w("**状态码： %s**\n\n", status)
		respTables = g.object(Res+"N"+fmt.Sprint(g.i)+"Resp", 0, false)
		g.bodyTables("响应Body参数", "response", respTables, false)
	}
	g.w("**状态码： 400**\n\n")
	g.bodyTables("响应Body参数", "response", []*table{{name: "ErrorResponse", fields: []field{
		{name: "error_code", typ: "String"}, {name: "error_msg", typ: "String"}}}}, false)

	g.w("## 请求示例\n\n")
	if reqTables != nil {
		g.w("-   %s%s\n\n    ```\n    %s https://{endpoint}%s\n\n", v[1], zh, method, path)
		g.example(reqTables[0], "    ")
		g.w("    ```\n\n")
	} else {
		g.w("无\n\n")
	}
	g.w("## 响应示例\n\n")
	if respTables != nil {
		g.w("**状态码： %s**\n\nOK\n\n```\n", status)
		g.example(respTables[0], "")
		g.w("```\n\n")
	}
	g.w("**状态码： 400**\n\nBad Request\n\n```\n{\n  \"error_code\" : \"BCB.00000001\",\n  \"error_msg\" : \"bad request\"\n}\n```\n\n")

	g.w("## 状态码\n\n<a name=\"status_code\"></a>\n")
	g.w("<table><thead align=\"left\"><tr><th class=\"cellrowborder\" valign=\"top\" width=\"15%%\" id=\"mcps1.1.3.1.1\"><p>状态码 </p>\n</th>\n")
	g.w("<th class=\"cellrowborder\" valign=\"top\" width=\"85%%\" id=\"mcps1.1.3.1.2\"><p>描述</p>\n</th>\n</tr>\n</thead>\n<tbody>")
	for _, s := range [][2]string{{status, "OK"}, {"400", "Bad Request"}} {
		g.w("<tr><td class=\"cellrowborder\" valign=\"top\" width=\"15%%\" headers=\"mcps1.1.3.1.1 \"><p>%s</p>\n</td>\n", s[0])
		g.w("<td class=\"cellrowborder\" valign=\"top\" width=\"85%%\" headers=\"mcps1.1.3.1.2 \"><p>%s</p>\n</td>\n</tr>\n", s[1])
	}
	g.w("</tbody>\n</table>\n\n## 错误码\n\n请参见[错误码](错误码.md)。\n\n")
	return []byte(g.b.String())
}

func escapeMD(s string) string {
	r := strings.NewReplacer("{", `\{`, "}", `\}`, "_", `\_`)
	return r.Replace(s)
}

func (g *gen) caption(title, anchor string) {
	g.tabNo++
	g.w("**表 %d**  %s\n\n", g.tabNo, title)
	if anchor != "" {
		g.w("<a name=\"%s\"></a>\n", anchor)
	}
}

func (g *gen) open(required bool) {
	g.w("<table><thead align=\"left\"><tr>")
	cols := []string{"参数", "是否必选", "参数类型", "描述"}
	if !required {
		cols = []string{"参数", "参数类型", "描述"}
	}
	for k, c := range cols {
		g.w("<th class=\"cellrowborder\" valign=\"top\" width=\"20%%\" id=\"mcps1.2.%d.1.%d\"><p>%s</p>\n</th>\n", len(cols)+1, k+1, c)
	}
	g.w("</tr>\n</thead>\n<tbody>")
}

func (g *gen) close() { g.w("</tbody>\n</table>\n\n") }

func (g *gen) row(required bool, name, req, typ, desc string, extra []string) {
	cells := []string{"<p>" + name + "</p>"}
	if required {
		cells = append(cells, "<p>"+req+"</p>")
	}
	cells = append(cells, "<p>"+typ+"</p>")
	d := "<p>" + desc + "</p>"
	for _, e := range extra {
		d += "\n" + e
	}
	cells = append(cells, d)
	g.w("<tr>")
	for k, c := range cells {
		g.w("<td class=\"cellrowborder\" valign=\"top\" width=\"20%%\" headers=\"mcps1.2.%d.1.%d \">%s\n</td>\n", len(cells)+1, k+1, c)
	}
	g.w("</tr>\n")
}

// bodyTables writes a body table and the object tables it links to; kind is
// "request" or "response" (the anchor prefix).
func (g *gen) bodyTables(caption, kind string, ts []*table, required bool) {
	written := map[string]bool{}
	var queue []*table
	queue = append(queue, ts...)
	for k := 0; k < len(queue); k++ {
		t := queue[k]
		if written[t.name] {
			continue
		}
		written[t.name] = true
		g.tables[t.name] = t
		title := t.name
		if k == 0 {
			title = caption
		}
		g.caption(title, kind+"_"+t.name)
		g.open(required)
		for _, f := range t.fields {
			typ := f.typ
			switch f.typ {
			case "object":
				typ = fmt.Sprintf("<a href=\"#%s_%s\">%s</a> object", kind, f.ref, f.ref)
			case "array":
				typ = fmt.Sprintf("Array of <a href=\"#%s_%s\">%s</a> objects", kind, f.ref, f.ref)
			}
			if f.ref != "" && !written[f.ref] && !inQueue(queue, f.ref) {
				st := findTable(ts, f.ref)
				if st == nil {
					st = sharedTable(f.ref)
				}
				queue = append(queue, st)
			}
			var extra []string
			if f.min != 0 || f.max != 0 {
				if f.typ == "String" {
					extra = append(extra, fmt.Sprintf("<p>最小长度：<strong>%d</strong></p>", f.min), fmt.Sprintf("<p>最大长度：<strong>%d</strong></p>", f.max))
				} else {
					extra = append(extra, fmt.Sprintf("<p>最小值：<strong>%d</strong></p>", f.min), fmt.Sprintf("<p>最大值：<strong>%d</strong></p>", f.max))
				}
			}
			if f.def != "" {
				extra = append(extra, fmt.Sprintf("<p>缺省值：<strong>%s</strong></p>", f.def))
			}
			if len(f.enum) > 0 {
				e := "<p>枚举值：</p>\n<ul>"
				for _, v := range f.enum {
					e += "<li><p><strong>" + v + "</strong></p>\n</li>"
				}
				extra = append(extra, e+"</ul>")
			}
			req := "否"
			if f.required {
				req = "是"
			}
			g.row(required, f.name, req, typ, "参数"+f.name+"的说明，"+strings.Repeat("详细描述。", 1+len(f.name)%4), extra)
		}
		g.close()
	}
}

func inQueue(q []*table, name string) bool {
	for _, t := range q {
		if t.name == name {
			return true
		}
	}
	return false
}

func findTable(ts []*table, name string) *table {
	for _, t := range ts {
		if t.name == name {
			return t
		}
	}
	return nil
}

// example writes a JSON example that matches the table.
func (g *gen) example(t *table, indent string) {
	var b strings.Builder
	g.value(&b, t, indent, 0)
	for _, l := range strings.Split(b.String(), "\n") {
		g.w("%s%s\n", indent, l)
	}
}

func (g *gen) value(b *strings.Builder, t *table, indent string, depth int) {
	pad := strings.Repeat("  ", depth)
	b.WriteString("{\n")
	for k, f := range t.fields {
		fmt.Fprintf(b, "%s  %q : ", pad, f.name)
		switch f.typ {
		case "String":
			if len(f.enum) > 0 {
				fmt.Fprintf(b, "%q", f.enum[0])
			} else {
				b.WriteString(`"string"`)
			}
		case "Integer", "Long":
			b.WriteString(fmt.Sprint(max(f.min, 1)))
		case "Float":
			b.WriteString("1.5")
		case "Boolean":
			b.WriteString("true")
		case "Array of strings":
			b.WriteString(`[ "string" ]`)
		case "object", "array":
			sub := g.tables[f.ref]
			if sub == nil {
				sub = sharedTable(f.ref)
			}
			if f.typ == "array" {
				b.WriteString("[ ")
			}
			g.value(b, sub, indent, depth+1)
			if f.typ == "array" {
				b.WriteString(" ]")
			}
		}
		if k < len(t.fields)-1 {
			b.WriteString(",")
		}
		b.WriteString("\n")
	}
	b.WriteString(pad + "}")
}
