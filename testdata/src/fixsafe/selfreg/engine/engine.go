// Package engine registers its engine itself, outside the init function.
package engine

import "fixsafe/tts"

// Self is an engine.
type Self struct{}

func (Self) Name() string { return "self" }

// registry stands for a registry the package shares with Init's caller.
var registry tts.Registry

func init() {
	registry.Register(Self{}) // want `registry.Register registers a tts.Adapter outside its init function \(self-registration in func init\(\)\)`
}
