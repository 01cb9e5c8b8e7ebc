package examplecheck

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/docspec/docspec/generator/internal/gogen"
)

// Result is the check of one example.
type Result struct {
	Operation string `json:"operation"` // Go name of the operation
	Status    string `json:"status"`
	Name      string `json:"name"`   // the example's name in the spec
	Source    string `json:"source"` // the operation's page:line
	// DecodeError is why the example does not decode into the generated
	// type ("" when it does).
	DecodeError string `json:"decode_error,omitempty"`
	// Difference is the first place where the decoded value, encoded
	// again, differs from the example ("" when it does not).
	Difference string `json:"difference,omitempty"`
}

func (r Result) String() string {
	s := fmt.Sprintf("%s %s %s (%s)", r.Operation, r.Status, r.Name, r.Source)
	switch {
	case r.DecodeError != "":
		return s + ": does not decode: " + r.DecodeError
	case r.Difference != "":
		return s + ": decodes with a difference: " + r.Difference
	}
	return s + ": ok"
}

// Options says how the package was generated and where to check it.
type Options struct {
	// Gen are the options the package was generated with (package name and
	// operation filters); its targets include models and client.
	Gen gogen.Options
	// WorkDir is a folder inside a Go module whose requirements cover the
	// package's imports (in docspec's module: generator/testdata, where
	// gen-* folders are ignored by git and by ./... patterns). The check
	// works in a fresh gen-examplecheck-* folder created there and removed
	// after.
	WorkDir string
	// Go is the go command (default "go").
	Go string
}

// Run checks every valid response example of specYAML against the Go
// package in pkgDir, generated from it with o.Gen.
func Run(ctx context.Context, specYAML []byte, pkgDir string, o Options) ([]Result, error) {
	check, err := gogen.ExampleCheckFile(specYAML, o.Gen)
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp(o.WorkDir, "gen-examplecheck-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	entries, err := os.ReadDir(pkgDir)
	if err != nil {
		return nil, err
	}
	copied := 0
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(pkgDir, name))
		if err != nil {
			return nil, err
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return nil, err
		}
		copied++
	}
	if copied == 0 {
		return nil, fmt.Errorf("%s holds no Go files", pkgDir)
	}
	if err := os.WriteFile(filepath.Join(dir, check.Name), check.Data, 0o644); err != nil {
		return nil, err
	}
	report := filepath.Join(dir, "report.json")
	goCmd := o.Go
	if goCmd == "" {
		goCmd = "go"
	}
	cmd := exec.CommandContext(ctx, goCmd, "test", "-count=1", "-run", "^TestDocExamples$", ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "DOCSPEC_EXAMPLECHECK_OUT="+report)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("go test of the example check of %s: %w\n%s", pkgDir, err, out.Bytes())
	}
	data, err := os.ReadFile(report)
	if err != nil {
		return nil, fmt.Errorf("the example check of %s wrote no report: %w\n%s", pkgDir, err, out.Bytes())
	}
	var results []Result
	if err := json.Unmarshal(data, &results); err != nil {
		return nil, fmt.Errorf("reading the example check's report: %w", err)
	}
	return results, nil
}

// Failures are the results of examples that do not decode.
func Failures(results []Result) []Result {
	var out []Result
	for _, r := range results {
		if r.DecodeError != "" {
			out = append(out, r)
		}
	}
	return out
}

// Differences are the results of examples that decode to other JSON.
func Differences(results []Result) []Result {
	var out []Result
	for _, r := range results {
		if r.DecodeError == "" && r.Difference != "" {
			out = append(out, r)
		}
	}
	return out
}
