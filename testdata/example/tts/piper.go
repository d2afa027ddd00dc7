package tts

import "context"

// PiperName is the name Piper is registered under.
const PiperName = "piper"

// Piper is the fast local neural engine.
type Piper struct {
	BaseAdapter
}

// NewPiper returns an uninitialized Piper.
func NewPiper() *Piper {
	return &Piper{BaseAdapter{Desc: "fast local neural voices"}}
}

// Name returns "piper".
func (p *Piper) Name() string { return PiperName }

// Execute speaks in.Text.
func (p *Piper) Execute(ctx context.Context, in Input) (Output, error) {
	return p.Synthesize(p.Name(), in, 22050)
}
