package app

import (
	"cfgonly/lib"
	"cfgonly/plug"
)

func Setup(s *lib.Set) { // want `adapter \*plug.B \(cfgonly/plug/plug.go:9\) implements lib.Plugin but is not registered in Setup; add s.Add\(&plug.B\{\}\)`
	s.Add(plug.A{})
}

func late(s *lib.Set) {
	s.Add(&plug.B{}) // want `s.Add registers a lib.Plugin outside its init function \(a register call\); move the registration into Setup`
}

var _ = late
