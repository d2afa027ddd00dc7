// Package backend declares state storage backends, kept in a map keyed by
// name (OpenTofu-like): the names are the map keys, the backends have no
// name method.
package backend

// Backend stores state.
//
//registrylint:adapter
type Backend interface {
	Configure(settings map[string]string) error
	States() ([]string, error)
}

// InitFn makes a backend.
type InitFn func() Backend
