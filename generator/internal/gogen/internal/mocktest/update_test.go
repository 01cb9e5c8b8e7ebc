package mocktest_test

// This package has no golden files; importing testutil defines its -update
// flag here too, so that `go test ./... -update` runs every package.
import _ "github.com/docspec/docspec/internal/testutil"
