// Package tts is a registry of text-to-speech adapters.
package tts

// Adapter is a text-to-speech engine.
//
//registrylint:adapter
type Adapter interface {
	Name() string
	Speak(text string) error
}

// Registry holds adapters by name.
type Registry struct{ m map[string]Adapter }

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{m: map[string]Adapter{}} }

// Register adds an adapter.
//
//registrylint:register
func (r *Registry) Register(a Adapter) { r.m[a.Name()] = a }

// MustRegister forwards to Register: plumbing, not a registration.
func (r *Registry) MustRegister(a Adapter) { r.Register(a) }

var def = NewRegistry()

// Register adds to the default registry: a helper that passes its
// parameter on, so a register function too.
func Register(a Adapter) { def.Register(a) }

// Base is embedded by adapters; it is not an adapter itself.
type Base struct{}

func (Base) Name() string       { return "base" }
func (Base) Speak(string) error { return nil }

// Piper lives in the registry's own package.
type Piper struct{ Base }

func NewPiper() *Piper            { return &Piper{} }
func (*Piper) Name() string       { return "piper" }
func (*Piper) Speak(string) error { return nil }

// Logging decorates another adapter: not an adapter.
type Logging struct{ Inner Adapter }

func (l Logging) Name() string         { return l.Inner.Name() }
func (l Logging) Speak(t string) error { return l.Inner.Speak(t) }

// Generic is generic: not an adapter.
type Generic[T any] struct{ v T }

func (Generic[T]) Name() string       { return "generic" }
func (Generic[T]) Speak(string) error { return nil }

// Extended embeds the interface in an interface: not an adapter.
type Extended interface {
	Adapter
	Close() error
}

// Ignored is kept out on purpose.
//
//registrylint:ignore unregistered used only by the demo command
type Ignored struct{}

func (Ignored) Name() string       { return "ignored" }
func (Ignored) Speak(string) error { return nil }
