// Package cloud is the cloud backend.
package cloud

import "example.com/tofulike/backend"

// Backend is the cloud backend.
type Backend struct{ settings map[string]string }

// New returns the cloud backend.
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
