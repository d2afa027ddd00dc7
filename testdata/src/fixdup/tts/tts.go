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

// Register adds an engine under its name; a later one replaces an earlier
// one silently.
//
//registrylint:register
func (r *Registry) Register(a Adapter) { r.engines[a.Name()] = a }

// Piper is a neural engine.
type Piper struct{ model string }

// NewPiper returns Piper with its default model.
func NewPiper() *Piper { return &Piper{model: "lessac"} }

func (*Piper) Name() string                      { return "piper" }
func (*Piper) Speak(text string) ([]byte, error) { return []byte(text), nil }

// Kokoro is a second engine.
type Kokoro struct{}

func (Kokoro) Name() string                      { return "kokoro" }
func (Kokoro) Speak(text string) ([]byte, error) { return []byte(text), nil }

// Init registers every engine; two lines were pasted twice.
//
//registrylint:init
func Init() *Registry {
	r := &Registry{engines: make(map[string]Adapter)}
	r.Register(NewPiper())
	r.Register(Kokoro{})
	r.Register(&Piper{model: "amy"}) // want `adapter \*Piper is already registered in Init \(line 41\), under the same constant name; keep one of the two \(no automatic fix: they are built differently\)`
	r.Register(&Kokoro{})            // want `adapter \*?Kokoro is already registered in Init \(line 42\); delete this registration`
	return r
}
