package generator

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/internal/gogen"
)

// Config is docspec.yaml: what `docspec run` and `docspec check` do.
// Paths are relative to the config file.
type Config struct {
	// Docs lists the documentation folders (at least one).
	Docs []string `yaml:"docs"`
	// Spec is where the OpenAPI document is written.
	Spec string `yaml:"spec"`
	// Tag is given to every operation; default: the docs folder's service name.
	Tag     string   `yaml:"tag,omitempty"`
	Info    InfoConf `yaml:"info,omitempty"`
	Servers []string `yaml:"servers,omitempty"`
	// Overlay is an OpenAPI Overlay file applied to the spec after the docs
	// are read and before anything is written: corrections to the docs that
	// do not need a fork of the pages.
	Overlay string `yaml:"overlay,omitempty"`
	// Go configures the generated Go package; omit it to write only the spec.
	Go *GoConf `yaml:"go,omitempty"`
	// Strict makes warnings fail the run (exit 1, nothing written):
	// `strict: true` every warning, `strict: [code, …]` those codes'.
	Strict Strict `yaml:"strict,omitempty"`
	// Ignore lists codes whose diagnostics are not shown, only counted in
	// the summary line. Errors cannot be ignored.
	Ignore []diag.Code `yaml:"ignore,omitempty"`

	path        string // the config file
	overlayLine int    // line of the overlay key, for diagnostics
}

// InfoConf is the spec's info object.
type InfoConf struct {
	Title       string `yaml:"title,omitempty"`
	Description string `yaml:"description,omitempty"`
	Version     string `yaml:"version,omitempty"`
}

// GoConf is the generated Go package.
type GoConf struct {
	Package           string         `yaml:"package"`
	Output            string         `yaml:"output"`
	Targets           []gogen.Target `yaml:"targets,omitempty"`
	IncludeTags       []string       `yaml:"include-tags,omitempty"`
	ExcludeTags       []string       `yaml:"exclude-tags,omitempty"`
	IncludeOperations []string       `yaml:"include-operations,omitempty"`
	ExcludeOperations []string       `yaml:"exclude-operations,omitempty"`
}

// Path returns the config file's path.
func (c *Config) Path() string { return c.path }

// Resolve returns p relative to the config file's folder.
func (c *Config) Resolve(p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(filepath.Dir(c.path), filepath.FromSlash(p))
}

var yamlLine = regexp.MustCompile(`line (\d+): (.*)`)

// LoadConfig reads and checks a config file. Problems are diagnostics at the
// config's file:line.
func LoadConfig(path string) (*Config, diag.List) {
	var diags diag.List
	file := filepath.ToSlash(path)
	data, err := os.ReadFile(path)
	if err != nil {
		diags.Report(diag.Pos{File: file}, diag.Config, "cannot read config: %v", unwrapPathErr(err))
		return nil, diags
	}
	cfg := &Config{path: path}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(cfg); err != nil && err != io.EOF {
		for _, line := range strings.Split(err.Error(), "\n") {
			if m := yamlLine.FindStringSubmatch(line); m != nil {
				n, _ := strconv.Atoi(m[1])
				msg := m[2]
				if f := regexp.MustCompile(`field (\S+) not found in type \S+`).FindStringSubmatch(msg); f != nil {
					msg = fmt.Sprintf("unknown key %q", f[1])
				}
				diags.Report(diag.Pos{File: file, Line: n}, diag.Config, "%s", msg)
			}
		}
		if len(diags) == 0 {
			diags.Report(diag.Pos{File: file}, diag.Config, "%s", strings.TrimPrefix(err.Error(), "yaml: "))
		}
		return nil, diags
	}
	var root yaml.Node
	if yaml.Unmarshal(data, &root) == nil && len(root.Content) == 1 {
		m := root.Content[0]
		for i := 0; i+1 < len(m.Content); i += 2 {
			switch key, val := m.Content[i], m.Content[i+1]; key.Value {
			case "overlay":
				cfg.overlayLine = key.Line
			case "strict", "ignore":
				// Each code is checked at its own line.
				for _, item := range val.Content {
					if msg := CheckCode(diag.Code(item.Value), key.Value == "ignore"); msg != "" {
						diags.Report(diag.Pos{File: file, Line: item.Line}, diag.Config, "%s: %s", key.Value, msg)
					}
				}
			}
		}
	}
	if len(cfg.Docs) == 0 {
		diags.Report(diag.Pos{File: file}, diag.Config, "no docs folders: set docs")
	}
	if cfg.Spec == "" {
		diags.Report(diag.Pos{File: file}, diag.Config, "no spec path: set spec")
	}
	if cfg.Go != nil {
		if len(cfg.Go.Targets) == 0 {
			cfg.Go.Targets = gogen.DefaultTargets
		}
		if cfg.Go.Output == "" {
			diags.Report(diag.Pos{File: file}, diag.Config, "go.output is not set")
		}
		if err := cfg.goOptions().Validate(); err != nil {
			diags.Report(diag.Pos{File: file}, diag.Config, "go: %v", err)
		}
	}
	if diags.HasErrors() {
		return nil, diags
	}
	return cfg, diags
}

func (c *Config) goOptions() gogen.Options {
	g := c.Go
	return gogen.Options{Package: g.Package, Targets: g.Targets, IncludeTags: g.IncludeTags, ExcludeTags: g.ExcludeTags,
		IncludeOperations: g.IncludeOperations, ExcludeOperations: g.ExcludeOperations}
}
