// Package consul discovers targets in consul.
package consul

import "example.com/prom/discovery"

func init() {
	discovery.RegisterConfig(&SDConfig{})
}

// SDConfig configures consul discovery.
type SDConfig struct{ Refresh int }

func (*SDConfig) Name() string                                 { return "consul" }
func (*SDConfig) NewDiscoverer() (discovery.Discoverer, error) { return nil, nil }
