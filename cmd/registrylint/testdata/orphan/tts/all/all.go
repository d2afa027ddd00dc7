// Package all knows every text-to-speech adapter, but one.
package all

import "example.com/e2e/orphan/tts"

// InitRegistry registers every adapter it can see.
//
//registrylint:init
func InitRegistry() *tts.Registry {
	r := tts.NewRegistry()
	r.Register(tts.NewPiper())
	return r
}
