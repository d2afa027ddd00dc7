// Package mods is a Caddy-style module registry whose name comes from a
// method other than Name.
package mods

// Module is a module.
//
//registrylint:adapter policy=self name-method=ModuleID
type Module interface{ ModuleID() string }

// RegisterModule registers a module.
//
//registrylint:register
func RegisterModule(m Module) {}
