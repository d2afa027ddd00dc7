// Package registry is a generic registry, instantiated with the interface
// of each kind of plugin.
package registry

import "sort"

// Registry holds values of T by name.
type Registry[T any] struct{ items map[string]T }

// New returns an empty registry.
func New[T any]() *Registry[T] { return &Registry[T]{items: make(map[string]T)} }

// Register stores v under name.
func (r *Registry[T]) Register(name string, v T) { r.items[name] = v }

// Get returns the value of name.
func (r *Registry[T]) Get(name string) (T, bool) {
	v, ok := r.items[name]
	return v, ok
}

// Names returns the registered names, sorted.
func (r *Registry[T]) Names() []string {
	var names []string
	for name := range r.items {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}
