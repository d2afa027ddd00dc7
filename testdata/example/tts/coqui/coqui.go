// Package coqui adapts the Coqui TTS engine.
package coqui

import (
	"context"

	"example.com/ttsapp/tts"
)

func init() {
	// PLANTED (outside-init): self-registration; InitRegistry's registry never sees Coqui.
	tts.Register(New())
}

// Coqui is a multi-speaker neural engine.
type Coqui struct {
	tts.BaseAdapter
}

// New returns an uninitialized Coqui.
func New() *Coqui {
	return &Coqui{tts.BaseAdapter{Desc: "multi-speaker neural voices"}}
}

// Name returns "coqui".
func (c *Coqui) Name() string { return "coqui" }

// Execute speaks in.Text.
func (c *Coqui) Execute(ctx context.Context, in tts.Input) (tts.Output, error) {
	return c.Synthesize(c.Name(), in, 22050)
}
