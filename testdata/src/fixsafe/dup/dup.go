// Package dup registers A twice, the second time in a one-line closure
// beside B: the fix deletes that registration alone, never B's.
package dup

import (
	"sync"

	"fixsafe/tts"
)

var once sync.Once

// Init registers the engines.
//
//registrylint:init
//registrylint:ignore unregistered C is registered by the dup fixture's caller
func Init(r *tts.Registry) {
	r.Register(tts.A{})
	once.Do(func() { r.Register(tts.B{}); r.Register(tts.A{}) }) // want `adapter tts.A is already registered in Init`
	r.Register(tts.C{})
	r.Register(tts.A{}) // want `adapter tts.A is already registered in Init`
}
