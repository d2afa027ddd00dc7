// Package all registers every backend.
package all

import (
	"example.com/e2e/newembed/store"
	"example.com/e2e/newembed/store/mem"
)

// Init registers every backend.
//
//registrylint:init
func Init() *store.Registry {
	r := new(store.Registry)
	r.Register(mem.New())
	return r
}
