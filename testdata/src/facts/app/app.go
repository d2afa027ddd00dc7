// Package app holds the init function; its fact names the registry and the
// adapters it registers.
package app

import (
	"facts/kokoro"
	"facts/piper"
	"facts/tts"
)

// InitRegistry registers every engine.
//
//registrylint:init facts/tts.Adapter
func InitRegistry() { // want InitRegistry:`init facts/tts.Adapter registers facts/kokoro.Kokoro,facts/piper.Piper`
	tts.Register(piper.New())
	tts.Register(kokoro.New())
}
