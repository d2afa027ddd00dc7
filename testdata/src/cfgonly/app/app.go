package app

import (
	"cfgonly/lib"
	"cfgonly/plug"
)

func Setup(s *lib.Set) { // want `adapter \*plug.B \(cfgonly/plug/plug.go:9\) implements lib.Plugin but is not registered in Setup; add s.Add\(&plug.B\{\}\)`
	s.Add(plug.A{})
	// The excluded mock, registered twice: exclude silences every rule
	// for it, duplicate-registration included.
	s.Add(plug.MockPlugin{})
	s.Add(plug.MockPlugin{})
}

// withMock registers the excluded mock outside Setup: not outside-init.
func withMock(s *lib.Set) {
	s.Add(plug.MockPlugin{})
}

func late(s *lib.Set) {
	s.Add(&plug.B{}) // want `s.Add registers a lib.Plugin outside its init function \(a register call\); move the registration into Setup`
}

var _, _ = late, withMock
