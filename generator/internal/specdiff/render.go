package specdiff

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Formats lists the renderers by name.
var Formats = []string{"markdown", "text", "json"}

// Render writes the report in a format of Formats.
func Render(w io.Writer, r *Report, format string) error {
	switch format {
	case "markdown", "md":
		return Markdown(w, r)
	case "text":
		return Text(w, r)
	case "json":
		return JSON(w, r)
	}
	return fmt.Errorf("unknown format %q (known: %s)", format, strings.Join(Formats, ", "))
}

// JSON writes the report as indented JSON.
func JSON(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// summary is the one-line account of a report.
func summary(r *Report) string {
	count := map[string]int{}
	for _, o := range r.Operations {
		count[o.Kind]++
	}
	if len(r.Changes) == 0 && len(r.Operations) == 0 {
		return "no API changes"
	}
	return fmt.Sprintf("%s, %s; operations: %d removed, %d added, %d changed",
		plural(r.Breaking, "breaking change"), plural(len(r.Changes)-r.Breaking, "other change"),
		count["removed"], count["added"], count["changed"])
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

func opName(method, path, id string) string {
	s := method + " " + path
	if id != "" {
		s += " (" + id + ")"
	}
	return s
}

func sourceText(s *Source) string {
	if s == nil {
		return ""
	}
	if s.Page == "" {
		return s.Spec + " (" + s.Side + ")"
	}
	return s.String() + " (" + s.Side + ")"
}

// Text writes one line per change, breaking ones first and marked.
func Text(w io.Writer, r *Report) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s → %s: %s\n", r.Old, r.New, summary(r))
	for _, o := range r.Operations {
		fmt.Fprintf(&b, "operation %-7s %s", o.Kind, opName(o.Method, o.Path, o.OperationID))
		if s := sourceText(o.Source); s != "" {
			fmt.Fprintf(&b, "  %s", s)
		}
		b.WriteByte('\n')
	}
	for _, c := range r.Changes {
		mark := "        "
		if c.Breaking {
			mark = "BREAKING"
		}
		fmt.Fprintf(&b, "%s %-7s ", mark, c.Level)
		if c.Method != "" {
			fmt.Fprintf(&b, "%s: ", opName(c.Method, c.Path, c.OperationID))
		}
		fmt.Fprintf(&b, "%s [%s]", c.Text, c.Rule)
		if s := sourceText(c.Source); s != "" {
			fmt.Fprintf(&b, "  %s", s)
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// MaxMarkdown is the size Markdown keeps a report under: a GitHub comment
// holds at most 65,536 characters.
const MaxMarkdown = 60000

// Markdown writes the report for a pull-request comment: a summary, the
// breaking changes in a table, the operations added, removed and changed,
// then the other changes grouped by operation. A report longer than
// MaxMarkdown bytes is cut, with a note saying how many rows are left out.
func Markdown(w io.Writer, r *Report) error {
	_, err := io.WriteString(w, capMarkdown(markdown(r), MaxMarkdown))
	return err
}

// capMarkdown cuts text at a line boundary under max bytes and counts the
// table rows and list items left out.
func capMarkdown(text string, max int) string {
	if len(text) <= max {
		return text
	}
	const reserve = 200
	cut := strings.LastIndexByte(text[:max-reserve], '\n') + 1
	omitted := 0
	for _, line := range strings.Split(text[cut:], "\n") {
		if strings.HasPrefix(line, "| ") && !strings.HasPrefix(line, "| |") || strings.HasPrefix(line, "- ") {
			omitted++
		}
	}
	return text[:cut] + fmt.Sprintf("\n_Report cut here: %d more rows. Run `docspec diff -format text` for all of it._\n", omitted)
}

func markdown(r *Report) string {
	var b strings.Builder
	sum := summary(r)
	if r.Breaking > 0 {
		sum = "**" + strings.Replace(sum, ",", "**,", 1)
	}
	fmt.Fprintf(&b, "## API changes\n\n`%s` → `%s`: %s.\n", mdCode(r.Old), mdCode(r.New), sum)
	if r.Breaking > 0 {
		fmt.Fprintf(&b, "\n### Breaking changes (%d)\n\n", r.Breaking)
		b.WriteString("| | Operation | Change | Source |\n| --- | --- | --- | --- |\n")
		for _, c := range r.Changes {
			if !c.Breaking {
				continue
			}
			fmt.Fprintf(&b, "| %s | %s | %s `%s` | %s |\n", mdLevel(c.Level), mdOp(c.Method, c.Path, c.OperationID),
				mdCell(c.Text), c.Rule, mdSource(c.Source))
		}
	}
	if len(r.Operations) > 0 {
		b.WriteString("\n### Operations\n\n| | Operation | Source |\n| --- | --- | --- |\n")
		for _, o := range r.Operations {
			fmt.Fprintf(&b, "| %s | %s | %s |\n", o.Kind, mdOp(o.Method, o.Path, o.OperationID), mdSource(o.Source))
		}
	}
	var other []Change
	for _, c := range r.Changes {
		if !c.Breaking && c.Rule != "endpoint-added" {
			other = append(other, c)
		}
	}
	if len(other) > 0 {
		b.WriteString("\n### Other changes\n")
		group := "\x00"
		for _, c := range other {
			g := mdOp(c.Method, c.Path, c.OperationID)
			if c.Method == "" {
				g = "Components"
			}
			if g != group {
				group = g
				fmt.Fprintf(&b, "\n#### %s\n\n", g)
			}
			fmt.Fprintf(&b, "- %s", c.Text)
			if s := mdSource(c.Source); s != "" {
				fmt.Fprintf(&b, " — %s", s)
			}
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func mdLevel(level string) string {
	if level == "error" {
		return "**breaking**"
	}
	return "possibly breaking"
}

func mdOp(method, path, id string) string {
	if method == "" {
		return ""
	}
	s := "`" + method + " " + mdCode(path) + "`"
	if id != "" {
		s += " " + mdCell(id)
	}
	return s
}

func mdSource(s *Source) string {
	if s == nil {
		return ""
	}
	if s.Page == "" {
		return "`" + mdCode(s.Spec) + "` (" + s.Side + ")"
	}
	return "`" + mdCode(s.String()) + "` (" + s.Side + ")"
}

// mdCell escapes text for a table cell.
func mdCell(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.ReplaceAll(s, "\n", " ")
}

// mdCode makes text safe inside a code span in a table.
func mdCode(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "`", "'"), "|", `\|`)
}
