// Package all knows every text-to-speech adapter.
package all

import (
	"sync"

	"example.com/e2e/unregistered/tts"
	"example.com/e2e/unregistered/tts/kokoro"
)

var (
	once sync.Once
	reg  *tts.Registry
)

// InitRegistry registers every adapter. It is the single source of truth.
//
//registrylint:init
func InitRegistry() *tts.Registry {
	once.Do(func() {
		r := tts.NewRegistry()
		r.Register(tts.NewPiper())
		r.Register(kokoro.New())
		reg = r
	})
	return reg
}
