// Package all registers every plugin.
package all

import (
	"fixcycle/reg"
	"fixcycle/reg/a"
)

// Version is the version of the plugin set.
const Version = "1"

// Init registers every plugin.
//
//registrylint:init
func Init() *reg.Registry {
	r := reg.New()
	r.Register(a.A{})
	return r
}
