// Package mem is an in-memory backend.
package mem

import "example.com/e2e/transitive/storage"

// Mem keeps values in memory.
type Mem struct{ m map[string][]byte }

// New returns an empty Mem.
func New() (storage.Backend, error) { return &Mem{m: map[string][]byte{}}, nil }

// Name returns "mem".
func (*Mem) Name() string { return "mem" }

// Get returns the value of key.
func (m *Mem) Get(key string) ([]byte, error) { return m.m[key], nil }
