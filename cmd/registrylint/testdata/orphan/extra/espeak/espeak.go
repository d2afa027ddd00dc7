// Package espeak is an adapter package that nothing imports, so no init
// function can register it.
package espeak

import (
	"context"

	"example.com/e2e/orphan/tts"
)

// Espeak is the espeak engine.
type Espeak struct{}

var _ tts.Adapter = (*Espeak)(nil)

// New returns an espeak engine.
func New() *Espeak { return &Espeak{} }

// Name implements tts.Adapter.
func (*Espeak) Name() string { return "espeak" }

// Speak implements tts.Adapter.
func (*Espeak) Speak(ctx context.Context, text string) error { return nil }
