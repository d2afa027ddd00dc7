// Package disk is a store.
package disk

import "selftags/store"

// Store is the disk store.
type Store struct{}

func (Store) Name() string { return "disk" }

func init() { store.Register(Store{}) }
