// Package selfreg's init function sees an engine that registers itself:
// adding a registration here while that one stays would register it
// twice (a panic, for registries that refuse duplicates), so there is no
// fix, and the message says what to do.
package selfreg

import (
	"fixsafe/selfreg/engine"
	"fixsafe/tts"
)

// Init registers the engines.
//
//registrylint:init
func Init(r *tts.Registry) { // want `adapter engine.Self .* add r.Register\(engine.Self\{\}\) and remove its registration at fixsafe/selfreg/engine/engine.go:15 \(no automatic fix: adding one while the other stays would register it twice\)$`
	r.Register(tts.A{})
	r.Register(tts.B{})
	r.Register(tts.C{})
}

var _ engine.Self
