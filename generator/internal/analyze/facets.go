package analyze

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docspec/docspec/generator/internal/docparse"
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

// leadingNumber is the number that starts s, or "".
func leadingNumber(s string) string { return numberPrefix.FindString(s) }

// facetKeyIndex finds the facet keys of a text, each followed by a colon,
// as [match start, match end, key start, key end]. Every match ends at a
// colon: the key is looked for before each colon only, and only when the
// text there ends in the last letter of some key.
func facetKeyIndex(s string) [][]int {
	var locs [][]int
	for i := 0; i < len(s); i++ {
		var end int
		switch {
		case s[i] == ':':
			end = i + 1
		case s[i] == 0xEF && strings.HasPrefix(s[i:], "："):
			end = i + len("：")
		default:
			continue
		}
		before := strings.TrimRight(s[:i], " \t\n\f\r")
		if r, _ := utf8.DecodeLastRuneInString(before); !facetKeyLast[unicode.ToLower(r)] {
			continue
		}
		from := max(0, len(before)-maxFacetKey)
		for from > 0 && !utf8.RuneStart(before[from]) {
			from--
		}
		if m := facetKeyEnd.FindStringSubmatchIndex(before[from:]); m != nil {
			locs = append(locs, []int{from + m[2], end, from + m[2], from + m[3]})
		}
		i = end - 1
	}
	return locs
}

// facetKeyLast holds the last letter of every facet key.
var facetKeyLast = func() map[rune]bool {
	m := map[rune]bool{}
	for k := range facetKeys {
		r, _ := utf8.DecodeLastRuneInString(k)
		m[r] = true
	}
	return m
}()

// readFacets splits a description cell into prose and facets.
func readFacets(c docparse.Cell) facets {
	var f facets
	var desc []string
	paras := c.Paras
	for i := 0; i < len(paras); i++ {
		p := paras[i]
		// "枚举值：", "缺省值：", "最小长度：" … anywhere in a paragraph (pipe
		// cells run facets together: "最小长度：**0**最大长度：**36**").
		locs := facetKeyIndex(p.Text)
		if len(locs) == 0 {
			desc = append(desc, p.Text)
			continue
		}
		if pre := strings.TrimSpace(p.Text[:locs[0][0]]); pre != "" {
			desc = append(desc, pre)
		}
		// where each strong run sits in the text
		type run struct {
			at   int
			text string
		}
		// Runs are located from the end: facets close a cell, and a value
		// (WHOLE) may also appear earlier in the prose.
		runs := make([]run, len(p.Strong))
		end := len(p.Text)
		for k := len(p.Strong) - 1; k >= 0; k-- {
			at := strings.LastIndex(p.Text[:end], p.Strong[k])
			if at < 0 {
				at = -1
			} else {
				end = at
			}
			runs[k] = run{at, p.Strong[k]}
		}
		for li, loc := range locs {
			kind := facetKeys[strings.ToLower(p.Text[loc[2]:loc[3]])]
			segEnd := len(p.Text)
			if li+1 < len(locs) {
				segEnd = locs[li+1][0]
			}
			seg := strings.TrimSpace(p.Text[loc[1]:segEnd])
			var strong []string
			for _, r := range runs {
				if r.at >= loc[1] && r.at < segEnd {
					strong = append(strong, r.text)
				}
			}
			switch kind {
			case facetEnum:
				switch {
				case len(strong) > 0:
					for _, v := range strong {
						if v = cleanValue(v); v != "" {
							f.Enum = append(f.Enum, v)
						}
					}
				case seg == "" && li == len(locs)-1:
					j := i + 1
					for ; j < len(paras) && paras[j].Item; j++ {
						if v := cleanValue(paras[j].Text); v != "" {
							f.Enum = append(f.Enum, v)
						}
					}
					i = j - 1
				default:
					f.Enum = append(f.Enum, splitList(seg)...)
				}
			case facetDefault:
				v := seg
				if len(strong) > 0 {
					v = strong[0]
				}
				if v = cleanValue(v); v != "" {
					f.Default, f.HasDefault = v, true
				}
			case facetMinLen, facetMaxLen:
				if m := leadingNumber(seg); m != "" {
					if n, err := strconv.ParseInt(m, 10, 64); err == nil {
						if kind == facetMinLen {
							f.MinLen = &n
						} else {
							f.MaxLen = &n
						}
					}
				}
			case facetMin, facetMax:
				if m := leadingNumber(seg); m != "" {
					if n, err := strconv.ParseFloat(m, 64); err == nil {
						if kind == facetMin {
							f.Min = &n
						} else {
							f.Max = &n
						}
					}
				}
			}
		}
	}
	f.Desc = strings.Join(desc, "\n")
	return f
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
