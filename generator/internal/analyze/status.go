package analyze

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/docspec/docspec/generator/internal/docparse"
)

// readStatus reads the status-code tables: status → description.
func (c *pageCtx) readStatus(secs []*sectionBlocks) map[string]string {
	out := map[string]string{}
	for _, s := range of(secs, secStatus) {
		for _, b := range s.blocks {
			if b.Kind == docparse.Text {
				// a status on a line of its own, under "-   Normal" / "-   正常"
				if m := statusOnly.FindStringSubmatch(docparse.Unescape(bulletLabel(b.Text))); m != nil {
					if _, dup := out[m[1]]; !dup {
						out[m[1]] = strings.TrimSpace(m[2])
					}
				}
				continue
			}
			if b.Kind != docparse.TableBlock {
				continue
			}
			t := b.Table
			codeCol, descCol := -1, -1
			for i, h := range t.Header {
				w := normWord(h.Line())
				if statusColumnWords[w] && codeCol < 0 {
					codeCol = i
				} else if columnWords[w] == colDesc && descCol < 0 {
					descCol = i
				}
			}
			if codeCol < 0 {
				continue
			}
			for ri, r := range t.Rows {
				if codeCol >= len(r.Cells) {
					continue
				}
				code := statusCode(r.Cells[codeCol].Line())
				if code == "" {
					continue
				}
				c.use(t, ri)
				desc := ""
				if descCol >= 0 && descCol < len(r.Cells) {
					desc = docparse.EscapeText(r.Cells[descCol].Line())
				}
				if _, dup := out[code]; !dup {
					out[code] = desc
				}
			}
		}
	}
	return out
}

// statusCode is the status code at the start of a cell ("200", "200 OK").
func statusCode(s string) string {
	if m := statusCell.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	return ""
}

// statusOf recognises a status intro line: "**状态码： 200**",
// "**状态码为 200 时: **", "状态码为 400 时:".
func statusOf(line string) string {
	if m := statusIntro.FindStringSubmatch(strings.TrimSpace(line)); m != nil {
		return strings.ToLower(m[1])
	}
	return ""
}

// defaultDescription describes a status the docs do not describe.
func defaultDescription(code string) string {
	if n, err := strconv.Atoi(code); err == nil {
		if t := http.StatusText(n); t != "" {
			return t
		}
	}
	if code == "default" {
		return "Error"
	}
	return "Response " + code
}
