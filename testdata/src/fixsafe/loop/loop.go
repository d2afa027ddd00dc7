// Package loop registers inside a loop and a condition: the fix for C
// goes after the last plain registration, never into them.
package loop

import "fixsafe/tts"

// Init registers the engines.
//
//registrylint:init
func Init(r *tts.Registry, extra bool) { // want `adapter tts.C .* add r.Register\(tts.C\{\}\)$`
	r.Register(tts.A{})
	for _, a := range []tts.Adapter{tts.B{}} {
		if extra {
			r.Register(a)
		}
	}
}
