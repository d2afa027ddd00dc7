// Package inmem is the inmem backend.
package inmem

import "example.com/tofulike/backend"

// Backend is the inmem backend.
type Backend struct{ settings map[string]string }

// New returns the inmem backend.
func New() backend.Backend { return &Backend{} }

// Configure keeps the settings.
func (b *Backend) Configure(settings map[string]string) error {
	b.settings = settings
	return nil
}

// States lists no states.
func (b *Backend) States() ([]string, error) { return nil, nil }

// ConfigSchema has no settings.
func (b *Backend) ConfigSchema() *backend.Schema { return &backend.Schema{} }
