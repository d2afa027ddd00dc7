// Package app wires the engines of the assistant.
package app

import (
	"sync"

	"fixcross/tts"
	"fixcross/tts/piper"
)

var (
	once    sync.Once
	engines *tts.Registry
)

// TTS registers every text-to-speech engine.
//
//registrylint:init
func TTS() *tts.Registry { // want `adapter \*espeak\.ESpeak \(fixcross/tts/espeak/espeak\.go:10\) implements tts\.Adapter but is not registered in TTS; add r\.Register\(espeak\.New\(\)\)`
	once.Do(func() {
		r := tts.NewRegistry()
		r.Register(piper.New())
		engines = r
	})
	return engines
}
