package wire

import (
	"program/reg"
	"program/reg/a"
)

// Init registers plugins.
//
//registrylint:init
func Init() { reg.Register(a.A{}) }
