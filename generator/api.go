package generator

import (
	"io"

	"github.com/docspec/docspec/generator/internal/gogen"
	"github.com/docspec/docspec/generator/internal/specbuild"
	"github.com/docspec/docspec/generator/internal/specdiff"
)

// Info is the spec's info object and server URLs.
type Info = specbuild.Info

// GoOptions says which Go package to generate and what it holds.
type GoOptions = gogen.Options

// Target is one kind of generated Go file (models, client, a server…).
type Target = gogen.Target

// GoFile is one generated Go file.
type GoFile = gogen.File

// DefaultTargets are the targets generated when none are named.
var DefaultTargets = gogen.DefaultTargets

// GenerateGo turns a spec (YAML) into Go files.
func GenerateGo(spec []byte, o GoOptions) ([]GoFile, error) { return gogen.Generate(spec, o) }

// DiffReport is what changed between two specs, breaking changes first.
type DiffReport = specdiff.Report

// DiffFormats are the formats RenderDiff writes.
var DiffFormats = specdiff.Formats

// Diff compares two specs written by docspec.
func Diff(oldName string, oldYAML []byte, newName string, newYAML []byte) (*DiffReport, error) {
	return specdiff.Compare(oldName, oldYAML, newName, newYAML)
}

// RenderDiff writes a report in one of DiffFormats.
func RenderDiff(w io.Writer, r *DiffReport, format string) error {
	return specdiff.Render(w, r, format)
}
