package wire

import (
	"naming/store"
	"naming/store/disk"
	"naming/store/mem"
)

// Init registers the stores.
//
//registrylint:init
func Init(r *store.Registry, extra store.Store) { // want `adapter store.Sprintf` `adapter store.Two` `adapter store.Same` `adapter store.Again`
	r.Register(store.Lit{})
	r.Register(store.Const{})
	r.Register(store.Field{})
	r.Register(disk.New())
	r.Register(&disk.Disk{}) // want `adapter \*disk.Disk is already registered in Init \(line 16\); delete this registration`
	r.Register(mem.Mem{})    // want `adapter \*?mem.Mem has name "disk", already used by \*?disk.Disk \(naming/store/disk/disk.go:6\) registered before it; give it a unique name`
	r.Register(extra)        // want `cannot tell which adapter extra registers`
	var s store.Store = store.Lit{}
	r.Register(s) // want `adapter store.Lit is already registered in Init \(line 13\); delete this registration`
	//registrylint:ignore unresolved-registration the plugin loader decides at run time
	r.Register(extra)
}
