// Package backend declares what a state backend does.
package backend

// Backend stores state.
type Backend interface {
	Configure(settings map[string]string) error
	State(name string) ([]byte, error)
}

// InitFn makes a backend.
type InitFn func() Backend
