// Package mem keeps values in memory.
package mem

// Mem is the memory backend.
type Mem struct{ m map[string]string }

// New returns an empty memory backend.
func New() *Mem { return &Mem{m: map[string]string{}} }

func (b *Mem) Get(key string) string { return b.m[key] }
