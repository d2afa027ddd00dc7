// Package mem is an in-memory store.
package mem

import "pkgvar/store"

var _ store.Store = Mem{}

// Mem keeps everything in memory.
type Mem struct{}

func (Mem) Name() string { return "mem" }
