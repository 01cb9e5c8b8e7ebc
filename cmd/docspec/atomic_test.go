package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const atomicConfig = `docs: [docs]
spec: openapi.yaml
tag: cbr
info:
  title: T
  version: v3
go:
  package: cbr
  output: gen
`

// outputTree reads every file of the spec and the Go output folder.
func outputTree(t *testing.T, work string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, dir := range []string{work, filepath.Join(work, "gen")} {
		entries, err := os.ReadDir(dir)
		require.NoError(t, err)
		for _, e := range entries {
			if e.IsDir() || (dir == work && e.Name() != "openapi.yaml" && !strings.HasPrefix(e.Name(), ".")) {
				continue
			}
			data, err := os.ReadFile(filepath.Join(dir, e.Name()))
			require.NoError(t, err)
			rel, _ := filepath.Rel(work, filepath.Join(dir, e.Name()))
			out[filepath.ToSlash(rel)] = string(data)
		}
	}
	return out
}

func isTemp(name string) bool {
	return strings.HasPrefix(filepath.Base(name), ".") && strings.Contains(filepath.Base(name), ".tmp")
}

// newAtomicWork makes a config folder whose outputs come from page (v1).
func newAtomicWork(t *testing.T, page []byte) string {
	t.Helper()
	work := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(work, "docs"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(work, "docspec.yaml"), []byte(atomicConfig), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(work, "docs", "UpdateBackup.md"), page, 0o644))
	out, err := docspecCmd("run", "-config", filepath.Join(work, "docspec.yaml")).CombinedOutput()
	require.NoError(t, err, "%s", out)
	return work
}

// asCommand is set in the environment of a test binary started as the
// command: TestMain then runs Main instead of the tests, so that the kill
// test needs no go build.
const asCommand = "DOCSPEC_TEST_AS_COMMAND"

func TestMain(m *testing.M) {
	if os.Getenv(asCommand) == "1" {
		os.Exit(Main(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// docspecCmd is `docspec args...` as a process of its own: this test binary,
// running Main.
func docspecCmd(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), asCommand+"=1")
	return cmd
}

// TestKilledMidWrite kills `docspec run` twice while it replaces existing
// outputs: once as soon as a temporary file appears (in the middle of
// writing the first output), once as soon as the spec holds its new content
// (between two outputs). Every output must be wholly old or wholly new, and
// the next run must complete the job and leave no temporary file behind.
// Every step of the writing is interrupted in turn, by a failure and by a
// simulated kill, in generator's TestWriteOutputsInterrupted; these two real
// kills check the same from outside, with a process and SIGKILL.
func TestKilledMidWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the command six times and kills it twice")
	}
	v1, err := os.ReadFile("../../spec/docs/UpdateBackup.md")
	require.NoError(t, err)
	v2 := bytes.ReplaceAll(v1, []byte("备份名称"), []byte("新的备份名称"))
	require.NotEqual(t, v1, v2)

	// The two complete states.
	old := outputTree(t, newAtomicWork(t, v1))
	w2 := newAtomicWork(t, v1)
	require.NoError(t, os.WriteFile(filepath.Join(w2, "docs", "UpdateBackup.md"), v2, 0o644))
	out, err := docspecCmd("run", "-config", filepath.Join(w2, "docspec.yaml")).CombinedOutput()
	require.NoError(t, err, "%s", out)
	neu := outputTree(t, w2)
	require.NotEqual(t, old["openapi.yaml"], neu["openapi.yaml"])

	triggers := []struct {
		name string
		now  func(work string) bool
	}{
		{"a temporary file appears", func(work string) bool {
			for _, dir := range []string{work, filepath.Join(work, "gen")} {
				entries, _ := os.ReadDir(dir)
				for _, e := range entries {
					if isTemp(e.Name()) {
						return true
					}
				}
			}
			return false
		}},
		{"the spec is new", func(work string) bool {
			data, _ := os.ReadFile(filepath.Join(work, "openapi.yaml"))
			return string(data) == neu["openapi.yaml"]
		}},
	}
	for i, trig := range triggers {
		work := newAtomicWork(t, v1)
		require.NoError(t, os.WriteFile(filepath.Join(work, "docs", "UpdateBackup.md"), v2, 0o644))
		cmd := docspecCmd("run", "-config", filepath.Join(work, "docspec.yaml"))
		require.NoError(t, cmd.Start())
		exited := make(chan struct{})
		go func() { cmd.Wait(); close(exited) }()
		killed := false
	watch:
		for {
			select {
			case <-exited:
				break watch
			default:
			}
			if trig.now(work) {
				killed = cmd.Process.Signal(syscall.SIGKILL) == nil
				<-exited
				break
			}
			time.Sleep(200 * time.Microsecond)
		}

		got := outputTree(t, work)
		sawOld, sawNew, temps := 0, 0, 0
		for name, data := range got {
			if isTemp(name) {
				temps++
				continue // left by the kill; removed by the next run (checked below)
			}
			switch data {
			case old[name]:
				sawOld++
			case neu[name]:
				sawNew++
			default:
				t.Fatalf("run %d killed when %s: %s is neither the old nor the new content (%d bytes)", i, trig.name, name, len(data))
			}
		}
		for name := range old {
			assert.Contains(t, got, name, "run %d: %s disappeared", i, name)
		}
		t.Logf("kill %d when %s (killed: %v): %d files old, %d new, %d temporary", i, trig.name, killed, sawOld, sawNew, temps)
		// The next run completes the job and cleans up.
		out, err := docspecCmd("run", "-config", filepath.Join(work, "docspec.yaml")).CombinedOutput()
		require.NoError(t, err, "%s", out)
		after := outputTree(t, work)
		for name := range after {
			assert.False(t, isTemp(name), "run %d: temporary file %s left after the next run", i, name)
		}
		assert.Equal(t, neu, after, "run %d: outputs after the next run", i)
	}
}

// TestStaleTempsRemoved: temporary files of an earlier crash go away even
// when the outputs themselves are up to date.
func TestStaleTempsRemoved(t *testing.T) {
	v1, err := os.ReadFile("../../spec/docs/UpdateBackup.md")
	require.NoError(t, err)
	work := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(work, "docs"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(work, "docspec.yaml"), []byte(atomicConfig), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(work, "docs", "UpdateBackup.md"), v1, 0o644))
	cfg := filepath.Join(work, "docspec.yaml")
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, Main(context.Background(), []string{"run", "-config", cfg}, &stdout, &stderr), stderr.String())
	stale := []string{filepath.Join(work, ".openapi.yaml.tmp123"), filepath.Join(work, "gen", ".models.gen.go.tmp456")}
	for _, p := range stale {
		require.NoError(t, os.WriteFile(p, []byte("partial"), 0o644))
	}
	keep := filepath.Join(work, "gen", ".notes.tmp")
	require.NoError(t, os.WriteFile(keep, []byte("not ours"), 0o644))
	require.Equal(t, 0, Main(context.Background(), []string{"run", "-config", cfg}, &stdout, &stderr), stderr.String())
	for _, p := range stale {
		assert.NoFileExists(t, p)
	}
	assert.FileExists(t, keep, "only temporary files of docspec's outputs are removed")
}

// TestFailedRunKeepsOutputs: a run over docs with an error changes nothing.
func TestFailedRunKeepsOutputs(t *testing.T) {
	v1, err := os.ReadFile("../../spec/docs/UpdateBackup.md")
	require.NoError(t, err)
	work := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(work, "docs"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(work, "docspec.yaml"), []byte(atomicConfig), 0o644))
	page := filepath.Join(work, "docs", "UpdateBackup.md")
	require.NoError(t, os.WriteFile(page, v1, 0o644))
	cfg := filepath.Join(work, "docspec.yaml")
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, Main(context.Background(), []string{"run", "-config", cfg}, &stdout, &stderr), stderr.String())
	before := outputTree(t, work)
	require.Contains(t, before, "openapi.yaml")
	require.Contains(t, before, "gen/models.gen.go")

	// The only page's method is misspelled: the page is left out, and with
	// it every operation.
	broken := bytes.Replace(v1, []byte("PUT /v3/"), []byte("PUTT /v3/"), 1)
	require.NoError(t, os.WriteFile(page, broken, 0o644))
	stderr.Reset()
	assert.Equal(t, 1, Main(context.Background(), []string{"run", "-config", cfg}, &stdout, &stderr))
	assert.Contains(t, stderr.String(), "[unknown-method]")
	assert.Contains(t, stderr.String(), "[no-operations]")
	assert.Equal(t, before, outputTree(t, work), "a failed run must leave the outputs byte for byte")
}
