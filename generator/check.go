package generator

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	udiff "github.com/aymanbagabas/go-udiff"
)

// ChangeKind says what a run would do to a file.
type ChangeKind string

const (
	Create ChangeKind = "create"
	Update ChangeKind = "update"
	Delete ChangeKind = "remove"
)

// Change is one file a run would write or remove.
type Change struct {
	Path string
	Kind ChangeKind
	// Diff is a unified diff from the file on disk to the new content (empty
	// for a removal), cut after the line limit given to Changes.
	Diff string
}

// Changes compares what a run would write with the files on disk, without
// writing anything. maxLines caps each file's diff (0 = no cap). The result
// follows the order of res.Outputs, then res.Remove.
func Changes(res *Result, maxLines int) ([]Change, error) {
	var out []Change
	for _, o := range res.Outputs {
		old, err := os.ReadFile(o.Path)
		kind := Update
		switch {
		case os.IsNotExist(err):
			kind = Create
		case err != nil:
			return nil, err
		case string(old) == string(o.Data):
			continue
		}
		label := filepath.ToSlash(o.Path)
		from := label
		if kind == Create {
			from = "/dev/null"
		}
		d := udiff.Unified(from, label+" (regenerated)", string(old), string(o.Data))
		out = append(out, Change{Path: o.Path, Kind: kind, Diff: capLines(d, maxLines)})
	}
	for _, p := range res.Remove {
		out = append(out, Change{Path: p, Kind: Delete})
	}
	return out, nil
}

// capLines keeps the first max lines of text and says how many were left out.
func capLines(text string, max int) string {
	if max <= 0 {
		return text
	}
	lines := strings.SplitAfter(text, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	if len(lines) <= max {
		return text
	}
	return strings.Join(lines[:max], "") + fmt.Sprintf("... (%d more lines)\n", len(lines)-max)
}
