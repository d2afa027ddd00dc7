// Package enc keeps the encoders.
package enc

// Encoder encodes values.
type Encoder interface {
	Name() string
	Encode(v any) ([]byte, error)
}

// Registry holds the encoders.
type Registry struct{ all []Encoder }

// Register adds an encoder.
func (r *Registry) Register(e Encoder) { r.all = append(r.all, e) }

// Len returns how many encoders are registered.
func (r *Registry) Len() int { return len(r.all) }
