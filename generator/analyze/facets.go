package analyze

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/docspec/docspec/generator/docparse"
)

// facets are the value constraints written in a description cell.
type facets struct {
	Desc       string
	Enum       []string
	Default    string
	HasDefault bool
	Min, Max   *float64
	MinLen     *int64
	MaxLen     *int64
}

var (
	enumIntro  = []string{"枚举值", "enumeration values", "enumerated values", "enum values", "取值如下", "可选值", "possible values"}
	defaultKey = []string{"缺省值", "默认值", "default value", "default"}
	minKey     = []string{"最小值", "minimum", "min value"}
	maxKey     = []string{"最大值", "maximum", "max value"}
	minLenKey  = []string{"最小长度", "minimum length", "min length"}
	maxLenKey  = []string{"最大长度", "maximum length", "max length"}
)

// keyValue matches "Key：value" / "Key: value" with a known key; it returns
// the value and whether the paragraph is that facet.
func keyValue(p string, keys []string) (string, bool) {
	l := strings.ToLower(p)
	for _, k := range keys {
		if !strings.HasPrefix(l, k) {
			continue
		}
		rest := p[len(k):]
		rest = strings.TrimLeft(rest, " ")
		switch {
		case strings.HasPrefix(rest, "："):
			return strings.TrimSpace(rest[len("："):]), true
		case strings.HasPrefix(rest, ":"):
			return strings.TrimSpace(rest[1:]), true
		}
	}
	return "", false
}

// readFacets splits a description cell into prose and facets.
func readFacets(c docparse.Cell) facets {
	var f facets
	var desc []string
	paras := c.Paras
	for i := 0; i < len(paras); i++ {
		p := paras[i].Text
		if v, ok := keyValue(p, enumIntro); ok || isEnumIntro(p) {
			j := i + 1
			for ; j < len(paras) && paras[j].Item; j++ {
				if v := cleanValue(paras[j].Text); v != "" {
					f.Enum = append(f.Enum, v)
				}
			}
			if j == i+1 && v != "" {
				for _, part := range splitList(v) {
					f.Enum = append(f.Enum, part)
				}
			}
			i = j - 1
			continue
		}
		if v, ok := keyValue(p, defaultKey); ok && v != "" {
			f.Default, f.HasDefault = cleanValue(v), true
			continue
		}
		if v, ok := keyValue(p, minLenKey); ok {
			if n, err := strconv.ParseInt(cleanValue(v), 10, 64); err == nil {
				f.MinLen = &n
				continue
			}
		}
		if v, ok := keyValue(p, maxLenKey); ok {
			if n, err := strconv.ParseInt(cleanValue(v), 10, 64); err == nil {
				f.MaxLen = &n
				continue
			}
		}
		if v, ok := keyValue(p, minKey); ok {
			if n, err := strconv.ParseFloat(cleanValue(v), 64); err == nil {
				f.Min = &n
				continue
			}
		}
		if v, ok := keyValue(p, maxKey); ok {
			if n, err := strconv.ParseFloat(cleanValue(v), 64); err == nil {
				f.Max = &n
				continue
			}
		}
		desc = append(desc, p)
	}
	f.Desc = strings.Join(desc, "\n")
	return f
}

func isEnumIntro(p string) bool {
	l := strings.TrimRight(strings.ToLower(p), ":：")
	for _, k := range enumIntro {
		if l == k {
			return true
		}
	}
	return false
}

// cleanValue trims a facet value: white space, trailing full stops, quotes.
func cleanValue(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, "。；;，,")
	s = strings.TrimSpace(s)
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		s = s[1 : len(s)-1]
	}
	return s
}

var listSep = regexp.MustCompile(`\s*[,，、]\s*`)

func splitList(s string) []string {
	var out []string
	for _, p := range listSep.Split(s, -1) {
		if p = cleanValue(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
