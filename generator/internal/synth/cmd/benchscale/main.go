// Command benchscale measures generator.Build on synthetic folders of
// 1k, 10k and 30k pages (see package synth) and prints, per size, the build
// time, the time per page and the peak memory (maximum resident set size).
//
//	go run ./generator/internal/synth/cmd/benchscale [-sizes 1000,10000,30000] [-dir DIR]
//
// Each size is built in a child process so that its peak memory is its own.
// Pages are written once under -dir (default: a folder in the system's
// temporary directory) and reused by later runs.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/docspec/docspec/generator"
	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/internal/synth"
)

func main() {
	sizes := flag.String("sizes", "1000,10000,30000", "comma-separated page counts")
	dir := flag.String("dir", filepath.Join(os.TempDir(), "docspec-bench-scale"), "where the synthetic pages are written")
	seed := flag.Int64("seed", 1, "seed of the synthetic pages")
	jobs := flag.Int("j", 0, "pages analyzed at once (0 = all cores)")
	one := flag.Int("one", 0, "build one size in this process and print its line (used by the parent)")
	cpuprofile := flag.String("cpuprofile", "", "with -one: write a CPU profile to this file")
	memprofile := flag.String("memprofile", "", "with -one: write an allocation profile to this file")
	flag.Parse()
	if *one > 0 {
		if err := buildOne(*dir, *one, *seed, *jobs, *cpuprofile, *memprofile); err != nil {
			fmt.Fprintln(os.Stderr, "benchscale:", err)
			os.Exit(1)
		}
		return
	}
	exe, err := os.Executable()
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchscale:", err)
		os.Exit(1)
	}
	fmt.Printf("GOMAXPROCS=%d, seed %d, pages in %s\n", runtime.GOMAXPROCS(0), *seed, *dir)
	fmt.Printf("%8s %8s %10s %10s %10s %8s %8s %8s %s\n", "pages", "MB", "build", "per page", "CPU", "peak RSS", "ops", "schemas", "diagnostics")
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			fmt.Fprintf(os.Stderr, "benchscale: bad size %q\n", s)
			os.Exit(2)
		}
		folder, err := ensure(*dir, n, *seed)
		if err != nil {
			fmt.Fprintln(os.Stderr, "benchscale:", err)
			os.Exit(1)
		}
		_ = folder
		cmd := exec.Command(exe, "-one", strconv.Itoa(n), "-dir", *dir, "-seed", strconv.FormatInt(*seed, 10), "-j", strconv.Itoa(*jobs))
		cmd.Stderr = os.Stderr
		out, err := cmd.Output()
		if err != nil {
			fmt.Fprintln(os.Stderr, "benchscale:", err)
			os.Exit(1)
		}
		// The child prints "pages MB build per-page | ops schemas diagnostics".
		line := strings.TrimRight(string(out), "\n")
		head, tail, _ := strings.Cut(line, " | ")
		rss, cpu := int64(0), time.Duration(0)
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			rss = ru.Maxrss * 1024 // kilobytes on Linux
		}
		cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		fmt.Printf("%s %10s %8s %s\n", head, cpu.Round(100*time.Millisecond), fmtBytes(rss), tail)
	}
}

// ensure writes the n-page folder unless a complete one is there.
func ensure(dir string, n int, seed int64) (string, error) {
	folder := filepath.Join(dir, fmt.Sprintf("seed%d-n%d", seed, n))
	done := filepath.Join(folder, ".complete")
	if _, err := os.Stat(done); err == nil {
		return folder, nil
	}
	os.RemoveAll(folder)
	if err := synth.Write(folder, n, seed); err != nil {
		return "", err
	}
	return folder, os.WriteFile(done, nil, 0o644)
}

func buildOne(dir string, n int, seed int64, jobs int, cpuprofile, memprofile string) error {
	generator.LimitMemory() // as the docspec command does
	folder, err := ensure(dir, n, seed)
	if err != nil {
		return err
	}
	size := int64(0)
	entries, _ := os.ReadDir(folder)
	for _, e := range entries {
		if info, err := e.Info(); err == nil {
			size += info.Size()
		}
	}
	if cpuprofile != "" {
		f, err := os.Create(cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	start := time.Now()
	res, err := generator.Build(context.Background(), generator.BuildOptions{Dirs: []string{folder}, Tag: "synth", Jobs: jobs})
	if err != nil {
		return err
	}
	d := time.Since(start)
	if memprofile != "" {
		f, err := os.Create(memprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		runtime.GC()
		if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
			return err
		}
		runtime.KeepAlive(res)
	}
	fmt.Printf("%8d %8.1f %10s %10s | %8d %8d %dW %dE", n, float64(size)/1e6, d.Round(time.Millisecond),
		(d / time.Duration(n)).Round(time.Microsecond), len(res.API.Operations), len(res.API.Schemas),
		res.Diags.Count(diag.Warning), res.Diags.Count(diag.Error))
	if res.Diags.HasErrors() {
		fmt.Printf(" (first: %s)", res.Diags[0])
	}
	fmt.Println()
	return nil
}

func fmtBytes(n int64) string {
	return fmt.Sprintf("%.0f MB", float64(n)/(1<<20))
}
