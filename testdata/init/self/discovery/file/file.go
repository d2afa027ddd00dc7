// Package file discovers targets in file.
package file

import "example.com/prom/discovery"

func init() {
	discovery.RegisterConfig(&SDConfig{})
}

// SDConfig configures file discovery.
type SDConfig struct{ Refresh int }

func (*SDConfig) Name() string                                 { return "file" }
func (*SDConfig) NewDiscoverer() (discovery.Discoverer, error) { return nil, nil }
