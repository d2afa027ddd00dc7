// Package codec compresses blocks with a codec chosen by name.
package codec

import "sync"

// Codec compresses and decompresses blocks.
//
//registrylint:adapter
type Codec interface {
	Name() string
	Encode(dst, src []byte) []byte
	Decode(dst, src []byte) ([]byte, error)
}

// Registry holds codecs by name.
type Registry struct {
	mu     sync.RWMutex
	codecs map[string]Codec
}

// NewRegistry returns an empty Registry.
func NewRegistry() *Registry { return &Registry{codecs: make(map[string]Codec)} }

// Register adds c under its name.
//
//registrylint:register
func (r *Registry) Register(c Codec) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.codecs[c.Name()] = c
}

// Lookup returns the codec named name.
func (r *Registry) Lookup(name string) (Codec, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	c, ok := r.codecs[name]
	return c, ok
}
