// Package storage keeps storage backends behind one interface; every
// backend is a value of one generic factory type, instantiated with the
// backend's own configuration and client types.
package storage

import "sort"

// Factory opens a backend by name.
type Factory interface {
	Name() string
	Open(dsn string) (Backend, error)
}

// Backend is an open store.
type Backend interface{ Close() error }

// Registry maps backend names to their factories.
type Registry struct{ byName map[string]Factory }

// Register adds a factory; a name registered twice is a programming
// error.
func (r *Registry) Register(f Factory) {
	if r.byName == nil {
		r.byName = make(map[string]Factory)
	}
	if _, dup := r.byName[f.Name()]; dup {
		panic("storage: backend " + f.Name() + " registered twice")
	}
	r.byName[f.Name()] = f
}

// Names returns the names of the registered backends, sorted.
func (r *Registry) Names() []string {
	names := make([]string, 0, len(r.byName))
	for name := range r.byName {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// factory is the one Factory implementation: C is the backend's
// configuration, B its client.
type factory[C any, B Backend] struct {
	name string
	open func(C) (B, error)
}

func (f *factory[C, B]) Name() string { return f.name }

func (f *factory[C, B]) Open(dsn string) (Backend, error) {
	var c C
	return f.open(c)
}

// NewFactory returns the factory of a backend; its result is the
// interface, so what it returns is resolved through its body.
func NewFactory[C any, B Backend](name string, open func(C) (B, error)) Factory {
	return &factory[C, B]{name: name, open: open}
}

// Typed returns the factory as its concrete generic type.
func Typed[C any, B Backend](name string, open func(C) (B, error)) *factory[C, B] {
	return &factory[C, B]{name: name, open: open}
}
