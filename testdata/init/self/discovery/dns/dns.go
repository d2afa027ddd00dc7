// Package dns discovers targets in dns.
package dns

import "example.com/prom/discovery"

func init() {
	discovery.RegisterConfig(&SDConfig{})
}

// SDConfig configures dns discovery.
type SDConfig struct{ Refresh int }

func (*SDConfig) Name() string                                 { return "dns" }
func (*SDConfig) NewDiscoverer() (discovery.Discoverer, error) { return nil, nil }
