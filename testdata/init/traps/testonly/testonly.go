// Package testonly has a registry that only tests fill.
package testonly

// Codec encodes.
type Codec interface{ Encode([]byte) []byte }

// Registry keeps codecs.
type Registry struct{ codecs []Codec }

// Register adds c.
func (r *Registry) Register(c Codec) { r.codecs = append(r.codecs, c) }

// Len returns how many codecs r has.
func (r *Registry) Len() int { return len(r.codecs) }
