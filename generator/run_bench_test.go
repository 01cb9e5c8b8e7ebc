package generator

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/docspec/docspec/generator/gogen"
)

// cleanCBR returns the newest CBR reference folder that builds without
// errors (the parser does not cover every folder yet), or skips.
func cleanCBR(b *testing.B) string {
	shared := sharedDir(b)
	root := filepath.Join(shared, "corpus")
	var dirs []string
	if _, err := os.Stat(filepath.Join(root, "cbr", "zh-cn")); err == nil {
		dirs = append(dirs, filepath.Join(root, "cbr", "zh-cn"))
	}
	hist, _ := filepath.Glob(filepath.Join(root, "cbr-history", "*"))
	sort.Sort(sort.Reverse(sort.StringSlice(hist)))
	dirs = append(dirs, hist...)
	for _, d := range dirs {
		res, err := Build(context.Background(), BuildOptions{Dirs: []string{d}, Tag: "cbr"})
		if err == nil && !res.Diags.HasErrors() {
			b.Logf("CBR reference: %s (%d pages, %d operations)", d, res.API.Pages, len(res.API.Operations))
			return d
		}
	}
	b.Skip("no CBR folder under " + root + " builds without errors")
	return ""
}

// BenchmarkRun measures what `docspec run` does for the CBR reference:
// docs → spec (Build) and spec → Go (gogen.Generate, the default targets),
// in the same iterations. docspec-share is Build's part of the total: the
// time spent in docspec's own stages rather than in oapi-codegen.
func BenchmarkRun(b *testing.B) {
	dir := cleanCBR(b)
	opts := gogen.Options{Package: "cbr", Targets: gogen.DefaultTargets}
	var build, gen time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		res, err := Build(context.Background(), BuildOptions{Dirs: []string{dir}, Tag: "cbr"})
		if err != nil || res.Diags.HasErrors() {
			b.Fatal(err, res.Diags)
		}
		t1 := time.Now()
		if _, err := gogen.Generate(res.YAML, opts); err != nil {
			b.Fatal(err)
		}
		t2 := time.Now()
		build += t1.Sub(t0)
		gen += t2.Sub(t1)
	}
	b.ReportMetric(float64(build.Microseconds())/float64(b.N)/1000, "build-ms")
	b.ReportMetric(float64(gen.Microseconds())/float64(b.N)/1000, "generate-ms")
	b.ReportMetric(100*build.Seconds()/(build+gen).Seconds(), "docspec-%")
}
