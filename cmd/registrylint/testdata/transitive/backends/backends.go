// Package backends builds the one registry of storage backends.
package backends

import (
	"example.com/e2e/transitive/mem"
	"example.com/e2e/transitive/storage"
)

// Store is the registry of every backend.
var Store = new(storage.Registry)

// Init registers every backend.
//
//registrylint:init
func Init() {
	Store.Register("mem", mem.New)
}
