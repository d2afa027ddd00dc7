// Package piper is an adapter package.
package piper

import "basic/tts"

// Piper2 is a second piper engine, registered by the wiring package.
type Piper2 struct{ tts.Base }

// New returns a Piper2.
func New() *Piper2 { return &Piper2{} }

func (*Piper2) Name() string { return "piper2" }
