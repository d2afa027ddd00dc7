// Package mem is a store.
package mem

import "selftags/store"

// Store is the mem store.
type Store struct{}

func (Store) Name() string { return "mem" }

func init() { store.Register(Store{}) }
