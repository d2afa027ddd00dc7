// Package mimic adapts the Mimic 3 engine.
package mimic

import (
	"context"

	"example.com/ttsapp/tts"
)

// Mimic is a lightweight neural engine for small devices.
type Mimic struct {
	tts.BaseAdapter
}

// New returns an uninitialized Mimic.
func New() *Mimic {
	return &Mimic{tts.BaseAdapter{Desc: "lightweight neural voices for small devices"}}
}

// Name returns the name Mimic is registered under. It was copied from the
// kokoro adapter and never changed.
func (m *Mimic) Name() string { return "kokoro" }

// Execute speaks in.Text.
func (m *Mimic) Execute(ctx context.Context, in tts.Input) (tts.Output, error) {
	return m.Synthesize(m.Name(), in, 22050)
}
