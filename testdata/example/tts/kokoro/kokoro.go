// Package kokoro adapts the Kokoro engine.
package kokoro

import (
	"context"

	"example.com/ttsapp/tts"
)

// Kokoro is a small high-quality neural engine.
type Kokoro struct {
	tts.BaseAdapter
}

// New returns an uninitialized Kokoro.
func New() *Kokoro {
	return &Kokoro{tts.BaseAdapter{Desc: "small high-quality neural voices"}}
}

// Name returns "kokoro".
func (k *Kokoro) Name() string { return "kokoro" }

// Execute speaks in.Text.
func (k *Kokoro) Execute(ctx context.Context, in tts.Input) (tts.Output, error) {
	return k.Synthesize(k.Name(), in, 24000)
}
