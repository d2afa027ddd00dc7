package tts

import (
	"context"
	"fmt"
)

// BaseAdapter implements the bookkeeping methods shared by every adapter.
// Adapters embed it; it is not an adapter itself.
type BaseAdapter struct {
	Desc        string // returned by Description
	initialized bool
}

// Description returns b.Desc.
func (b *BaseAdapter) Description() string { return b.Desc }

// IsInitialized reports whether Initialize has succeeded.
func (b *BaseAdapter) IsInitialized() bool { return b.initialized }

// Initialize marks the adapter ready. Adapters that load models override it.
func (b *BaseAdapter) Initialize(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	b.initialized = true
	return nil
}

// Synthesize is the fake synthesis the example adapters share: one byte of
// "audio" per byte of text.
func (b *BaseAdapter) Synthesize(name string, in Input, rate int) (Output, error) {
	if !b.initialized {
		return Output{}, fmt.Errorf("tts: %s: not initialized", name)
	}
	return Output{Audio: []byte(in.Text), SampleRate: rate}, nil
}
