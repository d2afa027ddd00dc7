// Package all registers every module.
package all

import (
	"fixwrappedcentral/mods"
	"fixwrappedcentral/mods/std"
)

// Init registers every module and config adapter.
//
//registrylint:init
func Init() *mods.Registry { // want `adapter mods.AdapterModule \(fixwrappedcentral/mods/mods.go:60\) implements mods.Module but is not registered in Init; if its registration by a function is by design \(a wrapper, one per name\), mark the type //registrylint:ignore unregistered \(no automatic fix: registered at fixwrappedcentral/mods/mods.go:39\)$` `adapter std.File \(fixwrappedcentral/mods/std/std.go:12\) implements mods.Module but is not registered in Init; add r.Register\(std.File\{\}\)$`
	r := mods.NewRegistry()
	r.Register(std.HTTP{})
	r.RegisterAdapter("json", std.JSON{})
	return r
}
