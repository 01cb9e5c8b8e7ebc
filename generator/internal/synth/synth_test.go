package synth

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestWriteDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	require.NoError(t, Write(a, 12, 7))
	require.NoError(t, Write(b, 12, 7))
	for i := 1; i <= 12; i++ {
		name := filepath.Join("page"+pad(i)) + ".md"
		x, err := os.ReadFile(filepath.Join(a, name))
		require.NoError(t, err)
		y, err := os.ReadFile(filepath.Join(b, name))
		require.NoError(t, err)
		require.Equal(t, string(x), string(y), name)
	}
	require.NotEqual(t, string(Page(0, 7)), string(Page(0, 8)), "the seed changes the pages")
}

func pad(i int) string {
	s := "00000" + itoa(i)
	return s[len(s)-5:]
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}
