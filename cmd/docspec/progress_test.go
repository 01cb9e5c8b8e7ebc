package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// On a file or a pipe (not a terminal) the progress line never appears,
// however long the build takes.
func TestProgressSilentWhenNotTerminal(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "stderr"))
	require.NoError(t, err)
	defer f.Close()
	for _, w := range []interface {
		Write([]byte) (int, error)
	}{f, &bytes.Buffer{}} {
		p := newProgress(w)
		require.False(t, p.tty)
		p.start = time.Now().Add(-time.Hour)
		p.update(1, 10)
		p.update(10, 10)
		p.done()
		if b, ok := w.(*bytes.Buffer); ok {
			require.Empty(t, b.String())
		}
	}
	data, err := os.ReadFile(f.Name())
	require.NoError(t, err)
	require.Empty(t, data)
}

// On a terminal the line appears after two seconds and is erased at the end;
// updates may come from several workers at once.
func TestProgressOnTerminal(t *testing.T) {
	var buf bytes.Buffer
	p := &progress{w: &buf, tty: true, start: time.Now().Add(-time.Hour)}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				p.update(i, 50)
			}
		}()
	}
	wg.Wait()
	p.update(50, 50)
	p.done()
	out := buf.String()
	require.Contains(t, out, "\rdocspec: reading pages ")
	require.Contains(t, out, "\r\033[Kdocspec: read 50 pages; building the spec")
	require.True(t, strings.HasSuffix(out, "\r\033[K"), "%q", out)

	var quick bytes.Buffer
	q := &progress{w: &quick, tty: true, start: time.Now()}
	q.update(1, 2)
	q.done()
	require.Empty(t, quick.String(), "a build under two seconds shows nothing")
}

// A whole build with standard error in a file writes the diagnostics and the
// summary, and no progress line or terminal control characters.
func TestBuildStderrNotTerminal(t *testing.T) {
	docs := filepath.Join("..", "..", "spec", "docs")
	errFile, err := os.Create(filepath.Join(t.TempDir(), "stderr"))
	require.NoError(t, err)
	defer errFile.Close()
	out := filepath.Join(t.TempDir(), "openapi.yaml")
	code := Main(context.Background(), []string{"build", docs, "-o", out}, &bytes.Buffer{}, errFile)
	require.Equal(t, 0, code)
	data, err := os.ReadFile(errFile.Name())
	require.NoError(t, err)
	require.NotContains(t, string(data), "\r")
	require.NotContains(t, string(data), "\033")
	require.NotContains(t, string(data), "reading pages")
	require.Contains(t, string(data), "docspec: 1 page read")
}
