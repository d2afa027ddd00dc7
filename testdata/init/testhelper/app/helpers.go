// Package app serves values.
package app

import (
	"testing"

	"example.com/kv/store"
	"example.com/kv/store/disk"
	"example.com/kv/store/mem"
	"example.com/kv/store/redis"
	"example.com/kv/store/storetest"
)

// Open returns the production store: its init function. redis was
// forgotten.
func Open() *store.Store {
	s := &store.Store{}
	s.Register(mem.New())
	s.Register(&disk.Disk{})
	return s
}

// Cache returns the cache: one backend and nil are not different
// adapters.
func Cache() *store.Store {
	s := &store.Store{}
	s.Register(mem.New())
	s.Register(nil)
	return s
}

// WithBackends is a test helper outside testing.go: its testing.TB
// parameter says so.
func WithBackends(tb testing.TB, s *store.Store) {
	s.Register(mem.New())
	s.Register(&disk.Disk{})
}

// Seed hands backends to the test package's register function.
func Seed() {
	storetest.Keep(mem.New())
	storetest.Keep(&disk.Disk{})
}

// Addr is the redis address.
const Addr = redis.Addr

var _ = testStore
