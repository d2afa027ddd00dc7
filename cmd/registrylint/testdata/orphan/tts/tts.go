// Package tts is a registry of text-to-speech adapters.
package tts

import "context"

// Adapter is a text-to-speech engine.
//
//registrylint:adapter
type Adapter interface {
	Name() string
	Speak(ctx context.Context, text string) error
}

// Registry holds adapters by name.
type Registry struct {
	adapters map[string]Adapter
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry {
	return &Registry{adapters: make(map[string]Adapter)}
}

// Register adds a to the registry.
//
//registrylint:register
func (r *Registry) Register(a Adapter) {
	r.adapters[a.Name()] = a
}

// Get returns the adapter called name.
func (r *Registry) Get(name string) (Adapter, bool) {
	a, ok := r.adapters[name]
	return a, ok
}
