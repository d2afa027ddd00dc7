package espeak

import "basic/tts"

// ESpeak is written but its registration line was forgotten.
type ESpeak struct{ tts.Base }

func New() *ESpeak { return &ESpeak{} }

func (*ESpeak) Name() string { return "espeak" }
