// Command docspec turns API reference pages into an OpenAPI document and Go code.
//
//	docspec build    DOCS_DIR... -o openapi.yaml               docs → spec (validated)
//	docspec generate -spec openapi.yaml -o DIR -package NAME   spec → Go
//	docspec run      -config docspec.yaml                      both, as configured
//	docspec check    -config docspec.yaml                      exit 1 with a diff if outputs are stale
//	docspec diff     OLD NEW                                   two specs or docs folders → change report
//
//	docspec help codes                                         the diagnostic codes
//
// Exit status: 0 done (warnings allowed), 1 nothing trustworthy could be
// written (errors; with -strict, warnings; for check, outputs are stale; for
// diff -fail-on-breaking, a breaking change), 2 usage.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/docspec/docspec/generator"
	"github.com/docspec/docspec/generator/diag"
)

type command struct {
	name, args, help string
	run              func(ctx context.Context, args []string, stdout, stderr io.Writer) int
}

var commands []command

func init() {
	commands = []command{
		{"build", "DOCS_DIR... -o SPEC.yaml", "read documentation folders and write the validated OpenAPI document", cmdBuild},
		{"generate", "-spec SPEC.yaml -o DIR -package NAME", "generate Go code from an OpenAPI document", cmdGenerate},
		{"run", "-config docspec.yaml", "build the spec and generate Go code as the config says (for go:generate)", cmdRun},
		{"check", "-config docspec.yaml", "exit 1 and show a diff when run would change or remove a file (for CI)", cmdCheck},
		{"diff", "OLD NEW", "compare two specs or docs folders: changes, breaking ones first (for pull requests)", cmdDiff},
	}
}

// errUsage marks a usage error (exit status 2).
var errUsage = errors.New("usage")

func main() {
	generator.LimitMemory()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	os.Exit(Main(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// Main runs the command line and returns the exit status.
func Main(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 2 && args[0] == "help" && args[1] == "codes" {
		printCodes(stdout)
		return 0
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(ctx, args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "docspec: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "docspec turns API reference pages (Huawei Cloud documentation format) into OpenAPI and Go.")
	fmt.Fprintln(w, "\nUsage:")
	for _, c := range commands {
		fmt.Fprintf(w, "  docspec %-8s %s\n      %s\n", c.name, c.args, c.help)
	}
	fmt.Fprintln(w, "\nExit status: 0 done (warnings allowed), 1 nothing trustworthy could be written (errors;")
	fmt.Fprintln(w, "-strict: warnings; check: outputs are stale; diff -fail-on-breaking: a breaking change), 2 usage.")
	fmt.Fprintln(w, "Run 'docspec COMMAND -h' for a command's flags, 'docspec help codes' for the diagnostic codes.")
}

// printCodes lists every diagnostic code with its severity, what it costs
// the output and what it means (README's Diagnostics table).
func printCodes(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tSEVERITY\tCOST\tMEANING")
	for _, c := range diag.Codes() {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", c.Code, c.Severity, c.Cost, strings.ReplaceAll(c.Meaning, "`", ""))
	}
	tw.Flush()
}

// policyFlags are the flags that decide what diagnostics do: -strict makes
// every warning fail the run, -ignore hides codes (counted in the summary).
type policyFlags struct {
	strict *bool
	ignore *string
}

func addPolicyFlags(fs *flag.FlagSet) policyFlags {
	return policyFlags{
		strict: fs.Bool("strict", false, "fail (exit 1, write nothing) when there is any warning"),
		ignore: fs.String("ignore", "", "comma-separated diagnostic `codes` not to print (counted in the summary line; errors cannot be ignored)"),
	}
}

// apply adds the flags to a strict setting and an ignore list (a config's).
func (p policyFlags) apply(strict *generator.Strict, ignore *[]diag.Code, stderr io.Writer) bool {
	codes, err := generator.ParseCodes(*p.ignore, true)
	if err != nil {
		fmt.Fprintf(stderr, "docspec: -ignore: %v\n", err)
		return false
	}
	*ignore = append(*ignore, codes...)
	if *p.strict {
		strict.All = true
	}
	return true
}

// report prints a build's diagnostics, its summary line and, when strict
// mode failed it, the line that says so.
func report(w io.Writer, res *generator.BuildResult, verbose bool) {
	res.Diags.Print(w, verbose)
	fmt.Fprintln(w, res.Summary())
	if line := res.StrictLine(); line != "" {
		fmt.Fprintln(w, line)
	}
}

func newFlags(name, args string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: docspec %s %s\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags accepts flags before and after positional arguments.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, flag.ErrHelp
			}
			return nil, errUsage
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// parseOnlyFlags parses the flags of a command that takes no other
// argument: one is a usage error ("docspec check spec.yaml": the config
// is given with -config), not something to ignore.
func parseOnlyFlags(fs *flag.FlagSet, args []string) error {
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		fmt.Fprintf(fs.Output(), "docspec %s: unexpected argument %q\n", fs.Name(), pos[0])
		fs.Usage()
		return errUsage
	}
	return nil
}

func flagStatus(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return 2
}

func cmdBuild(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("build", "DOCS_DIR... -o SPEC.yaml", stderr)
	out := fs.String("o", "", "write the spec to this `file` (default: standard output)")
	tag := fs.String("tag", "", "tag for every operation (default: the service folder's name)")
	title := fs.String("title", "", "info.title of the spec")
	version := fs.String("version", "", "info.version of the spec")
	verbose := fs.Bool("v", false, "also print notes")
	jobs := fs.Int("j", 0, "pages analyzed at once (default: all cores)")
	policy := addPolicyFlags(fs)
	dirs, err := parseFlags(fs, args)
	if err != nil {
		return flagStatus(err)
	}
	if len(dirs) == 0 {
		fs.Usage()
		return 2
	}
	opts := generator.BuildOptions{Dirs: dirs, Tag: *tag,
		Info: generator.Info{Title: *title, Version: *version}, Jobs: *jobs}
	if !policy.apply(&opts.Strict, &opts.Ignore, stderr) {
		return 2
	}
	prog := newProgress(stderr)
	opts.Progress = prog.update
	res, err := generator.Build(ctx, opts)
	prog.done()
	if err != nil {
		fmt.Fprintf(stderr, "docspec: %v\n", err)
		return 1
	}
	report(stderr, res, *verbose)
	if res.Failed() {
		return 1
	}
	if *out == "" || *out == "-" {
		stdout.Write(res.YAML)
		return 0
	}
	generator.RemoveStaleTemps([]generator.Output{{Path: *out}})
	if err := generator.WriteFileAtomic(*out, res.YAML); err != nil {
		fmt.Fprintf(stderr, "docspec: %v\n", err)
		return 1
	}
	return 0
}

func cmdGenerate(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("generate", "-spec SPEC.yaml -o DIR -package NAME", stderr)
	spec := fs.String("spec", "", "the OpenAPI `file` to read")
	out := fs.String("o", "", "the output `folder`")
	pkg := fs.String("package", "", "Go package name (default: the output folder's name)")
	targets := fs.String("targets", "", "comma-separated targets (default: "+joinTargets(generator.DefaultTargets)+")")
	if err := parseOnlyFlags(fs, args); err != nil {
		return flagStatus(err)
	}
	if *spec == "" || *out == "" {
		fs.Usage()
		return 2
	}
	if *pkg == "" {
		*pkg = filepath.Base(filepath.Clean(*out))
	}
	opts := generator.GoOptions{Package: *pkg, Targets: generator.DefaultTargets}
	if *targets != "" {
		opts.Targets = nil
		for _, t := range strings.Split(*targets, ",") {
			opts.Targets = append(opts.Targets, generator.Target(strings.TrimSpace(t)))
		}
	}
	if err := opts.Validate(); err != nil {
		fmt.Fprintf(stderr, "docspec: %v\n", err)
		return 2
	}
	data, err := os.ReadFile(*spec)
	if err != nil {
		fmt.Fprintf(stderr, "docspec: %v\n", err)
		return 1
	}
	files, remove, err := generator.GenerateOutputs(data, opts, *out)
	if err != nil {
		fmt.Fprintf(stderr, "%s: error: %v [%s]\n", filepath.ToSlash(*spec), err, diag.Generate)
		return 1
	}
	if _, _, err := generator.WriteOutputs(&generator.Result{Outputs: files, Remove: remove}); err != nil {
		fmt.Fprintf(stderr, "docspec: %v\n", err)
		return 1
	}
	return 0
}

func cmdRun(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("run", "-config docspec.yaml", stderr)
	config := fs.String("config", "docspec.yaml", "the config `file`")
	verbose := fs.Bool("v", false, "also print notes")
	policy := addPolicyFlags(fs)
	if err := parseOnlyFlags(fs, args); err != nil {
		return flagStatus(err)
	}
	res, code := runConfig(ctx, *config, policy, *verbose, stderr, true)
	if res == nil {
		return code
	}
	if _, _, err := generator.WriteOutputs(res); err != nil {
		fmt.Fprintf(stderr, "docspec: %v\n", err)
		return 1
	}
	return 0
}

// runConfig loads a config and runs it in memory, printing the config's or
// the docs' diagnostics and the summary line. It returns the result, or nil
// and the exit status when the run cannot go on (an unreadable config, the
// docs' errors, strict mode).
func runConfig(ctx context.Context, config string, policy policyFlags, verbose bool, stderr io.Writer, showProgress bool) (*generator.Result, int) {
	cfg, diags := generator.LoadConfig(config)
	if cfg == nil {
		diags.Print(stderr, verbose)
		return nil, 1
	}
	if !policy.apply(&cfg.Strict, &cfg.Ignore, stderr) {
		return nil, 2
	}
	var update func(done, total int)
	prog := newProgress(stderr)
	if showProgress {
		update = prog.update
	}
	res, err := generator.Run(ctx, cfg, update)
	prog.done()
	if err != nil {
		fmt.Fprintf(stderr, "docspec: %v\n", err)
		return nil, 1
	}
	report(stderr, res.Build, verbose)
	if res.Build.Failed() {
		return nil, 1
	}
	return res, 0
}

func joinTargets(ts []generator.Target) string {
	var s []string
	for _, t := range ts {
		s = append(s, string(t))
	}
	return strings.Join(s, ",")
}

// progress shows "pages parsed / total" on a terminal when a build is slow.
// update is called from the build's workers, so it takes a lock.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	tty   bool
	start time.Time
	last  time.Time
	shown bool
}

func newProgress(w io.Writer) *progress {
	p := &progress{w: w, start: time.Now()}
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 && os.Getenv("TERM") != "dumb" {
			p.tty = true
		}
	}
	return p
}

func (p *progress) update(done, total int) {
	if !p.tty {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if now.Sub(p.start) < 2*time.Second || (now.Sub(p.last) < 100*time.Millisecond && done < total) {
		return
	}
	p.last = now
	p.shown = true
	if done == total {
		// What follows the last page (merging, building, validating and
		// writing the spec) takes a while on large folders too.
		pages := "pages"
		if total == 1 {
			pages = "page"
		}
		fmt.Fprintf(p.w, "\r\033[Kdocspec: read %d %s; building the spec", total, pages)
		return
	}
	fmt.Fprintf(p.w, "\rdocspec: reading pages %d/%d (%d%%)", done, total, done*100/max(total, 1))
}

func (p *progress) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
