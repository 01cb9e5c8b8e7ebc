package generator

import (
	"os"
	"runtime/debug"
)

// MemoryLimit is the soft memory limit LimitMemory sets: 1.5 GiB. Below it
// the garbage collector paces itself as usual (its default headroom lets
// the heap grow to about twice what stays live); near it, it collects
// sooner instead of letting a large build's peak pass 2 GB. It is a soft
// limit: a build whose live data needs more still gets it.
const MemoryLimit = 1536 << 20

// LimitMemory sets MemoryLimit as the Go runtime's soft memory limit,
// unless the environment sets one (GOMEMLIMIT). The docspec command calls
// it first thing; a program that uses the library decides for itself.
func LimitMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(MemoryLimit)
	}
}
