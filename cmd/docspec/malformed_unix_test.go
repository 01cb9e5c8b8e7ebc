//go:build unix

package main

import (
	"net"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/require"
)

func init() {
	makeDocs["not-regular-file"] = func(t *testing.T, dir string) {
		// Opening a named pipe for reading waits for a writer: the build
		// must see what it is without opening it, through a symlink too.
		require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "Pipe.md"), 0o644))
		require.NoError(t, os.Symlink("Pipe.md", filepath.Join(dir, "PipeLink.md")))
		require.NoError(t, os.Symlink(os.DevNull, filepath.Join(dir, "Device.md")))
		// A socket, listened on while the build runs.
		l, err := net.Listen("unix", filepath.Join(dir, "Socket.md"))
		require.NoError(t, err)
		t.Cleanup(func() { l.Close() })
	}
}
