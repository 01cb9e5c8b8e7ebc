package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"

	"github.com/docspec/docspec/generator"
)

// cmdCheck regenerates in memory and compares with the files on disk: exit 0
// when everything is current, 1 with a diff of what `run` would change.
// It never writes.
func cmdCheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", "-config docspec.yaml", stderr)
	config := fs.String("config", "docspec.yaml", "the config `file`")
	verbose := fs.Bool("v", false, "also print notes")
	maxLines := fs.Int("lines", 200, "show at most this many diff `lines` per file (0: all)")
	policy := addPolicyFlags(fs)
	if err := parseOnlyFlags(fs, args); err != nil {
		return flagStatus(err)
	}
	res, code := runConfig(ctx, *config, policy, *verbose, stderr, false)
	if res == nil {
		return code
	}
	changes, err := generator.Changes(res, *maxLines)
	if err != nil {
		fmt.Fprintf(stderr, "docspec: %v\n", err)
		return 1
	}
	if len(changes) == 0 {
		fmt.Fprintf(stderr, "docspec: up to date (%s)\n", files(len(res.Outputs)))
		return 0
	}
	for _, c := range changes {
		switch c.Kind {
		case generator.Delete:
			fmt.Fprintf(stdout, "docspec: would remove %s (no longer generated)\n", slashPath(c.Path))
		default:
			fmt.Fprintf(stdout, "docspec: would %s %s\n", c.Kind, slashPath(c.Path))
			io.WriteString(stdout, c.Diff)
		}
	}
	fmt.Fprintf(stderr, "docspec: %d of %s out of date; run: docspec run -config %s (or go generate ./...)\n",
		len(changes), files(len(res.Outputs)+len(res.Remove)), *config)
	return 1
}

func slashPath(p string) string { return filepath.ToSlash(p) }

func files(n int) string {
	if n == 1 {
		return "1 file"
	}
	return fmt.Sprintf("%d files", n)
}
