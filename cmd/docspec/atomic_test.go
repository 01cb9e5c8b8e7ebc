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
func newAtomicWork(t *testing.T, bin string, page []byte) string {
	t.Helper()
	work := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(work, "docs"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(work, "docspec.yaml"), []byte(atomicConfig), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(work, "docs", "UpdateBackup.md"), page, 0o644))
	out, err := exec.Command(bin, "run", "-config", filepath.Join(work, "docspec.yaml")).CombinedOutput()
	require.NoError(t, err, "%s", out)
	return work
}

func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "docspec")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	require.NoError(t, err, "%s", out)
	return bin
}

// TestKilledMidWrite kills `docspec run` twice while it replaces existing
// outputs, late in the run where the files are written: every output must
// be wholly old or wholly new, and the next run must complete the job and
// leave no temporary file behind. Every step of the writing is interrupted
// in turn, by a failure and by a simulated kill, in generator's
// TestWriteOutputsInterrupted; these two real kills check the same from
// outside, with a real process and SIGKILL.
func TestKilledMidWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and kills it twice")
	}
	bin := buildBinary(t)
	v1, err := os.ReadFile("../../spec/docs/UpdateBackup.md")
	require.NoError(t, err)
	v2 := bytes.ReplaceAll(v1, []byte("备份名称"), []byte("新的备份名称"))
	require.NotEqual(t, v1, v2)

	// The two complete states, and how long a full run takes.
	old := outputTree(t, newAtomicWork(t, bin, v1))
	w2 := newAtomicWork(t, bin, v1)
	require.NoError(t, os.WriteFile(filepath.Join(w2, "docs", "UpdateBackup.md"), v2, 0o644))
	start := time.Now()
	out, err := exec.Command(bin, "run", "-config", filepath.Join(w2, "docspec.yaml")).CombinedOutput()
	require.NoError(t, err, "%s", out)
	full := time.Since(start)
	neu := outputTree(t, w2)
	require.NotEqual(t, old["openapi.yaml"], neu["openapi.yaml"])

	for i, at := range []float64{0.75, 0.95} {
		work := newAtomicWork(t, bin, v1)
		require.NoError(t, os.WriteFile(filepath.Join(work, "docs", "UpdateBackup.md"), v2, 0o644))
		cmd := exec.Command(bin, "run", "-config", filepath.Join(work, "docspec.yaml"))
		require.NoError(t, cmd.Start())
		delay := time.Duration(float64(full) * at)
		time.Sleep(delay)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()

		got := outputTree(t, work)
		sawOld, sawNew := 0, 0
		for name, data := range got {
			if isTemp(name) {
				continue // left by the kill; removed by the next run (checked below)
			}
			switch data {
			case old[name]:
				sawOld++
			case neu[name]:
				sawNew++
			default:
				t.Fatalf("run %d killed after %v: %s is neither the old nor the new content (%d bytes)", i, delay, name, len(data))
			}
		}
		for name := range old {
			assert.Contains(t, got, name, "run %d: %s disappeared", i, name)
		}
		t.Logf("kill %d after %v of a %v run: %d files old, %d new", i, delay.Round(time.Millisecond), full.Round(time.Millisecond), sawOld, sawNew)
		// The next run completes the job and cleans up.
		out, err := exec.Command(bin, "run", "-config", filepath.Join(work, "docspec.yaml")).CombinedOutput()
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
