// Package backend declares state storage backends, kept in a map keyed by
// name (OpenTofu-like): the names are the map keys, the backends have no
// name method.
package backend

// Backend stores state.
//
//registrylint:adapter
type Backend interface {
	ConfigSchema() *Schema
	Configure(settings map[string]string) error
	States() ([]string, error)
}

// Schema describes a backend's configuration.
type Schema struct {
	Attributes map[string]*Attribute
}

// Attribute is one setting of a backend.
type Attribute struct {
	Description string
	Required    bool
}

// InitFn makes a backend.
type InitFn func() Backend
