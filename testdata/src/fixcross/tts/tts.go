// Package tts is a registry of text-to-speech engines.
package tts

// Adapter is a text-to-speech engine.
//
//registrylint:adapter
type Adapter interface {
	Name() string
	Speak(text string) ([]byte, error)
}

// Registry holds engines by name.
type Registry struct{ engines map[string]Adapter }

// NewRegistry returns an empty Registry.
func NewRegistry() *Registry { return &Registry{engines: make(map[string]Adapter)} }

// Register adds an engine under its name.
//
//registrylint:register
func (r *Registry) Register(a Adapter) { r.engines[a.Name()] = a }
