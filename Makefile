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
# New inputs are minimized for at most FUZZMINIMIZETIME (the default 60s stalls short runs).
FUZZTIME ?= 60s
FUZZMINIMIZETIME ?= 5s
fuzz:
	$(GO) test ./generator/docparse -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./generator -run '^$$' -fuzz '^FuzzBuild$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
