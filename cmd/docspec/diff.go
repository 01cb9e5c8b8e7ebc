package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/docspec/docspec/generator"
)

// cmdDiff compares two specs (or docs folders, built on the fly) and prints
// the change report. With -fail-on-breaking it exits 1 when a change may
// break clients.
func cmdDiff(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("diff", "OLD NEW   (each a spec file or a docs folder)", stderr)
	format := fs.String("format", "markdown", "report `format`: "+strings.Join(generator.DiffFormats, ", "))
	failOnBreaking := fs.Bool("fail-on-breaking", false, "exit 1 when a breaking change is found")
	tag := fs.String("tag", "", "tag of the operations when building a docs folder (default: the OLD side's tag)")
	verbose := fs.Bool("v", false, "also print notes when building docs folders")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return flagStatus(err)
	}
	if len(pos) != 2 {
		fs.Usage()
		return 2
	}
	if err := generator.RenderDiff(io.Discard, &generator.DiffReport{}, *format); err != nil {
		fmt.Fprintf(stderr, "docspec: %v\n", err)
		return 2
	}
	var specs [2][]byte
	for i, p := range pos {
		data, ok := diffSide(ctx, p, *tag, stderr, *verbose)
		if !ok {
			return 1
		}
		specs[i] = data
		if *tag == "" {
			// Build the NEW folder with the OLD side's tag, so that folders
			// with different names (two dated copies of the docs) compare
			// without a tag change on every operation.
			*tag = firstTag(data)
		}
	}
	rep, err := generator.Diff(filepath.ToSlash(pos[0]), specs[0], filepath.ToSlash(pos[1]), specs[1])
	if err != nil {
		fmt.Fprintf(stderr, "docspec: %v\n", err)
		return 1
	}
	if err := generator.RenderDiff(stdout, rep, *format); err != nil {
		fmt.Fprintf(stderr, "docspec: %v\n", err)
		return 1
	}
	if *failOnBreaking && rep.HasBreaking() {
		fmt.Fprintf(stderr, "docspec: breaking changes: %d\n", rep.Breaking)
		return 1
	}
	return 0
}

// diffSide reads a spec file, or builds the spec of a docs folder.
func diffSide(ctx context.Context, p, tag string, stderr io.Writer, verbose bool) ([]byte, bool) {
	st, err := os.Stat(p)
	if err != nil {
		fmt.Fprintf(stderr, "docspec: cannot read %s: %v\n", p, pathCause(err))
		return nil, false
	}
	if !st.IsDir() {
		data, err := os.ReadFile(p)
		if err != nil {
			fmt.Fprintf(stderr, "docspec: cannot read %s: %v\n", p, pathCause(err))
			return nil, false
		}
		return data, true
	}
	res, err := generator.Build(ctx, generator.BuildOptions{Dirs: []string{p}, Tag: tag})
	if err != nil {
		fmt.Fprintf(stderr, "docspec: %v\n", err)
		return nil, false
	}
	if res.Diags.HasErrors() || verbose {
		res.Diags.Print(stderr, verbose)
	}
	if res.Failed() {
		fmt.Fprintln(stderr, res.Summary())
		return nil, false
	}
	return res.YAML, true
}

// firstTag is the name of the spec's first tag ("" if none).
func firstTag(spec []byte) string {
	var doc struct {
		Tags []struct {
			Name string `yaml:"name"`
		} `yaml:"tags"`
	}
	if yaml.Unmarshal(spec, &doc) != nil || len(doc.Tags) == 0 {
		return ""
	}
	return doc.Tags[0].Name
}

// pathCause is what went wrong with a file, without the operation and the
// path that the message gives already ("no such file or directory").
func pathCause(err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		return pe.Err
	}
	return err
}
