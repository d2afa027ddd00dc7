// Package lookalike does not import tts: its types match the method set by
// chance and are not adapters.
package lookalike

type Piper struct{}

func (Piper) Name() string       { return "piper-lookalike" }
func (Piper) Speak(string) error { return nil }
