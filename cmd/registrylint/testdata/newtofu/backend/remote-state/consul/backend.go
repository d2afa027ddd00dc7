// Package consul is the consul backend: a large one, with a schema, its
// helpers and messages that name it.
package consul

import (
	"fmt"
	"strings"

	"example.com/tofulike/backend"
)

// Backend is the consul backend.
type Backend struct{ settings map[string]string }

// New returns the consul backend.
func New() backend.Backend { return &Backend{} }

// ConfigSchema describes the settings of the consul backend.
func (b *Backend) ConfigSchema() *backend.Schema {
	return &backend.Schema{
		Attributes: map[string]*backend.Attribute{
			"address": {Description: describe("address", "The address of the Consul agent")},
			"path":    {Description: describe("path", "Path in the Consul KV store"), Required: true},
			"consul":  {Description: endpointDescription("consul")},
			"lock":    {Description: describe("lock", lockHelp)},
			"gzip":    {Description: describe("gzip", "Compress the state data using gzip")},
			"token":   {Description: "The Consul Backend unexpectedly needs a token"},
		},
	}
}

const lockHelp = "Lock state access"

// describe writes the description of a setting.
func describe(name, text string) string {
	return fmt.Sprintf("%s: %s", name, text)
}

// endpointDescription describes the endpoint override of a service.
func endpointDescription(service string) string {
	return "A custom endpoint for the " + strings.ToUpper(service) + " API"
}

// Configure keeps the settings.
func (b *Backend) Configure(settings map[string]string) error {
	if settings["path"] == "" {
		return fmt.Errorf("The Consul Backend unexpectedly got no path")
	}
	b.settings = settings
	return nil
}

// States lists no states.
func (b *Backend) States() ([]string, error) { return nil, nil }
