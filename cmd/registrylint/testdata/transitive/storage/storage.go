// Package storage declares the storage backend registry.
package storage

// Backend is a storage backend.
//
//registrylint:adapter
type Backend interface {
	Name() string
	Get(key string) ([]byte, error)
}

// Factory makes a backend.
type Factory func() (Backend, error)

// Registry holds the backends by name.
type Registry struct{ factories map[string]Factory }

// Register adds a backend factory.
//
//registrylint:register
func (r *Registry) Register(name string, f Factory) {
	if r.factories == nil {
		r.factories = make(map[string]Factory)
	}
	r.factories[name] = f
}

// Names returns the registered names.
func (r *Registry) Names() []string {
	var names []string
	for n := range r.factories {
		names = append(names, n)
	}
	return names
}
