// Package espeak adapts the eSpeak NG formant synthesizer.
package espeak

import (
	"context"

	"example.com/ttsapp/tts"
)

// ESpeak is the classic formant synthesizer: robotic, tiny, many languages.
//
// Deliberately never registered: see the planted mistakes in
// tts/all/registry.go.
type ESpeak struct {
	tts.BaseAdapter
}

// New returns an uninitialized ESpeak.
func New() *ESpeak {
	return &ESpeak{tts.BaseAdapter{Desc: "formant synthesis, many languages"}}
}

// Name returns "espeak".
func (e *ESpeak) Name() string { return "espeak" }

// Execute speaks in.Text.
func (e *ESpeak) Execute(ctx context.Context, in tts.Input) (tts.Output, error) {
	return e.Synthesize(e.Name(), in, 16000)
}
