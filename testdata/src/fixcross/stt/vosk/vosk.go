// Package vosk is an offline recognizer.
package vosk

import "fixcross/stt"

// SampleRate is the rate the models expect.
const SampleRate = 16000

// Recognizer has no constructor, is not registered, and the init file does
// not import it.
type Recognizer struct{ model string }

var _ stt.Adapter = (*Recognizer)(nil)

func (*Recognizer) Name() string                            { return "vosk" }
func (*Recognizer) Transcribe(audio []byte) (string, error) { return "", nil }
