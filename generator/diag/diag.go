// Package diag holds source positions and diagnostics shared by every stage.
//
// A Diagnostic is a problem found in the input documentation, reported at
// page.md:line with a severity and a stable code, in the style of go vet:
//
//	spec/docs/page.md:42: warning: body table "BackupUpdate": unknown type "Objekt": typed as any value [unknown-type]
//
// A List sorts like go/scanner.ErrorList: by file, line, column, then severity
// and message, so output never depends on scheduling or map order.
package diag

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Pos is a position in an input file. File is slash-separated; inside the
// stages a page is named relative to the docs root (as in the spec's
// x-docspec-source), and generator.Build hands out positions ready to print
// (the docs folder as given joined with that path). Line and Col are
// 1-based, 0 when unknown.
type Pos struct {
	File string `json:"file"`
	Line int    `json:"line,omitempty"`
	Col  int    `json:"col,omitempty"`
}

// IsValid reports whether the position names a file.
func (p Pos) IsValid() bool { return p.File != "" }

func (p Pos) String() string {
	switch {
	case p.File == "":
		return "-"
	case p.Line <= 0:
		return p.File
	case p.Col <= 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	default:
		return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
	}
}

// Severity orders diagnostics: errors make a run fail, warnings and notes do not.
type Severity int

const (
	Error Severity = iota
	Warning
	Note
)

func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	default:
		return "note"
	}
}

// Diagnostic is one problem at one position.
type Diagnostic struct {
	Pos      Pos      `json:"pos"`
	Severity Severity `json:"severity"`
	Code     Code     `json:"code"`
	Msg      string   `json:"message"`
}

// Cost is what the diagnostic's problem costs the output.
func (d Diagnostic) Cost() Cost {
	info, _ := Lookup(d.Code)
	return info.Cost
}

func (d Diagnostic) String() string {
	return fmt.Sprintf("%s: %s: %s [%s]", d.Pos, d.Severity, d.Msg, d.Code)
}

// List is a list of diagnostics. The zero value is ready to use.
type List []Diagnostic

// Report appends a diagnostic of a declared code, with the code's severity.
func (l *List) Report(pos Pos, code Code, format string, args ...any) {
	info, ok := Lookup(code)
	if !ok {
		panic("diag: undeclared code " + string(code))
	}
	l.Add(pos, info.Severity, code, format, args...)
}

// Add appends a diagnostic with an explicit severity (for diagnostics that
// stand for others, like too-many-diagnostics).
func (l *List) Add(pos Pos, sev Severity, code Code, format string, args ...any) {
	*l = append(*l, Diagnostic{Pos: pos, Severity: sev, Code: code, Msg: fmt.Sprintf(format, args...)})
}

// Append adds every diagnostic of other.
func (l *List) Append(other List) { *l = append(*l, other...) }

func (l List) Len() int      { return len(l) }
func (l List) Swap(i, j int) { l[i], l[j] = l[j], l[i] }
func (l List) Less(i, j int) bool {
	a, b := l[i], l[j]
	if a.Pos.File != b.Pos.File {
		return a.Pos.File < b.Pos.File
	}
	if a.Pos.Line != b.Pos.Line {
		return a.Pos.Line < b.Pos.Line
	}
	if a.Pos.Col != b.Pos.Col {
		return a.Pos.Col < b.Pos.Col
	}
	if a.Severity != b.Severity {
		return a.Severity < b.Severity
	}
	if a.Code != b.Code {
		return a.Code < b.Code
	}
	return a.Msg < b.Msg
}

// Sort sorts the list in place and drops exact duplicates.
func (l *List) Sort() {
	sort.Stable(*l)
	out := (*l)[:0]
	for i, d := range *l {
		if i > 0 && d == (*l)[i-1] {
			continue
		}
		out = append(out, d)
	}
	*l = out
}

// Count returns how many diagnostics have the given severity.
func (l List) Count(s Severity) int {
	n := 0
	for _, d := range l {
		if d.Severity == s {
			n++
		}
	}
	return n
}

// HasErrors reports whether any diagnostic is an error.
func (l List) HasErrors() bool { return l.Count(Error) > 0 }

// Print writes one diagnostic per line, with no notes unless verbose.
func (l List) Print(w io.Writer, verbose bool) {
	var b strings.Builder
	for _, d := range l {
		if d.Severity == Note && !verbose {
			continue
		}
		b.WriteString(d.String())
		b.WriteByte('\n')
	}
	io.WriteString(w, b.String())
}

// String renders every diagnostic, notes included, one per line.
func (l List) String() string {
	var b strings.Builder
	l.Print(&b, true)
	return b.String()
}

// Err returns the list as an error when it holds errors, nil otherwise.
func (l List) Err() error {
	if !l.HasErrors() {
		return nil
	}
	return ErrorList(l)
}

// ErrorList is a List used as an error value.
type ErrorList List

func (e ErrorList) Error() string {
	errs := List(e)
	n := errs.Count(Error)
	for _, d := range errs {
		if d.Severity == Error {
			if n == 1 {
				return d.String()
			}
			return fmt.Sprintf("%s (and %d more errors)", d, n-1)
		}
	}
	return "no errors"
}
