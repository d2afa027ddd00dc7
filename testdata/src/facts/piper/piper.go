// want package:`adapter facts/piper.Piper="piper"`

// Package piper is an adapter whose constructor returns its concrete type.
package piper

import "facts/tts"

var _ tts.Adapter = (*Piper)(nil)

// Piper speaks with piper.
type Piper struct{}

func (*Piper) Name() string             { return "piper" }
func (*Piper) Speak(text string) []byte { return []byte(text) }

// New returns a Piper: its signature says which type, so it has no fact.
func New() *Piper { return &Piper{} }
