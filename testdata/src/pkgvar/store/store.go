// Package store keeps key-value stores behind one interface.
package store

// Store is a key-value store.
//
//registrylint:adapter
type Store interface {
	Name() string
}

// Registry holds the stores by name.
type Registry struct{ byName map[string]Store }

// Register adds a store; a name registered twice is a programming error.
func (r *Registry) Register(s Store) {
	if r.byName == nil {
		r.byName = make(map[string]Store)
	}
	if _, dup := r.byName[s.Name()]; dup {
		panic("store: " + s.Name() + " registered twice")
	}
	r.byName[s.Name()] = s
}
