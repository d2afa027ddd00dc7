// Package comment has trailing comments on its registrations: they stay
// on their lines.
package comment

import "fixsafe/tts"

// Init registers the engines.
//
//registrylint:init
func Init(r *tts.Registry) { // want `adapter tts.C .* add r.Register\(tts.C\{\}\)$`
	r.Register(tts.A{}) // keep A first
	r.Register(tts.B{}) //nolint:errcheck // B's result is not checked
}
