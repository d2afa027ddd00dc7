// Package stt is a registry of speech-to-text engines.
package stt

// Adapter is a speech-to-text engine.
//
//registrylint:adapter
type Adapter interface {
	Name() string
	Transcribe(audio []byte) (string, error)
}

// Registry holds engines by name.
type Registry struct{ engines map[string]Adapter }

// NewRegistry returns an empty Registry.
func NewRegistry() *Registry { return &Registry{engines: make(map[string]Adapter)} }

// Register adds an engine under its name.
//
//registrylint:register
func (r *Registry) Register(a Adapter) { r.engines[a.Name()] = a }

// Null transcribes everything to nothing.
type Null struct{}

// NewNull returns Null.
func NewNull() Null { return Null{} }

func (Null) Name() string                      { return "null" }
func (Null) Transcribe([]byte) (string, error) { return "", nil }
