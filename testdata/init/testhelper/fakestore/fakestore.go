// Package fakestore builds fake stores for demos and tests.
package fakestore

import (
	"example.com/kv/store"
	"example.com/kv/store/disk"
	"example.com/kv/store/mem"
)

// New returns a store with a backend of each kind.
func New() *store.Store {
	s := &store.Store{}
	s.Register(mem.New())
	s.Register(&disk.Disk{})
	return s
}
