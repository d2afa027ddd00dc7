// Package espeak wraps the eSpeak NG synthesizer.
package espeak

import "fixcross/tts"

// Voices lists the voices eSpeak ships with.
var Voices = []string{"en-us", "de", "fr-fr"}

// ESpeak is not registered, and the init file does not import it.
type ESpeak struct{ voice string }

var _ tts.Adapter = (*ESpeak)(nil)

// New returns ESpeak with the first voice.
func New() *ESpeak { return &ESpeak{voice: Voices[0]} }

func (*ESpeak) Name() string                      { return "espeak" }
func (*ESpeak) Speak(text string) ([]byte, error) { return []byte(text), nil }
