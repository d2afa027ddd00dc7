// Package piper is a neural engine.
package piper

import "fixcross/tts"

// Piper is registered.
type Piper struct{}

var _ tts.Adapter = (*Piper)(nil)

// New returns Piper.
func New() *Piper { return &Piper{} }

func (*Piper) Name() string                      { return "piper" }
func (*Piper) Speak(text string) ([]byte, error) { return []byte(text), nil }
