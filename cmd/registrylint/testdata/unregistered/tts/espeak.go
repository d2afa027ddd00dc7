package tts

import "context"

// Espeak is the espeak engine. Its registration line was forgotten.
type Espeak struct{}

// NewEspeak returns an espeak engine.
func NewEspeak() *Espeak { return &Espeak{} }

// Name implements Adapter.
func (*Espeak) Name() string { return "espeak" }

// Speak implements Adapter.
func (*Espeak) Speak(ctx context.Context, text string) error { return nil }
