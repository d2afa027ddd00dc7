// Package stores registers every store.
package stores

import (
	"pkgvar/store"
	"pkgvar/store/disk"
	"pkgvar/store/mem"
)

var _ = mem.Mem{}

// local is this package's store, held in a package-level variable.
var local store.Store = &localStore{}

type localStore struct{}

func (*localStore) Name() string { return "local" }

// Init registers the stores through package-level variables: each
// resolves to the type its initializer builds; disk.Plugin cannot be
// resolved, so the unregistered mem.Mem gets no automatic fix (Plugin
// may hold it already).
//
//registrylint:init
func Init(r *store.Registry) { // want `adapter mem.Mem \(pkgvar/store/mem/mem.go:9\) implements store.Store but is not registered in Init; add r.Register\(mem.Mem\{\}\) \(no automatic fix: the registration of disk.Plugin at pkgvar/stores/stores.go:32 cannot be resolved and may register it already\)`
	r.Register(disk.Default)
	r.Register(disk.Cache)
	r.Register(local)
	if blob, err := disk.OpenBlob(); err == nil {
		r.Register(blob)
	}
	r.Register(disk.Plugin) // want `cannot tell which adapter disk.Plugin registers`
}
