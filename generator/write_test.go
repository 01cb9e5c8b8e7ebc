package generator

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeCase is a folder of outputs from an earlier run and the result of
// the next one: two files change, one is new, one stays, one is removed.
type writeCase struct {
	dir      string
	res      *Result
	old, neu map[string]string // file (relative) → content; absent = no file
}

func newWriteCase(t *testing.T) *writeCase {
	t.Helper()
	dir := t.TempDir()
	c := &writeCase{dir: dir,
		old: map[string]string{
			"openapi.yaml":       "spec v1\n",
			"gen/models.gen.go":  GeneratedMarker + "\nmodels v1\n",
			"gen/client.gen.go":  GeneratedMarker + "\nclient v1\n",
			"gen/server.gen.go":  GeneratedMarker + "\nserver v1\n",
			"gen/dropped.gen.go": GeneratedMarker + "\ndropped target\n",
		},
		neu: map[string]string{
			"openapi.yaml":      "spec v2\n",
			"gen/models.gen.go": GeneratedMarker + "\nmodels v2\n",
			"gen/client.gen.go": GeneratedMarker + "\nclient v1\n", // unchanged: not rewritten
			"gen/server.gen.go": GeneratedMarker + "\nserver v2\n",
			"gen/spec.gen.go":   GeneratedMarker + "\nnew target\n",
		},
	}
	for name, data := range c.old {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(data), 0o644))
	}
	c.res = &Result{}
	names := make([]string, 0, len(c.neu))
	for name := range c.neu {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		c.res.Outputs = append(c.res.Outputs, Output{Path: filepath.Join(dir, filepath.FromSlash(name)), Data: []byte(c.neu[name])})
	}
	c.res.Remove = []string{filepath.Join(dir, "gen", "dropped.gen.go")}
	return c
}

// files reads the folder: outputs by name, and the temporary files apart.
func (c *writeCase) files(t *testing.T) (map[string]string, []string) {
	t.Helper()
	got := map[string]string{}
	var temps []string
	require.NoError(t, filepath.WalkDir(c.dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(c.dir, p)
		rel = filepath.ToSlash(rel)
		if strings.HasPrefix(d.Name(), ".") && strings.Contains(d.Name(), ".tmp") {
			temps = append(temps, rel)
			return nil
		}
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		got[rel] = string(data)
		return nil
	}))
	return got, temps
}

type stepAt struct{ step, file string }

// recordSteps runs WriteOutputs once and lists the steps it takes.
func recordSteps(t *testing.T) []stepAt {
	t.Helper()
	c := newWriteCase(t)
	var steps []stepAt
	writeStep = func(s, p string) error {
		rel, _ := filepath.Rel(c.dir, p)
		steps = append(steps, stepAt{s, filepath.ToSlash(rel)})
		return nil
	}
	defer func() { writeStep = nil }()
	_, _, err := WriteOutputs(c.res)
	require.NoError(t, err)
	got, temps := c.files(t)
	require.Equal(t, c.neu, got)
	require.Empty(t, temps)
	return steps
}

var errInjected = errors.New("injected: no space left on device")

type killed struct{}

// TestWriteOutputsInterrupted stops WriteOutputs before each of its steps in
// turn, by an error (a full disk) and by a panic that skips every cleanup (a
// kill). Each time, every file finished before that step holds its new
// content, every other file its old one (never a part of either), an error
// leaves no temporary file, and the next run completes the job and removes
// what a kill left.
func TestWriteOutputsInterrupted(t *testing.T) {
	steps := recordSteps(t)
	// Three changed files and a new one go through mkdir, create, write,
	// sync and rename; the unchanged one is not rewritten; one is removed.
	require.Len(t, steps, 4*5+1, "%v", steps)
	for i, at := range steps {
		for _, kill := range []bool{false, true} {
			name := fmt.Sprintf("%02d-%s-%s-", i, at.step, at.file)
			if kill {
				name += "killed"
			} else {
				name += "failed"
			}
			t.Run(strings.ReplaceAll(name, "/", "_"), func(t *testing.T) {
				c := newWriteCase(t)
				n := 0
				writeStep = func(s, p string) error {
					defer func() { n++ }()
					if n != i {
						return nil
					}
					if kill {
						panic(killed{})
					}
					return errInjected
				}
				var err error
				func() {
					defer func() {
						if r := recover(); r != nil {
							_, ok := r.(killed)
							require.True(t, ok, "unexpected panic: %v", r)
						}
					}()
					_, _, err = WriteOutputs(c.res)
				}()
				writeStep = nil
				if !kill {
					require.ErrorIs(t, err, errInjected)
				}

				// Steps before i are done: a file is new once it was renamed.
				done := map[string]bool{}
				for _, s := range steps[:i] {
					if s.step == "rename" || s.step == "remove" {
						done[s.file] = true
					}
				}
				got, temps := c.files(t)
				for name := range union(c.old, c.neu) {
					want, ok := c.old[name]
					if done[name] || c.old[name] == c.neu[name] {
						want, ok = c.neu[name]
					}
					if ok {
						assert.Equal(t, want, got[name], name)
					} else {
						assert.NotContains(t, got, name)
					}
				}
				if !kill {
					assert.Empty(t, temps, "a failed write removes its temporary file")
				}

				// The next run finishes the job and cleans up.
				_, _, err = WriteOutputs(c.res)
				require.NoError(t, err)
				got, temps = c.files(t)
				assert.Equal(t, c.neu, got)
				assert.Empty(t, temps)
			})
		}
	}
}

func union(a, b map[string]string) map[string]bool {
	m := map[string]bool{}
	for k := range a {
		m[k] = true
	}
	for k := range b {
		m[k] = true
	}
	return m
}

// A path naming a named pipe (like -o /dev/stdout or /dev/null) is written
// into, not replaced by a file: renaming over a device would replace it.
func TestWriteFileAtomicIntoPipe(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no named pipes in the file system")
	}
	p := filepath.Join(t.TempDir(), "out.yaml")
	require.NoError(t, mkfifo(p))
	got := make(chan []byte, 1)
	go func() {
		data, _ := os.ReadFile(p) // blocks until the writer opens the pipe
		got <- data
	}()
	require.NoError(t, WriteFileAtomic(p, []byte("spec\n")))
	info, err := os.Lstat(p)
	require.NoError(t, err)
	require.NotZero(t, info.Mode()&os.ModeNamedPipe, "the pipe is still a pipe")
	select {
	case data := <-got:
		assert.Equal(t, "spec\n", string(data))
	case <-time.After(10 * time.Second):
		t.Fatal("nothing was written into the pipe")
	}
	entries, err := os.ReadDir(filepath.Dir(p))
	require.NoError(t, err)
	assert.Len(t, entries, 1, "no temporary file beside it")
}

// A folder where no file can be made: the error names the output, not the
// temporary file beside it.
func TestWriteFileAtomicUnwritable(t *testing.T) {
	if _, err := os.Stat("/proc/self"); runtime.GOOS != "linux" || err != nil {
		t.Skip("needs /proc, where no file can be created")
	}
	err := WriteFileAtomic("/proc/docspec-out.yaml", []byte("spec\n"))
	require.Error(t, err)
	assert.Equal(t, "cannot write /proc/docspec-out.yaml: no such file or directory", err.Error())
}
