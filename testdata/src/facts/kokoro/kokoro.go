// want package:`adapter facts/kokoro.Kokoro="kokoro"`

// Package kokoro is an adapter whose constructor returns the interface, so
// only its fact tells importers which type it makes.
package kokoro

import "facts/tts"

const name = "kokoro"

// Kokoro speaks with kokoro.
type Kokoro struct{}

func (Kokoro) Name() string             { return name }
func (Kokoro) Speak(text string) []byte { return []byte(text) }

// New returns a Kokoro as an Adapter.
func New() tts.Adapter { return Kokoro{} } // want New:`returns facts/kokoro.Kokoro`
