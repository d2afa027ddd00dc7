// Package app has the init function.
package app

import (
	"helperclosure/plugins/noop"
	"helperclosure/reg"
)

// Plugins registers every plugin.
//
//registrylint:init
func Plugins() reg.Registry {
	r := reg.Registry{}
	r.Register("noop", noop.New)
	return r
}

// Late registers a plugin through the helper outside the init function.
func Late(r reg.Registry) {
	reg.WithPlugin("noop", noop.New)(r) // want `reg.WithPlugin registers a reg.Plugin outside its init function`
}
