// Package tts is the registry of the fixsafe cases.
package tts

// Adapter is an engine.
//
//registrylint:adapter
type Adapter interface{ Name() string }

// Registry holds engines.
type Registry struct{ all []Adapter }

// Register adds an engine.
func (r *Registry) Register(a Adapter) { r.all = append(r.all, a) }

// A is an engine.
type A struct{}

func (A) Name() string { return "a" }

// B is an engine.
type B struct{}

func (B) Name() string { return "b" }

// C is an engine.
type C struct{}

func (C) Name() string { return "c" }
