package generator

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/docspec/docspec/generator/diag"
)

// Strict says which warnings fail a build: every warning (All), or those of
// the listed codes. The zero value allows every warning.
type Strict struct {
	All   bool
	Codes []diag.Code
}

// UnmarshalYAML reads the config's strict key: true, false, or a list of
// codes (checked by LoadConfig, each at its line).
func (s *Strict) UnmarshalYAML(n *yaml.Node) error {
	*s = Strict{}
	if n.Kind == yaml.SequenceNode {
		return n.Decode(&s.Codes)
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!bool" {
		return n.Decode(&s.All)
	}
	return fmt.Errorf("line %d: strict: want true, false or a list of diagnostic codes", n.Line)
}

// Enabled reports whether any warning can fail the build.
func (s Strict) Enabled() bool { return s.All || len(s.Codes) > 0 }

// Fails reports whether d fails the build. Notes never do; errors fail it
// anyway.
func (s Strict) Fails(d diag.Diagnostic) bool {
	if d.Severity != diag.Warning {
		return false
	}
	if s.All {
		return true
	}
	for _, c := range s.Codes {
		if c == d.Code {
			return true
		}
	}
	return false
}

// CheckCode says what is wrong with a code named in a strict or ignore list
// ("" when nothing): it must be declared (see diag.Codes), and an error can
// be neither ignored nor made strict, since it fails the run already.
func CheckCode(c diag.Code, ignore bool) string {
	info, ok := diag.Lookup(c)
	switch {
	case !ok:
		return fmt.Sprintf("unknown diagnostic code %q (docspec help codes lists them)", c)
	case info.Severity == diag.Error && ignore:
		return fmt.Sprintf("%q is an error: errors cannot be ignored", c)
	case info.Severity == diag.Error:
		return fmt.Sprintf("%q is an error: it fails the run without strict mode", c)
	}
	return ""
}

// ParseCodes reads a comma-separated list of codes (a command-line flag),
// checked as CheckCode does.
func ParseCodes(list string, ignore bool) ([]diag.Code, error) {
	var out []diag.Code
	for _, f := range strings.Split(list, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		c := diag.Code(f)
		if msg := CheckCode(c, ignore); msg != "" {
			return nil, fmt.Errorf("%s", msg)
		}
		out = append(out, c)
	}
	return out, nil
}
