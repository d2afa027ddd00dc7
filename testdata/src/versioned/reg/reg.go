// Package reg is a registry whose adapters live in versioned module paths.
package reg

// Engine is an engine.
//
//registrylint:adapter
type Engine interface{ Name() string }

// Registry holds engines.
type Registry struct{}

// Register adds an engine.
func (r *Registry) Register(e Engine) {}
