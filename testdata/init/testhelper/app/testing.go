package app

import (
	"testing"

	"example.com/kv/store"
	"example.com/kv/store/disk"
	"example.com/kv/store/mem"
)

// TestStoreWithVersion is a test helper in a non-test testing.go file, as
// real modules keep them: called with one adapter and nil, it is no init
// function.
func TestStoreWithVersion(t testing.TB, version int) *store.Store {
	t.Helper()
	s := &store.Store{}
	s.Register(mem.New())
	s.Register(nil)
	return s
}

// testStore is a helper of a testing.go file.
func testStore() *store.Store {
	s := &store.Store{}
	s.Register(mem.New())
	s.Register(&disk.Disk{})
	return s
}
