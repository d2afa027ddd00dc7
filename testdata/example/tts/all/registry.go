// Package all links in every TTS adapter and builds the registry.
package all

import (
	"sync"

	"example.com/ttsapp/tts"
	_ "example.com/ttsapp/tts/coqui" // registers itself in init (a planted mistake)
	"example.com/ttsapp/tts/kokoro"
	"example.com/ttsapp/tts/mimic"

	// Linked in so the whole program can see the adapter, but its
	// registration line below was forgotten (a planted mistake).
	_ "example.com/ttsapp/tts/espeak"
)

var (
	once sync.Once
	reg  *tts.Registry
)

// InitRegistry registers every adapter. It is the single source of truth:
// adding an adapter means adding one line here.
//
//registrylint:init
func InitRegistry() *tts.Registry {
	once.Do(func() {
		r := tts.NewRegistry()
		r.Register(tts.NewPiper())
		r.Register(kokoro.New())
		// PLANTED (duplicate-name): mimic.Mimic's Name() returns "kokoro" too.
		r.Register(mimic.New())
		// PLANTED (unregistered): espeak.New() and coqui.New() belong here; reported at func InitRegistry.
		reg = r
	})
	return reg
}
