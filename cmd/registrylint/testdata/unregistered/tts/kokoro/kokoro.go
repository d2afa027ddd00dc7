// Package kokoro is the kokoro text-to-speech engine.
package kokoro

import (
	"context"

	"example.com/e2e/unregistered/tts"
)

// Kokoro is the kokoro engine.
type Kokoro struct{}

var _ tts.Adapter = (*Kokoro)(nil)

// New returns a kokoro engine.
func New() *Kokoro { return &Kokoro{} }

// Name implements tts.Adapter.
func (*Kokoro) Name() string { return "kokoro" }

// Speak implements tts.Adapter.
func (*Kokoro) Speak(ctx context.Context, text string) error { return nil }
