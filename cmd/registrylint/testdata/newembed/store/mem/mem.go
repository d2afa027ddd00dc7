// Package mem is an in-memory backend.
package mem

import (
	"context"

	"example.com/e2e/newembed/store"
)

// Mem keeps values in memory.
type Mem struct{ m map[string]string }

// New returns an empty Mem.
func New() *Mem { return &Mem{m: map[string]string{}} }

func (*Mem) Close() error              { return nil }
func (*Mem) String() string            { return "mem" }
func (*Mem) Name() string              { return "mem" }
func (*Mem) Stats() map[string]float64 { return nil }
func (*Mem) Limits() store.Limits      { return store.Limits{} }
func (m *Mem) Put(_ context.Context, key string, _ ...store.Option[string]) (int, error) {
	m.m[key] = key
	return 1, nil
}
