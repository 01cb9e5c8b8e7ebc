package analyze

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator/internal/docparse"
)

func cell(paras ...docparse.Para) docparse.Cell { return docparse.Cell{Paras: paras} }

// proseCell builds a description cell: one paragraph per text, a list item
// when the text starts with "•".
func proseCell(texts ...string) docparse.Cell {
	var c docparse.Cell
	for _, t := range texts {
		item := strings.HasPrefix(t, "•")
		c.Paras = append(c.Paras, docparse.Para{Text: strings.TrimPrefix(t, "•"), Item: item})
	}
	return c
}

func TestReadFacets(t *testing.T) {
	// Seed generation: plain values, enum as a list.
	f := readFacets(cell(
		docparse.Para{Text: "备份支持恢复的方式。"},
		docparse.Para{Text: "缺省值：na"},
		docparse.Para{Text: "枚举值："},
		docparse.Para{Text: "na", Item: true},
		docparse.Para{Text: "backup", Item: true},
	), "f")
	assert.Equal(t, "备份支持恢复的方式。", f.Desc)
	assert.Equal(t, []string{"na", "backup"}, f.Enum)
	assert.True(t, f.HasDefault)
	assert.Equal(t, "na", f.Default)

	// Current generation: values in <strong>.
	f = readFacets(cell(
		docparse.Para{Text: "每页条数"},
		docparse.Para{Text: "最小值：1", Strong: []string{"1"}},
		docparse.Para{Text: "最大值：1000", Strong: []string{"1000"}},
		docparse.Para{Text: "缺省值：Small", Strong: []string{"Small"}},
	), "f")
	assert.Equal(t, 1.0, *f.Min)
	assert.Equal(t, 1000.0, *f.Max)
	assert.Equal(t, "Small", f.Default)

	// English keys in any letter case.
	f = readFacets(cell(
		docparse.Para{Text: "Page size."},
		docparse.Para{Text: "MINIMUM: 1"},
		docparse.Para{Text: "Default Value: 10"},
	), "f")
	assert.Equal(t, "Page size.", f.Desc)
	assert.Equal(t, 1.0, *f.Min)
	assert.Equal(t, "10", f.Default)

	// Pipe cells run facets together; a value may appear earlier in the prose.
	f = readFacets(cell(docparse.Para{
		Text:   "带宽类型 取值范围：WHOLE，PER 表示独享带宽枚举值：WHOLEPER最小长度：0最大长度：36",
		Strong: []string{"WHOLE", "PER", "0", "36"},
	}), "f")
	assert.Equal(t, "带宽类型 取值范围：WHOLE，PER 表示独享带宽", f.Desc)
	assert.Equal(t, []string{"WHOLE", "PER"}, f.Enum)
	assert.Equal(t, int64(0), *f.MinLen)
	assert.Equal(t, int64(36), *f.MaxLen)
}

// TestKeyedFacetsKeepWhatTheyCannotRead: a keyed facet whose value cannot
// be read, or that says more than its value, stays in the description.
func TestKeyedFacetsKeepWhatTheyCannotRead(t *testing.T) {
	f := readFacets(proseCell("磁盘类型。", "枚举值：DSS（专属存储类型）"), "f")
	assert.Equal(t, []string{"DSS"}, f.Enum)
	assert.Equal(t, "磁盘类型。", f.Desc)

	f = readFacets(proseCell("是否开启。", "默认值：false，表示不开启。"), "f")
	assert.Equal(t, "false", f.Default)
	assert.Equal(t, "是否开启。\n默认值：false，表示不开启。", f.Desc)

	f = readFacets(proseCell("弹性IP类型。", "枚举值：", "•5_bgp：全动态BGP", "•5_sbgp：静态BGP"), "f")
	assert.Equal(t, []string{"5_bgp", "5_sbgp"}, f.Enum)

	f = readFacets(proseCell("类型。", "枚举值：", "•单值：一个返回码", "•列表：多个返回码"), "f")
	assert.Empty(t, f.Enum)
	assert.Equal(t, "类型。\n枚举值：\n单值：一个返回码\n列表：多个返回码", f.Desc)

	f = readFacets(proseCell("Bandwidth type. Enumerated values: PER (indicates exclusive bandwidth) and WHOLE (indicates sharing)"), "f")
	assert.Equal(t, []string{"PER", "WHOLE"}, f.Enum)
}

// proseCase is a description and what it gives for a field of a type.
type proseCase struct {
	name   string
	field  string // "field" when empty
	typ    string
	texts  []string
	enum   []string
	def    string // "" for none
	min    string // "lo..hi" of a numeric range, "" for none
	length string // "lo..hi" of a length range ("..hi" for a maximum), "" for none
}

func runProseCases(t *testing.T, cases []proseCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			field := tc.field
			if field == "" {
				field = "field"
			}
			f := readFacets(proseCell(tc.texts...), field).forType(tc.typ)
			assert.Equal(t, tc.enum, f.Enum, "enum")
			if tc.def == "" {
				assert.False(t, f.HasDefault, "no default, got %q", f.Default)
			} else {
				assert.True(t, f.HasDefault, "default")
				assert.Equal(t, tc.def, f.Default, "default")
			}
			assert.Equal(t, tc.min, rangeString(f.Min, f.Max), "range")
			assert.Equal(t, tc.length, lengthString(f.MinLen, f.MaxLen), "length")
		})
	}
}

func rangeString(lo, hi *float64) string {
	if lo == nil && hi == nil {
		return ""
	}
	s := ""
	if lo != nil {
		s = fmtNum(*lo)
	}
	s += ".."
	if hi != nil {
		s += fmtNum(*hi)
	}
	return s
}

func lengthString(lo, hi *int64) string {
	if lo == nil && hi == nil {
		return ""
	}
	f := func(p *int64) *float64 {
		if p == nil {
			return nil
		}
		v := float64(*p)
		return &v
	}
	return rangeString(f(lo), f(hi))
}

// TestProseEnums: every notation of a list of values.
func TestProseEnums(t *testing.T) {
	runProseCases(t, []proseCase{
		// Chinese: an intro, then list items "VALUE：meaning"
		{name: "zh items after 取值范围", typ: "string", texts: []string{"证书类型。", "取值范围：", "•server：服务端证书；", "•client：CA证书。"}, enum: []string{"server", "client"}},
		{name: "zh a count of the values after them", typ: "string", texts: []string{"安全策略。取值包括：tls-1-0, tls-1-1, tls-1-2多种安全策略。"}, enum: []string{"tls-1-0", "tls-1-1", "tls-1-2"}},
		{name: "zh support verb and what to give", typ: "string", texts: []string{"功能说明：NTP地址名称。约束：目前只支持填写字符串“ntp”或“addresstime”。"}, enum: []string{"ntp", "addresstime"}},
		{name: "en lists per case", typ: "string", texts: []string{"Specifies the replication mode.", "For MySQL, the value is async or semisync.", "For PostgreSQL, the value is async or sync."}, enum: []string{"async", "semisync", "sync"}},
		{name: "zh lists per case", typ: "string", texts: []string{"节点类型。对于集群实例，取值为mongos、shard或config。对于副本集实例，取值为replica。"}, enum: []string{"mongos", "shard", "config", "replica"}},
		{name: "zh items after 取值如下 without colon", typ: "string", texts: []string{"集群状态，取值如下", "•Available：可用。", "•Empty：无任何资源。"}, enum: []string{"Available", "Empty"}},
		{name: "zh items, then a label", typ: "string", texts: []string{"规则类型。取值：", "•HOST_NAME：匹配域名。", "•PATH：匹配路径。", "•说明：仅支持一条。"}, enum: []string{"HOST_NAME", "PATH"}},
		{name: "zh items VALUE 表示", typ: "string", texts: []string{"方向。", "取值范围：", "•ingress 表示入方向", "•egress表示出方向"}, enum: []string{"ingress", "egress"}},
		{name: "zh items VALUE，meaning", typ: "string", texts: []string{"健康状态，取值：", "•ONLINE，正常运行。", "•OFFLINE，已下线。"}, enum: []string{"ONLINE", "OFFLINE"}},
		{name: "zh items quoted", typ: "string", texts: []string{"网关规格。", "取值为：", "•“1”：小型", "•“2”：中型"}, enum: []string{"1", "2"}},
		{name: "zh items with alternatives", typ: "string", texts: []string{"是否删除，枚举取值：", "•true或block (阻塞)", "•try (忽略)", "•false或skip (跳过)"}, enum: []string{"true", "block", "try", "false", "skip"}},
		{name: "zh items with the default marked", typ: "string", texts: []string{"排序。可选值如下：", "•asc：递增排序", "•desc：递减排序（默认值）"}, enum: []string{"asc", "desc"}, def: "desc"},
		{name: "zh integer items", typ: "integer", texts: []string{"标签类型。可选值如下：", "•0：图像分类", "•1：物体检测"}, enum: []string{"0", "1"}},
		{name: "zh items in an item intro", typ: "string", texts: []string{"•功能说明：状态", "•取值范围：", "•CREATING：创建中。", "•OK：创建成功。", "•约束：只读。"}, enum: []string{"CREATING", "OK"}},
		// Chinese: inline lists
		{name: "zh inline 、和或", typ: "string", texts: []string{"镜像格式，取值为vhd、zvhd、raw或qcow2。"}, enum: []string{"vhd", "zvhd", "raw", "qcow2"}},
		{name: "zh inline true/false", typ: "string", texts: []string{"是否共享。取值：true/false。"}, enum: []string{"true", "false"}},
		{name: "zh enum written as a range", typ: "string", texts: []string{"失败策略，取值范围为DoNothing/Rollback。"}, enum: []string{"DoNothing", "Rollback"}},
		{name: "zh inline quoted", typ: "string", texts: []string{"是否为ARM镜像。取值为“true”或者“false”。"}, enum: []string{"true", "false"}},
		{name: "zh inline 可选值 with default", typ: "string", texts: []string{"排序方向。可选值：“asc”、“desc”，默认为“desc”。"}, enum: []string{"asc", "desc"}, def: "desc"},
		{name: "zh inline 枚举值为", typ: "string", texts: []string{"缓存引擎。枚举值为Redis、Memcached。"}, enum: []string{"Redis", "Memcached"}},
		{name: "zh inline 当前支持：", typ: "string", texts: []string{"链接仓库协议。当前支持：ssh，https。"}, enum: []string{"ssh", "https"}},
		{name: "zh inline 目前支持", typ: "string", texts: []string{"镜像文件格式。目前支持vhd、zvhd、raw、qcow2。"}, enum: []string{"vhd", "zvhd", "raw", "qcow2"}},
		{name: "zh 支持 before a colon", typ: "string", texts: []string{"协议。支持：TCP、UDP。"}, enum: []string{"TCP", "UDP"}},
		{name: "zh 值为 at a clause's start", typ: "string", texts: []string{"创建位置，默认为在共享池中创建。", "值为：shared或dedicated。", "shared：表示共享池。"}, enum: []string{"shared", "dedicated"}},
		{name: "zh 值为 quoted", typ: "string", texts: []string{"密钥类型，值为 “ssh” 或 “x509” 。"}, enum: []string{"ssh", "x509"}},
		{name: "zh 值为 one value per case", typ: "integer", texts: []string{"是否强制卸载。", "是，值为“1”。", "否，值为“0”。", "默认值为0。"}, enum: []string{"1", "0"}, def: "0"},
		{name: "zh versions as alternatives", typ: "string", texts: []string{"取值为v1/v2。"}, enum: []string{"v1", "v2"}},
		{name: "zh a note before the colon", typ: "string", texts: []string{"排序方法。", "取值范围（区分大小写）：", "•asc：升序", "•desc：降序"}, enum: []string{"asc", "desc"}},
		{name: "en a note before the colon", typ: "string", texts: []string{"Specifies the sorting method.", "The value can be (case sensitive):", "•asc: ascending order", "•desc: descending order"}, enum: []string{"asc", "desc"}},
		{name: "zh inline 可设置为", typ: "string", texts: []string{"仓库类型，可设置为app_server, linux, database。"}, enum: []string{"app_server", "linux", "database"}},
		{name: "zh inline then comma and prose", typ: "string", texts: []string{"是否可见，取值为true或false，默认取true。"}, enum: []string{"true", "false"}, def: "true"},
		{name: "zh inline with meanings", typ: "string", texts: []string{"规则方向。取值范围：ingress（入方向）/egress（出方向）"}, enum: []string{"ingress", "egress"}},
		{name: "en attribute names, uuid one of them", typ: "string", texts: []string{"Sorts query results by attribute.", "Options: created_at, host, uuid, and vm_state"}, enum: []string{"created_at", "host", "uuid", "vm_state"}},
		{name: "en one value after an intro", typ: "string", texts: []string{"Specifies the resource type. The option is as follows:", "shelf_tag: indicates that the resource type is a shelf."}, enum: []string{"shelf_tag"}},
		{name: "zh items that say the value is", typ: "string", texts: []string{"任务执行状态。", "取值：", "•值为“Running”，表示任务正在执行。", "•值为“Failed”，表示任务执行失败。"}, enum: []string{"Running", "Failed"}},
		{name: "zh items run together", typ: "string", texts: []string{"状态。ACTIVE：运行中BUILD：创建中ERROR：故障"}, enum: []string{"ACTIVE", "BUILD", "ERROR"}},
		{name: "zh inline A：…；B：…", typ: "string", texts: []string{"任务状态，目前取值如下：SUCCESS：任务执行成功；FAIL：任务执行失败。"}, enum: []string{"SUCCESS", "FAIL"}},
		{name: "zh inline for an integer", typ: "integer", texts: []string{"等级，取值为1、2或3。"}, enum: []string{"1", "2", "3"}},
		{name: "zh two words between separators", typ: "string", texts: []string{"平台，取值为Windows、Oracle Linux和Other。"}, enum: []string{"Windows", "Oracle Linux", "Other"}},
		{name: "en item meaning verb", typ: "string", texts: []string{"Specifies the boot mode. Available values include:", "•bios indicates the BIOS boot mode.", "•uefi indicates the UEFI boot mode."}, enum: []string{"bios", "uefi"}},
		{name: "zh clauses VALUE：含义", typ: "string", texts: []string{"IAM用户的密码强度。high：密码强度高；mid：密码强度中等；low：密码强度低。"}, enum: []string{"high", "mid", "low"}},
		{name: "zh clauses VALUE：含义 whose meaning goes on", typ: "string", texts: []string{"版本状态：CURRENT：表示该版本为主推版本。SUPPORTED：表示为老版本，但是现在还继续支持。DEPRECATED：表示为废弃版本，存在后续删除的可能。"}, enum: []string{"CURRENT", "SUPPORTED", "DEPRECATED"}},
		{name: "zh clauses after a label, the default marked", typ: "string", texts: []string{"订购周期类型，当前支持包月和包年： month：月（默认）； year：年；"}, enum: []string{"month", "year"}, def: "month"},
		{name: "en clauses VALUE indicates", typ: "string", texts: []string{"Whether the disk is a system disk or a data disk. DATA indicates a data disk. SYS indicates a system disk."}, enum: []string{"DATA", "SYS"}},
		{name: "en clauses Value VALUE indicates, and VALUE", typ: "string", texts: []string{"Current state. Value REBOOTING indicates that it restarts, GROWING indicates that it grows, and SNAPSHOTTING indicates that it saves."}, enum: []string{"REBOOTING", "GROWING", "SNAPSHOTTING"}},
		{name: "en clauses VALUE means", typ: "integer", texts: []string{"Message pushing policy", "0 means that failed messages are kept. 1 means that they are discarded."}, enum: []string{"0", "1"}},
		{name: "en it can only be", typ: "string", texts: []string{"Specifies the OS type.", "It can only be Windows or Linux."}, enum: []string{"Windows", "Linux"}},
		{name: "en participles after options", typ: "string", texts: []string{"Specifies the switch.", "Options: enabled and disabled"}, enum: []string{"enabled", "disabled"}},
		{name: "en participles after the value can be", typ: "string", texts: []string{"Specifies the switch. The value can be enabled or disabled."}, enum: []string{"enabled", "disabled"}},
		{name: "en after a note on case", typ: "string", texts: []string{"Specifies the operation. The value is case sensitive and can be create or delete."}, enum: []string{"create", "delete"}},
		{name: "en its value after a note on case", typ: "string", texts: []string{"Identifies the operation. This parameter is case-sensitive and its value can be filter or count."}, enum: []string{"filter", "count"}},
		{name: "en can be, at the start of a sentence", typ: "string", texts: []string{"Status of the condition. Can be True, False, or Unknown."}, enum: []string{"True", "False", "Unknown"}},
		{name: "a word before a slash", typ: "string", texts: []string{"模型类型，取值为TensorFlow/Image/PyTorch。"}, enum: []string{"TensorFlow", "Image", "PyTorch"}},
		{name: "zh media types", typ: "string", texts: []string{"返回格式，取值为application/json或text/plain。"}, enum: []string{"application/json", "text/plain"}},
		{name: "zh subject is the field", field: "sort_key", typ: "string", texts: []string{"排序字段。", "key的取值范围：", "•name：名称", "•size：大小"}, enum: []string{"name", "size"}},
		{name: "zh a lone value after a colon", typ: "string", texts: []string{"书架的类型。", "取值范围：private", "表示查询私有书架。"}, enum: []string{"private"}},
		{name: "zh a lone value ending a sentence", typ: "string", texts: []string{"API版本。取值：v3。"}, enum: []string{"v3"}},
		// English
		{name: "en inline or", typ: "string", texts: []string{"Specifies the direction. The value can be ingress or egress."}, enum: []string{"ingress", "egress"}},
		{name: "en inline Oxford comma", typ: "string", texts: []string{"The value can be vhd, zvhd, raw, or qcow2. The default value is vhd."}, enum: []string{"vhd", "zvhd", "raw", "qcow2"}, def: "vhd"},
		{name: "en the value is", typ: "string", texts: []string{"The value is Single, Ha, or Replica, indicating the instance type."}, enum: []string{"Single", "Ha", "Replica"}},
		{name: "en quoted", typ: "string", texts: []string{"Valid values are 'ClusterFirst', 'Default' or 'None'. Defaults to ClusterFirst."}, enum: []string{"ClusterFirst", "Default", "None"}, def: "ClusterFirst"},
		{name: "en options", typ: "string", texts: []string{"Product type.", "Options: instance and obs_space."}, enum: []string{"instance", "obs_space"}},
		{name: "en possible values", typ: "string", texts: []string{"Possible values: ACTIVE, DOWN"}, enum: []string{"ACTIVE", "DOWN"}},
		{name: "en enumerated values of", typ: "string", texts: []string{"Enumerated values of the IP address type: 5_bgp and 5_sbgp."}, enum: []string{"5_bgp", "5_sbgp"}},
		{name: "en value range as a list", typ: "string", texts: []string{"Value range: tcp, udp"}, enum: []string{"tcp", "udp"}},
		{name: "en items", typ: "string", texts: []string{"Specifies the status. Possible values are as follows:", "•FREEZED (Frozen)", "•DOWN (Unbound)"}, enum: []string{"FREEZED", "DOWN"}},
		{name: "en paragraphs", typ: "string", texts: []string{"Specifies the job status. The value can be:", "SUCCESS: The job succeeded.", "FAIL: The job failed."}, enum: []string{"SUCCESS", "FAIL"}},
		{name: "en inline A: …. B: …", typ: "string", texts: []string{"The value can be: SUCCESS: The job succeeded. FAIL: The job failed."}, enum: []string{"SUCCESS", "FAIL"}},
		{name: "en default in parentheses", typ: "string", texts: []string{"The value can be yes or no (default)."}, enum: []string{"yes", "no"}, def: "no"},
		{name: "en integer", typ: "integer", texts: []string{"User permission. The value can be 1, 3, or 7."}, enum: []string{"1", "3", "7"}},
		{name: "en prose after a comma", typ: "string", texts: []string{"The value can be true or false, indicating whether the disk is shared."}, enum: []string{"true", "false"}},
		// a list right after the description
		{name: "bare list en", typ: "string", texts: []string{"Specifies the AS policy status.", "•INSERVICE: The AS policy is enabled.", "•PAUSED: The AS policy is disabled."}, enum: []string{"INSERVICE", "PAUSED"}},
		{name: "bare list en with Null", typ: "string", texts: []string{"Specifies the host status.", "•UP: normal.", "•DOWN: abnormal.", "•Null: no host information."}, enum: []string{"UP", "DOWN"}},
		{name: "bare list en after a sentence on the field", typ: "string", texts: []string{"Specifies the trigger type. This parameter is mandatory when policy_type is set to RECURRENCE.", "•Daily: once a day.", "•Weekly: once a week."}, enum: []string{"Daily", "Weekly"}},
		{name: "bare list zh after a sentence on the field", typ: "string", texts: []string{"触发类型。该参数为必选。", "•Daily：每天。", "•Weekly：每周。"}, enum: []string{"Daily", "Weekly"}},
		{name: "bare list zh with default", typ: "string", texts: []string{"运行模式。", "•single：单机", "•cluster：集群（默认）"}, enum: []string{"single", "cluster"}, def: "cluster"},
		{name: "zh intro alone as a heading", typ: "string", texts: []string{"计费模式。", "取值范围", "•prePaid：包年包月", "•postPaid：按需"}, enum: []string{"prePaid", "postPaid"}},
		// items that give the meaning first, the value after the colon
		{name: "zh meaning first", typ: "string", texts: []string{"伸缩资源类型", "•伸缩组：SCALING_GROUP", "•带宽：BANDWIDTH"}, enum: []string{"SCALING_GROUP", "BANDWIDTH"}},
		{name: "zh meaning first after an intro", typ: "string", texts: []string{"同步方式，取值如下：", "•全量同步：FULL(首次使用)", "•增量同步：INCREMENTAL（默认）"}, enum: []string{"FULL", "INCREMENTAL"}, def: "INCREMENTAL"},
		{name: "zh meaning first with prose after", typ: "string", texts: []string{"是否保留快照。", "•保留快照：keep，默认为keep。", "•删除快照：drop"}, enum: []string{"keep", "drop"}, def: "keep"},
		{name: "en meaning first", typ: "string", texts: []string{"Specifies the tier. The following tiers are supported:", "•Hot storage: The value is hot.", "•Cold storage: The value is cold."}, enum: []string{"hot", "cold"}},
		{name: "en meaning first, a one-word label", typ: "string", texts: []string{"Specifies the target.", "•Load balancer: LB", "•Gateway: GATEWAY"}, enum: []string{"LB", "GATEWAY"}},
		// a list written as the clauses of a sentence
		{name: "zh clauses meaning first", typ: "string", texts: []string{"部署位置，边缘：edge；中心：center。"}, enum: []string{"edge", "center"}},
		{name: "zh clauses meaning first, then a default", typ: "string", texts: []string{"计费方式，按需：on_demand，包月：monthly，默认为on_demand"}, enum: []string{"on_demand", "monthly"}, def: "on_demand"},
		{name: "zh clauses VALUE表示", typ: "integer", texts: []string{"访问级别。2表示只读，4表示读写，8表示管理。"}, enum: []string{"2", "4", "8"}},
		{name: "zh clauses VALUE表示 after a label", typ: "string", texts: []string{"同步状态：idle表示空闲，busy代表同步中。"}, enum: []string{"idle", "busy"}},
		{name: "zh clauses VALUE 表示 after an intro", typ: "string", texts: []string{"取值范围：up 表示上行；down 表示下行"}, enum: []string{"up", "down"}},
		// meanings first, values in parentheses
		{name: "zh values in parentheses after a colon", typ: "string", texts: []string{"存储类别：标准存储（STANDARD）、归档存储(ARCHIVE)。"}, enum: []string{"STANDARD", "ARCHIVE"}},
		{name: "zh values in parentheses after the first comma", typ: "string", texts: []string{"压缩方式，快速压缩（fast）或高比例压缩（best）"}, enum: []string{"fast", "best"}},
		{name: "zh values in parentheses, then prose", typ: "string", texts: []string{"规则动作。分为放行（pass）和阻断（block），阻断优先。"}, enum: []string{"pass", "block"}},
		{name: "zh items VALUE-meaning", typ: "string", texts: []string{"订购方式。", "取值范围：", "•monthly-包月；", "•hourly-按小时，即按需；"}, enum: []string{"monthly", "hourly"}},
		{name: "zh inline 之一", typ: "string", texts: []string{"输出格式，取值为“json”、“xml”或“yaml”之一。"}, enum: []string{"json", "xml", "yaml"}},
		{name: "zh values right after 取值", typ: "string", texts: []string{"实例规格，目前取值small、large，分别对应小型和大型。"}, enum: []string{"small", "large"}},
		{name: "en which can be", typ: "string", texts: []string{"Specifies the disk mode, which can be SCSI or VBD."}, enum: []string{"SCSI", "VBD"}},
		{name: "en its value, case noted", typ: "string", texts: []string{"Specifies the disk type.", "Its value can be any of the following and is case-sensitive:", "•SATA: common I/O.", "•SSD: ultra-high I/O."}, enum: []string{"SATA", "SSD"}},
		// one fixed value
		{name: "en fixed at", typ: "string", texts: []string{"API version. The value is fixed at v3."}, enum: []string{"v3"}},
		{name: "en can only be, after an adverb", typ: "string", texts: []string{"Route type. Currently, the value can only be peering."}, enum: []string{"peering"}},
		{name: "en can only be set to", typ: "string", texts: []string{"Server name.", "The value can only be set to ntp."}, enum: []string{"ntp"}},
		{name: "zh 取值固定为", typ: "string", texts: []string{"API版本。取值固定为v3。"}, enum: []string{"v3"}},
		{name: "zh 固定为", typ: "string", texts: []string{"资源类型，固定为instance。"}, enum: []string{"instance"}},
		{name: "zh 只能为", typ: "string", texts: []string{"操作类型。取值只能为filter。"}, enum: []string{"filter"}},
		{name: "zh 只能为 a word that English would describe with", typ: "string", texts: []string{"镜像状态。取值只能为active。"}, enum: []string{"active"}},
		{name: "en two capitalised words a value", typ: "string", texts: []string{"The value can be Windows, Ubuntu, Oracle Linux, or Other."}, enum: []string{"Windows", "Ubuntu", "Oracle Linux", "Other"}},
		{name: "en the option is", typ: "string", texts: []string{"Specifies the resource type. The option is as follows:", "•group_tag: the resource is a group."}, enum: []string{"group_tag"}},
		{name: "en either of the following", typ: "string", texts: []string{"Specifies the mode. The value can be either of the following:", "•sync: synchronous.", "•async: asynchronous."}, enum: []string{"sync", "async"}},
		// a list right after the name that opens the description
		{name: "zh list after the name and a colon", typ: "string", texts: []string{"对任务的操作：start、stop。"}, enum: []string{"start", "stop"}},
		{name: "zh list after the name and a comma", typ: "string", texts: []string{"同步模式，push、pull，默认为push"}, enum: []string{"push", "pull"}, def: "push"},
		{name: "zh inline ，或者", typ: "string", texts: []string{"传输协议：tcp，udp，或者sctp。"}, enum: []string{"tcp", "udp", "sctp"}},
		// one value per sentence
		{name: "zh one value per sentence", typ: "string", texts: []string{"备份方式。", "取值为“full”，表示全量备份。", "取值为“incr”，表示增量备份。"}, enum: []string{"full", "incr"}},
		{name: "zh one value per case", typ: "string", texts: []string{"节点角色。", "主节点时，取值为“master”。", "从节点时，取值为“slave”。", "单机时，不传该参数。"}, enum: []string{"master", "slave"}},
		// repeats are one value; the same list twice is one list
		{name: "repeats", typ: "string", texts: []string{"The value can be ACTIVE, DOWN, or DOWN."}, enum: []string{"ACTIVE", "DOWN"}},
		{name: "two notations agree", typ: "string", texts: []string{"取值为A1或B1。", "取值范围：", "•A1", "•B1"}, enum: []string{"A1", "B1"}},
	})
}

// TestProseNearMisses: texts that look like the notations and must stay
// description.
func TestProseNearMisses(t *testing.T) {
	runProseCases(t, []proseCase{
		{name: "prose with a colon", typ: "string", texts: []string{"说明：该字段仅在创建时有效。"}},
		{name: "en what may be done with it, after a note on case", typ: "string", texts: []string{"Specifies the key. This parameter is case sensitive and can be modified or deleted."}},
		{name: "en what may be done with it", typ: "string", texts: []string{"Specifies the key. It can be changed or removed."}},
		{name: "condition 时", typ: "string", texts: []string{"取值为SOURCE_IP时，weight字段无效。"}},
		{name: "the values of one case", typ: "string", texts: []string{"Role of the node. For a cluster, the value can be reader, writer, or keeper."}},
		{name: "cases of the parts of a format", typ: "string", texts: []string{"The format is {code}{mode}.", "For oak shelves, the value is .oak.", "For pine shelves, the value is .pine."}},
		{name: "conditional intro", typ: "string", texts: []string{"type为PATH时，取值范围：REGEX、STARTS_WITH。"}},
		{name: "open list 等", typ: "string", texts: []string{"取值范围：share，bgp，sbgp等。"}},
		{name: "example", typ: "string", texts: []string{"服务名，例如：ecs、evs。"}},
		{name: "single value", typ: "string", texts: []string{"取值为private。"}},
		{name: "zh 值为 after a noun", typ: "string", texts: []string{"返回值为true或false。", "最大值为10，最小值为1。"}},
		{name: "an API group and its version", typ: "string", texts: []string{"值为paas/v1alpha1，表示api版本。"}},
		{name: "single value en", typ: "string", texts: []string{"The value is BUILD."}},
		{name: "a lone type word", typ: "string", texts: []string{"Version of the object.", "Valid values: String"}},
		{name: "a lone value where a list is announced", typ: "string", texts: []string{"系统类型，取值如下：LinuxWindowsOther"}},
		{name: "a lone value after 包括", typ: "string", texts: []string{"架构类型。取值包括：x86arm"}},
		{name: "a lone value of words run together", typ: "string", texts: []string{"系统类型。取值：LinuxWindows"}},
		{name: "another subject", typ: "string", texts: []string{"格式为hh:mm-HH:MM，其中mm和MM取值必须相同，且取值必须为00、15、30或45。"}},
		{name: "another parameter", typ: "string", texts: []string{"其中direction的取值为asc或desc。"}},
		{name: "URLs", typ: "string", texts: []string{"取值为http://a.example.com或http://b.example.com。"}},
		{name: "URLs en", typ: "string", texts: []string{"The value can be http://a.example.com or https://b.example.com."}},
		{name: "values combined", typ: "string", texts: []string{"活动类型，多个类型用逗号分隔，取值：NORMAL、DIFF。"}},
		{name: "values combined en", typ: "string", texts: []string{"Specifies the types, separated by commas (,).", "•NORMAL: common.", "•DIFF: difference."}},
		{name: "values joined by hyphens", typ: "string", texts: []string{"难例原因。通过中划线间隔单个难例原因ID，例如：“3-20”。可选值如下：", "•0：未识别", "•1：置信度偏低"}},
		{name: "others", typ: "string", texts: []string{"Whether to return it. Options:", "•true: returned.", "•false or others: not returned."}},
		{name: "the names of the field", field: "group_id/group", typ: "string", texts: []string{"API分组ID，目前支持group_id和group。"}},
		{name: "items run together", typ: "string", texts: []string{"实例类型。取值范围如下：", "•single：单机", "•proxy：Proxy集群 - ha_rw_split： 读写分离"}},
		{name: "a list run together", typ: "string", texts: []string{"电源状态。取值范围：0，1，2，3，40：pending1：running"}},
		{name: "a combination as a value", typ: "string", texts: []string{"支持的插件。", "•\"ces\"：监控", "•\"hss,hss-ent\"：安全"}},
		{name: "sentence with or", typ: "string", texts: []string{"The value can be tcp, udp, icmp or an IP protocol number."}},
		{name: "conditional en", typ: "string", texts: []string{"If the value is true, the disk is shared or dedicated."}},
		{name: "words, not values", typ: "string", texts: []string{"The value can be left blank or set to a flavor ID."}},
		{name: "more", typ: "string", texts: []string{"The value can be app, db, and more."}},
		{name: "can only be a description", typ: "string", texts: []string{"Attribute. The value can only be an existing attribute of the image."}},
		{name: "can only be an adjective", typ: "string", texts: []string{"Name. The value can only be unique."}},
		{name: "can only be a participle", typ: "string", texts: []string{"Name. The value can only be modified."}},
		{name: "fixed value beside a list", typ: "string", texts: []string{"IP版本。", "共享型：固定为v4；", "独享型：取值dualstack、v4、v6。"}, enum: []string{"dualstack", "v4", "v6"}},
		{name: "fixed value of another", typ: "string", texts: []string{"委托名称后缀。委托名称前缀固定为ma_agency。"}},
		{name: "fixed value of a format's part", typ: "string", texts: []string{"The value is in format of \"{type}:{count}\", where,", "type specifies the disk type, which can only be HDD."}},
		{name: "fixed value beside another default", typ: "string", texts: []string{"网络类型，默认值为5_bgp。", "该参数取值只能为5_gray。"}, def: "5_bgp"},
		{name: "fixed value at one site", typ: "string", texts: []string{"网络类型。", "华南局点该参数取值只能为5_gray。"}},
		{name: "fixed value under a condition", typ: "string", texts: []string{"Mode. If the type is ha, the value can only be sync."}},
		{name: "its value, prose", typ: "string", texts: []string{"Its value can be 0 (default) or a positive integer."}},
		{name: "its value is a quality", typ: "string", texts: []string{"Its value is unique."}},
		{name: "a label, not a value", typ: "string", texts: []string{"Note: the value can be changed later."}},
		{name: "examples listed", typ: "string", texts: []string{"Specifies the version. Example values:", "•MySQL: 5.7", "•PostgreSQL: 9.5"}},
		{name: "names listed", typ: "string", texts: []string{"The following parameters are supported:", "•name: the name.", "•size: the size."}},
		{name: "parts of a format", typ: "string", texts: []string{"The value of this parameter is in format of \"{type}:{size}\".", "•type: the disk type.", "•size: the disk size."}},
		{name: "a word of the list as an intro", typ: "string", texts: []string{"请求方式：", "•GET", "•POST", "•OPTIONS", "•ANY"}, enum: []string{"GET", "POST", "OPTIONS", "ANY"}},
		{name: "names listed of this parameter", typ: "string", texts: []string{"Specifies the spec. This parameter contains the following fields:", "•name: the name.", "•size: the size."}},
		{name: "支持 what the text may hold", typ: "string", texts: []string{"IP地址。支持IPv4、IPv6。"}},
		{name: "支持 what it applies to", typ: "string", texts: []string{"手动指定的IP地址，支持Redis和Memcached。"}},
		{name: "placeholder", typ: "string", texts: []string{"设备所属，取值为compute:xxx或network:dhcp。"}},
		{name: "any other value", typ: "string", texts: []string{"Specifies the boot sequence.", "•0 indicates the system disk.", "•Non-0 indicates a data disk."}},
		{name: "UUID stands for an id", typ: "string", texts: []string{"Specifies the image. The value can be name or UUID."}},
		{name: "one value after an intro, then an item not read", typ: "string", texts: []string{"磁盘配置方式。", "取值范围：", "AUTO: 自动分区。", "MANUAL使用源分区。"}},
		{name: "zh items run together, one not read", typ: "string", texts: []string{"状态。ACTIVE：运行中BUILD：创建中ERROR：故障空字符串：无状态"}},
		{name: "zh clauses of a format's parts", typ: "string", texts: []string{"格式为key：标签键，value：标签值。"}},
		{name: "en clauses of a format's parts", typ: "string", texts: []string{"Flavor code. Use rds.mysql.large as an example.", "rds indicates the service, mysql indicates the engine."}},
		{name: "en clauses of a range's ends", typ: "integer", texts: []string{"Day of the week. Value range: 1-7. Where: 1 indicates Monday; 7 indicates Sunday."}, min: "1..7"},
		{name: "en clauses of a key and a value", typ: "string", texts: []string{"Network information. key indicates the network name, for example, demo_net. value indicates the network details."}},
		{name: "en clauses of another parameter", typ: "string", texts: []string{"Whether to restart. When restart_mode is set, true indicates a hard restart, false indicates a soft restart."}},
		{name: "parts of a format", typ: "string", texts: []string{"The value is in format of \"{type}:{count}\", where,", "•type specifies the disk type.", "•count specifies the number of disks."}},
		{name: "for reference only", typ: "string", texts: []string{"机器规格。现在支持的有：", "•modelarts.vm.cpu.2u", "•modelarts.vm.gpu.p4", "以上规格仅供参照，实际支持规格以具体区域为准。"}},
		{name: "a date pattern", typ: "string", texts: []string{"时间。可选值如下：", "•month：30天内", "•yyyyMMdd-yyyyMMdd：指定时间段"}},
		{name: "date format", typ: "string", texts: []string{"分区格式。", "•yyyy/MM/dd：年/月/日", "•N/A：不分区"}},
		{name: "path", typ: "string", texts: []string{"插件名称，取值为huawei.com/fuxivol或huawei.com/fuxinfs。"}},
		{name: "a prose item", typ: "string", texts: []string{"委托期限。", "取值范围：", "•FOREVER：永久。", "•自定义天数：如20。"}},
		{name: "items that are not values", typ: "string", texts: []string{"标签键。", "取值范围：", "•最大长度36个unicode字符。"}, length: "..36"},
		{name: "default intro", typ: "string", texts: []string{"格式，默认取值为json或xml。"}},
		{name: "notations disagree", typ: "string", texts: []string{"取值为A1或B1。", "取值范围：", "•A1", "•C1"}},
		{name: "boolean", typ: "boolean", texts: []string{"是否启用。取值范围：true/false。"}},
		{name: "clauses: the parts of a format", typ: "string", texts: []string{"时间，格式为hh:mm，其中hh表示小时，mm表示分钟。"}},
		{name: "clauses: an example", typ: "string", texts: []string{"规格编码，例如ab.c.d。ab表示产品，c表示引擎。"}},
		{name: "clauses: another parameter", typ: "string", texts: []string{"路径。", "keepData：是否保留数据。false表示删除，true表示保留。"}},
		{name: "clauses: measures", typ: "string", texts: []string{"磁盘大小，最小：10，最大：100。"}},
		{name: "clauses: one value", typ: "string", texts: []string{"模式，full表示全量。"}},
		{name: "clauses: every label a value", typ: "string", texts: []string{"映射，PORT：HTTP，PATH：ROOT。"}},
		{name: "parentheses in the middle of a sentence", typ: "string", texts: []string{"规格编码，要求各节点一致，均为通用型（g1）或增强型（e2）。"}},
		{name: "parentheses holding units", typ: "string", texts: []string{"超时时间（秒）、重试间隔（毫秒）。"}},
		{name: "parentheses in an example", typ: "string", texts: []string{"区域，例如：北京（bj）、上海（sh）。"}},
		{name: "which: another noun", typ: "string", texts: []string{"Message body. Specify protocols in it, which can be http or https."}},
		{name: "which: a part of a format", typ: "string", texts: []string{"unit: the size unit, which can be KB or MB."}},
		{name: "values after 取值, then a condition", typ: "string", texts: []string{"实例规格，取值small或large时需要填写flavor。"}},
		{name: "one value per sentence, another intro unread", typ: "string", texts: []string{"节点角色。", "主节点时，取值为“master”。", "从节点时，取值为“slave”。", "其余节点取值满足以下条件。"}},
		{name: "one value per sentence, a default", field: "page", typ: "integer", texts: []string{"页码。", "分页时，page参数值为“1”。", "默认page参数值为“0”，不分页。"}},
		{name: "one value", typ: "string", texts: []string{"模式。", "取值为“auto”，表示自动。"}},
		{name: "list after a name: a character class", typ: "string", texts: []string{"标签键。", "字符集：0-9，A-Z，a-z，“_”，中文。"}},
		{name: "list after a name: not the first paragraph", typ: "string", texts: []string{"索引的属性列表。", "可索引的属性类型：integer、string。"}},
		{name: "list after a name: the name ends in a value", typ: "integer", texts: []string{"取值一般为10，20，50。"}},
		{name: "meaning first, prose after the value", typ: "string", texts: []string{"磁盘规格。", "•系统盘：40GB起步", "•数据盘：10GB起步"}},
		{name: "meaning first, one item prose", typ: "string", texts: []string{"计费方式。", "•按需计费：postPaid", "•包周期计费：请参考订购说明。"}},
		{name: "not an integer", typ: "integer", texts: []string{"取值为low或high。"}},
		{name: "object", typ: "object", texts: []string{"取值为low或high。"}},
	})
}

// TestProseRanges: numeric ranges and lengths, by the field's type.
func TestProseRanges(t *testing.T) {
	runProseCases(t, []proseCase{
		{name: "full-width tilde in brackets", typ: "integer", texts: []string{"每页条数，取值范围：[1～500]。"}, min: "1..500"},
		{name: "brackets and comma", typ: "integer", texts: []string{"取值范围为[0, 1440]。"}, min: "0..1440"},
		{name: "hyphen", typ: "integer", texts: []string{"权重，取值范围：0-100。"}, min: "0..100"},
		{name: "bare intro", typ: "integer", texts: []string{"取值范围1~168，单位小时。"}, min: "1..168"},
		{name: "a note before the colon", typ: "integer", texts: []string{"超时时间。取值范围（单位：秒）：1~100。"}, min: "1..100"},
		{name: "negative", typ: "integer", texts: []string{"取值范围：[-1, 2147483647]。"}, min: "-1..2147483647"},
		{name: "integers between", typ: "integer", texts: []string{"轮换周期，取值范围为30~365的整数。"}, min: "30..365"},
		{name: "en ranges from", typ: "integer", texts: []string{"The value ranges from 1 to 300. The default value is 15."}, min: "1..300", def: "15"},
		{name: "en grouped digits", typ: "integer", texts: []string{"The value ranges from 1 to 65,535."}, min: "1..65535"},
		{name: "en value range", typ: "integer", texts: []string{"Value range: 1-64"}, min: "1..64"},
		{name: "number", typ: "number", texts: []string{"取值范围：0.5~1.5。"}, min: "0.5..1.5"},
		{name: "a range on a string is a length only with a unit", typ: "string", texts: []string{"端口，取值范围：1-65535。"}},
		{name: "length in characters", typ: "string", texts: []string{"描述，取值范围：0-255个字符，不能包含“<”和“>”。"}, length: "0..255"},
		{name: "length 长度为", typ: "string", texts: []string{"名称，长度为1-64。"}, length: "1..64"},
		{name: "length bare", typ: "string", texts: []string{"支持字母和数字，1 ~ 64个字符。"}, length: "1..64"},
		{name: "max length zh", typ: "string", texts: []string{"备注，不超过255个字符。"}, length: "..255"},
		{name: "max length 长度不超过", typ: "string", texts: []string{"描述，长度不超过1024。"}, length: "..1024"},
		{name: "max length en", typ: "string", texts: []string{"The value contains a maximum of 255 characters."}, length: "..255"},
		{name: "length en", typ: "string", texts: []string{"The value must be 4 to 64 characters in length."}, length: "4..64"},
		{name: "length agrees with maximum", typ: "string", texts: []string{"名称，长度为1-64个字符。", "不超过64个字符。"}, length: "1..64"},
		// near misses
		{name: "length on an integer", typ: "integer", texts: []string{"长度为1-64个字符。"}},
		{name: "units at both ends", typ: "integer", texts: []string{"磁盘大小，取值范围：100GB～32000GB。"}, min: "100..32000"},
		{name: "units at both ends en", typ: "integer", texts: []string{"The value ranges from 1 GB to 1024 GB."}, min: "1..1024"},
		{name: "units differ", typ: "integer", texts: []string{"取值范围：100MB～32GB。"}},
		{name: "lowest", typ: "integer", texts: []string{"查询的起始行号，默认为0。最小值为0。"}, min: "0..", def: "0"},
		{name: "lowest and highest apart", typ: "integer", texts: []string{"超时时间，最大60000，最小为1"}, min: "1..60000"},
		{name: "exclusive lowest of an integer", typ: "integer", texts: []string{"The value must be an integer greater than 0 but less than the number of disks."}, min: "1.."},
		{name: "exclusive lowest of a number", typ: "number", texts: []string{"比例，大于0。"}},
		{name: "bounds disagree", typ: "integer", texts: []string{"Minimum value is 1.", "Value range: ≥ 0."}},
		{name: "default below the lowest", typ: "integer", texts: []string{"The minimum value is 10. The default value is 5."}, def: "5"},
		{name: "a negative value named", typ: "integer", texts: []string{"最小值为1；若填-1则不限制。"}},
		{name: "an alternative", typ: "integer", texts: []string{"取值范围：-1或大于0。"}},
		{name: "a quantity", typ: "integer", texts: []string{"标签数量，最多10个。"}},
		{name: "two ranges of quantities", typ: "integer", texts: []string{"取值范围：40GB~4000GB。", "部分用户支持40GB~6000GB。"}},
		{name: "exclusive", typ: "number", texts: []string{"比例，取值范围：0~1，不包括0和1。"}},
		{name: "open interval", typ: "integer", texts: []string{"取值范围(0,∞)。"}, min: "1.."},
		{name: "half-open interval", typ: "integer", texts: []string{"Value range: (0,65535]."}, min: "1..65535"},
		{name: "between two numbers", typ: "integer", texts: []string{"Number of port to expose on the host. This must be a valid port number, 0 < x < 65536."}, min: "1..65535"},
		{name: "between two numbers, ends included", typ: "integer", texts: []string{"权重，1 ≤ n ≤ 100。"}, min: "1..100"},
		{name: "a length above a number", typ: "string", texts: []string{"Path within the container at which the volume should be mounted. Value length: > 0 characters."}, length: "1.."},
		{name: "a sentence run on after the full stop", typ: "integer", texts: []string{"Number of seconds after which the probe times out.Value range: ≥ 0.Default: 1."}, min: "0..", def: "1"},
		{name: "half-open interval above", typ: "integer", texts: []string{"分页查询的页数。", "取值范围[1, 65535)"}, min: "1..65534"},
		{name: "open interval of a number", typ: "number", texts: []string{"取值范围(0,1]。"}, min: "..1"},
		{name: "not integers", typ: "integer", texts: []string{"取值范围：0.5~1.5。"}},
		{name: "per part", typ: "string", texts: []string{"标签，每个标签键长度为1-64个字符。"}},
		{name: "conditional maximum", typ: "string", texts: []string{"If more than one is created, a suffix is added. In this case, the name contains a maximum of 59 characters."}},
		{name: "two intros in a sentence", typ: "integer", texts: []string{"集群模式取值范围为3~256，单机模式取值为1。"}},
		{name: "words between", typ: "integer", texts: []string{"The value ranges from 1 (Sunday) to 7 (Saturday)."}},
		{name: "length for one kind", typ: "string", texts: []string{"对于HMS平台是APP ID，最大20个字符。对于APNS平台是推送证书。"}},
		{name: "lengths disagree", typ: "string", texts: []string{"名称不超过64个字符，描述不超过255个字符。"}},
		{name: "two ranges", typ: "integer", texts: []string{"The value ranges from 1 to 65,535 and cannot be less than from_port. When ip_protocol is icmp, it specifies the code. The value ranges from 0 to 255."}},
		{name: "reversed", typ: "integer", texts: []string{"取值范围：100-1。"}},
		{name: "between under a condition", typ: "integer", texts: []string{"超时时间。当type为x时，0 < x < 100。"}},
		{name: "another parameter above a number", typ: "integer", texts: []string{"当weight>0，表示主用域名解析记录。"}},
		{name: "above a number and more", typ: "integer", texts: []string{"The value must be >0 && <=86400 (for 1 day) if ServiceAffinity == \"ClientIP\"."}},
	})
}

// TestProseDefaults: default values in prose.
func TestProseDefaults(t *testing.T) {
	runProseCases(t, []proseCase{
		{name: "默认值为", typ: "string", texts: []string{"排序字段。默认值为“flavorid”。"}, def: "flavorid"},
		{name: "默认为", typ: "integer", texts: []string{"冷却时间，默认为300，单位是秒。"}, def: "300"},
		{name: "缺省值为", typ: "integer", texts: []string{"超时时间，缺省值为5000。"}, def: "5000"},
		{name: "en default value is", typ: "boolean", texts: []string{"Whether it is enabled. The default value is false."}, def: "false"},
		{name: "en defaults to", typ: "string", texts: []string{"Version of the schema, defaults to \"v1\"."}, def: "v1"},
		{name: "en by default", typ: "integer", texts: []string{"The value is 300 by default."}, def: "300"},
		{name: "en passive by default", typ: "string", texts: []string{"Zone type, which can be public or private.", "If the value is left blank, public zones are queried by default."}, enum: []string{"public", "private"}, def: "public"},
		{name: "en state by default", typ: "string", texts: []string{"The value can be enabled or disabled. It is disabled by default."}, enum: []string{"enabled", "disabled"}, def: "disabled"},
		{name: "keyed, text kept", typ: "string", texts: []string{"默认值：false，表示不开启。"}, def: "false"},
		{name: "默认 then the value", typ: "boolean", texts: []string{"是否自动续订，默认false。"}, def: "false"},
		{name: "默认 then the value, then prose", typ: "string", texts: []string{"网络类型，默认5_bgp，更多请参考创建弹性公网IP。"}, def: "5_bgp"},
		// near misses
		{name: "default in words", typ: "string", texts: []string{"所有者，默认为空。"}},
		{name: "默认 then a noun", typ: "string", texts: []string{"子网，默认VPC的子网。"}},
		{name: "默认 then words", typ: "string", texts: []string{"默认情况下不开启。"}},
		{name: "默认 then a noun, then a parenthesis", typ: "string", texts: []string{"规格ID。都不传时，会使用默认flavor （默认flavor根据局点不同）。"}},
		{name: "default with a unit", typ: "integer", texts: []string{"超时时间，默认为10秒。"}},
		{name: "default in a word", typ: "string", texts: []string{"默认为true时开启。"}},
		{name: "default not a number", typ: "integer", texts: []string{"The default value is unlimited."}},
		{name: "a verb", typ: "string", texts: []string{"If no group is specified, the default value is used."}},
		{name: "en passive, no value named", typ: "string", texts: []string{"The value can be fast or slow.", "If it is left blank, all records are returned by default."}, enum: []string{"fast", "slow"}},
		{name: "en passive, no list", typ: "string", texts: []string{"If this parameter is not specified, common EVS disks are created by default."}},
		{name: "en passive beside a default", typ: "string", texts: []string{"For MySQL, the value 5.6 is supported by default.", "For PostgreSQL, the default value is 9.5."}},
		{name: "defaults disagree", typ: "string", texts: []string{"默认为asc。", "The default value is desc."}},
	})
}

// TestForTypeKeyedFacetsWin: the keyed facets of a cell win over its prose.
func TestForTypeKeyedFacetsWin(t *testing.T) {
	f := readFacets(proseCell("取值范围：", "•a1", "•b1", "枚举值：", "•c1", "•d1", "默认值为a1。", "缺省值：c1"), "f").forType("string")
	assert.Equal(t, []string{"c1", "d1"}, f.Enum)
	assert.Equal(t, "c1", f.Default)

	f = readFacets(proseCell("取值范围：1-10。", "最小值：2", "最大值：5"), "f").forType("integer")
	require.NotNil(t, f.Min)
	assert.Equal(t, 2.0, *f.Min)
	assert.Equal(t, 5.0, *f.Max)
}

func TestScanValue(t *testing.T) {
	for _, tc := range []struct {
		in, v  string
		n      int
		quoted bool
	}{
		{"OS::Nova::Server，", "OS::Nova::Server", 16, false},
		{"vault.backup.server.normal。", "vault.backup.server.normal", 26, false},
		{"Node.js6.10 and", "Node.js6.10", 11, false},
		{"${protocol}", "${protocol}", 11, false},
		{"“RESIZING FAILED”、", "RESIZING FAILED", len("“RESIZING FAILED”"), true},
		{"'ClusterFirst' or", "ClusterFirst", 14, true},
		{"application/json或", "application/json", 16, false},
		{"true/false", "true", 4, false},
		{"tcp.", "tcp", 3, false},
		{"discard:丢弃", "discard", 7, false},
		{"“共享”", "", 0, false},
		{"中文", "", 0, false},
		{"-", "", 0, false},
	} {
		v, n, quoted := scanValue(tc.in)
		assert.Equal(t, tc.v, v, tc.in)
		assert.Equal(t, tc.n, n, tc.in)
		assert.Equal(t, tc.quoted, quoted, tc.in)
	}
}

// TestProseFacetsCorpus reads every description cell of the corpus and
// checks what the prose notations give looks like values: two at least, no
// Chinese, no sentence punctuation, no repeats; ranges in order.
func TestProseFacetsCorpus(t *testing.T) {
	pages := corpusPagesOf(t)
	enums, ranges, lengths, defaults := 0, 0, 0, 0
	for _, pg := range pages {
		for _, b := range pg.Blocks {
			if b.Table == nil {
				continue
			}
			cols := mapColumns(b.Table.Header)
			if !cols.has(colName) || !cols.has(colDesc) {
				continue
			}
			for ri := range b.Table.Rows {
				r := &b.Table.Rows[ri]
				nc, _ := cellAt(r, cols, colName)
				dc, _ := cellAt(r, cols, colDesc)
				p := readFacets(dc, cleanName(nc.Line())).prose
				where := pg.Path + ": " + nc.Line()
				if len(p.enum) > 0 || len(p.listEnum) > 0 {
					enums++
				}
				for _, list := range [][]string{p.enum, p.listEnum} {
					if list == nil {
						continue
					}
					if len(list) == 1 {
						// a lone value after a colon ("取值范围：private"), or
						// the one item of a list ("枚举值：" + "•_sys_project")
						assert.Regexp(t, `^\w[\w.:-]*$`, list[0], where)
					}
					seen := map[string]bool{}
					for _, v := range list {
						assert.False(t, seen[v], "%s: %q repeated", where, v)
						seen[v] = true
						if v == "" {
							// only where an item names the empty string ("空字符串：…")
							assert.True(t, slices.ContainsFunc(dc.Paras, func(p docparse.Para) bool { v, ok := emptyItem(p.Text); return p.Item && v && ok }), where)
							continue
						}
						assert.True(t, printableASCII(v), "%s: %q", where, v)
						assert.NotContains(t, v, "://", where)
						assert.False(t, strings.ContainsAny(v, ",;"), "%s: %q", where, v)
					}
				}
				if p.min != nil {
					ranges++
					assert.LessOrEqual(t, *p.min, *p.max, where)
				}
				if p.maxLen != nil {
					lengths++
					assert.True(t, p.minLen == nil || *p.minLen <= *p.maxLen, where)
				}
				if p.hasDef {
					defaults++
					assert.NotEmpty(t, p.def, where)
				}
			}
		}
	}
	t.Logf("cells with a prose enum %d, a range %d, a length %d, a default %d", enums, ranges, lengths, defaults)
	assert.NotZero(t, enums)
}
