package app

import (
	"fixcross/stt/vosk"
	"fixcross/tts/espeak"
)

// Settings are the defaults the settings page offers.
type Settings struct {
	Voices     []string
	SampleRate int
}

// DefaultSettings are shown before the user changes anything.
var DefaultSettings = Settings{Voices: espeak.Voices, SampleRate: vosk.SampleRate}
