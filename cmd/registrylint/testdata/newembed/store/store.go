// Package store declares a storage backend registry whose interface embeds
// other interfaces and has a method with a generic parameter type.
package store

import (
	"context"
	"fmt"
)

// Closer releases resources.
type Closer interface{ Close() error }

// Option is a typed option.
type Option[T any] struct{ Value T }

// Backend stores values.
//
//registrylint:adapter
type Backend interface {
	Closer
	fmt.Stringer
	Name() string
	Put(ctx context.Context, key string, opts ...Option[string]) (n int, err error)
	Stats() map[string]float64
	Limits() Limits
}

// Limits are a backend's limits.
type Limits struct{ MaxKeys int }

// Registry holds backends.
type Registry struct{ all []Backend }

// Register adds a backend.
func (r *Registry) Register(b Backend) { r.all = append(r.all, b) }

// Names returns the names of the registered backends.
func (r *Registry) Names() []string {
	var names []string
	for _, b := range r.all {
		names = append(names, b.Name())
	}
	return names
}
