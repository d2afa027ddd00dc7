// Package tts holds the text-to-speech adapter interface and its registry.
package tts

import "context"

// Input is the text to speak.
type Input struct {
	Text  string
	Voice string // optional; "" selects the engine's default voice
}

// Output is the synthesized audio.
type Output struct {
	Audio      []byte
	SampleRate int
}

// Adapter is a text-to-speech engine.
//
//registrylint:adapter
type Adapter interface {
	// Name is the unique, constant name the engine is selected by.
	Name() string
	Description() string
	IsInitialized() bool
	Initialize(ctx context.Context) error
	Execute(ctx context.Context, in Input) (Output, error)
}
