package analyze

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/docspec/docspec/generator/internal/docparse"
)

func cell(paras ...docparse.Para) docparse.Cell { return docparse.Cell{Paras: paras} }

func TestReadFacets(t *testing.T) {
	// Seed generation: plain values, enum as a list.
	f := readFacets(cell(
		docparse.Para{Text: "备份支持恢复的方式。"},
		docparse.Para{Text: "缺省值：na"},
		docparse.Para{Text: "枚举值："},
		docparse.Para{Text: "na", Item: true},
		docparse.Para{Text: "backup", Item: true},
	))
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
	))
	assert.Equal(t, 1.0, *f.Min)
	assert.Equal(t, 1000.0, *f.Max)
	assert.Equal(t, "Small", f.Default)

	// English keys in any letter case.
	f = readFacets(cell(
		docparse.Para{Text: "Page size."},
		docparse.Para{Text: "MINIMUM: 1"},
		docparse.Para{Text: "Default Value: 10"},
	))
	assert.Equal(t, "Page size.", f.Desc)
	assert.Equal(t, 1.0, *f.Min)
	assert.Equal(t, "10", f.Default)

	// Pipe cells run facets together; a value may appear earlier in the prose.
	f = readFacets(cell(docparse.Para{
		Text:   "带宽类型 取值范围：WHOLE，PER 表示独享带宽枚举值：WHOLEPER最小长度：0最大长度：36",
		Strong: []string{"WHOLE", "PER", "0", "36"},
	}))
	assert.Equal(t, "带宽类型 取值范围：WHOLE，PER 表示独享带宽", f.Desc)
	assert.Equal(t, []string{"WHOLE", "PER"}, f.Enum)
	assert.Equal(t, int64(0), *f.MinLen)
	assert.Equal(t, int64(36), *f.MaxLen)
}
