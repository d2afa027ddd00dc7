// Package all wires every engine into the registry.
package all

import (
	"sync"

	"fixcall/tts"
	"fixcall/tts/espeak"
	"fixcall/tts/kokoro"
)

var (
	once     sync.Once
	registry *tts.Registry
)

// DefaultVoice is the voice of the default engine.
const DefaultVoice = espeak.DefaultVoice

// InitRegistry registers every engine, once.
//
//registrylint:init
func InitRegistry() *tts.Registry { // want `adapter \*espeak\.ESpeak .* add r\.Register\(espeak\.New\(\)\)` `adapter kokoro\.Lite .* add r\.Register\(kokoro\.Lite\{\}\)` `adapter \*tts\.Coqui .* add r\.Register\(tts\.NewCoqui\(\)\)` `adapter \*tts\.Mimic .* add r\.Register\(&tts\.Mimic\{\}\)`
	once.Do(func() {
		r := tts.NewRegistry()
		r.Register(tts.NewPiper())
		r.Register(kokoro.New())
		registry = r
	})
	return registry
}
