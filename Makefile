# docspec — common tasks. `make generate` is the main job; `make test` runs every test.
GO ?= go

.PHONY: all generate test check golden vet fuzz bench bench-scale

all: generate test

# Regenerate spec/openapi.yaml and generated/ from spec/docs (as spec/docspec.yaml says).
generate:
	$(GO) run ./cmd/docspec run -config spec/docspec.yaml

# Exit 1 with a diff when spec/openapi.yaml or generated/ is not what the docs give (for CI).
check:
	$(GO) run ./cmd/docspec check -config spec/docspec.yaml

# Every test: unit, golden, corpus (when ../shared is present), end to end.
test:
	$(GO) test ./...

vet:
	$(GO) vet ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || (gofmt -l $$(git ls-files '*.go'); exit 1)

# Rewrite golden files; review the diff before committing.
golden:
	$(GO) test ./... -update

# Run each fuzzer for FUZZTIME; crashers land in testdata/fuzz/ and are replayed by `make test`.
# Inputs are not minimized (FUZZMINIMIZETIME=0): go test reports a minimization that its
# FUZZTIME cuts short as a failure ("context deadline exceeded", no input written), even for
# an input that only gave new coverage. To shrink a crasher, run its fuzzer by hand with
# -fuzzminimizetime 60s. Should such a run still end that way, it is repeated once; any
# other failure fails at once.
FUZZTIME ?= 60s
FUZZMINIMIZETIME ?= 0
FUZZERS = ./generator/internal/docparse:FuzzParse ./generator/internal/docparse:FuzzLexer \
	./generator/internal/docparse:FuzzCleanText ./generator/internal/docparse:FuzzEscapeText \
	./generator/internal/specwrite:FuzzEmit ./generator:FuzzBuild
fuzz:
	@set -u; out=$$(mktemp); trap 'rm -f $$out' EXIT; \
	for f in $(FUZZERS); do \
		pkg=$${f%%:*}; name=$${f##*:}; \
		for try in 1 2; do \
			echo "$(GO) test $$pkg -run '^$$' -fuzz '^$$name$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)"; \
			if $(GO) test $$pkg -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME) >$$out 2>&1; then \
				cat $$out; break; \
			fi; \
			cat $$out; \
			if [ $$try = 2 ] || grep -q 'Failing input written' $$out || ! grep -q 'context deadline exceeded' $$out; then exit 1; fi; \
			echo "fuzz: $$name stopped on the toolchain's deadline race (no input written): once more"; \
		done; \
	done

# Go benchmarks: docparse (one page), Build over the CBR reference and the
# whole corpus (with the tokenizer and goquery floors and their ratios), the
# sequential/concurrent speedup, and spec → Go. Corpus benchmarks skip when
# ../shared is absent. DOCS=dir1:dir2 measures Build and its floors on other
# documentation too (each folder holding .md pages is built as one spec).
DOCS ?=
bench:
	DOCSPEC_BENCH_DOCS=$(DOCS) $(GO) test -run '^$$' -bench . -benchmem ./generator/...

# Build synthetic folders of 1k, 10k and 30k pages; print time, time per page
# and peak memory. SIZES=1000,10000 to choose; pages are cached under
# $$TMPDIR/docspec-bench-scale.
SIZES ?= 1000,10000,30000
bench-scale:
	$(GO) run ./generator/internal/synth/cmd/benchscale -sizes $(SIZES)
