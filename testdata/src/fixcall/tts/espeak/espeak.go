// Package espeak wraps the eSpeak NG synthesizer.
package espeak

import "fixcall/tts"

// DefaultVoice is the voice used when none is configured.
const DefaultVoice = "en-us"

// ESpeak has a New constructor but no registration.
type ESpeak struct{ voice string }

var _ tts.Adapter = (*ESpeak)(nil)

// New returns ESpeak with the default voice.
func New() *ESpeak { return &ESpeak{voice: DefaultVoice} }

func (*ESpeak) Name() string                      { return "espeak" }
func (*ESpeak) Speak(text string) ([]byte, error) { return []byte(text), nil }
