package generator

import (
	"context"
	"testing"
	"time"

	"github.com/docspec/docspec/generator/internal/gogen"
	"github.com/docspec/docspec/internal/testutil"
)

// cleanCBR returns the current CBR reference folder, or skips when the
// shared corpus is absent.
func cleanCBR(b *testing.B) string {
	d := testutil.Shared(b, "corpus", "cbr", "zh-cn")
	res, err := Build(context.Background(), BuildOptions{Dirs: []string{d}, Tag: "cbr"})
	if err != nil || res.Diags.HasErrors() {
		b.Fatalf("the CBR reference does not build: %v %s", err, res.Diags)
	}
	b.Logf("CBR reference: %s (%d pages, %d operations)", d, res.API.Pages, len(res.API.Operations))
	return d
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
