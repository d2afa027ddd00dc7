// Package store is a registry whose stores register themselves; its
// aggregator, store/plugins, builds only with the tag plugins.
package store

// Store keeps blobs.
//
//registrylint:adapter policy=self aggregator=selftags/store/plugins
type Store interface{ Name() string }

// Register makes a store available.
func Register(s Store) {}
