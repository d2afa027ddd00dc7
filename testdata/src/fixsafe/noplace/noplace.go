// Package noplace registers only under a condition: no place for a fix,
// and the message says so.
package noplace

import "fixsafe/tts"

// Init registers the engines.
//
//registrylint:init
func Init(r *tts.Registry, on bool) { // want `adapter tts.C .* add r.Register\(tts.C\{\}\) \(no automatic fix: every registration there is inside a loop, a condition or a nested function\)`
	if on {
		r.Register(tts.A{})
		r.Register(tts.B{})
	}
}
