package docparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCountFold(t *testing.T) {
	for _, s := range []string{"", "<table>", "<TABLE><Table></table>", "x<tab<table", "<table<table", "中文<table>中文</TABLE>", "<tabl"} {
		l := strings.ToLower(s)
		assert.Equal(t, strings.Count(l, "<table"), countFold(s, "<table"), s)
		assert.Equal(t, strings.Count(l, "</table>"), countFold(s, "</table>"), s)
	}
}
