// Package kokoro holds the Kokoro engines.
package kokoro

import "fixcall/tts"

var (
	_ tts.Adapter = (*Kokoro)(nil)
	_ tts.Adapter = Lite{}
)

// Kokoro is registered through its constructor.
type Kokoro struct{ lang string }

// New returns Kokoro for American English.
func New() *Kokoro { return &Kokoro{lang: "a"} }

func (*Kokoro) Name() string                      { return "kokoro" }
func (*Kokoro) Speak(text string) ([]byte, error) { return []byte(text), nil }

// Lite is a value adapter with no constructor, and no registration.
type Lite struct{}

func (Lite) Name() string                      { return "kokoro-lite" }
func (Lite) Speak(text string) ([]byte, error) { return []byte(text), nil }
