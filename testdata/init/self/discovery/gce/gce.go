// Package gce discovers targets in gce.
package gce

import "example.com/prom/discovery"

func init() {
	discovery.RegisterConfig(&SDConfig{})
}

// SDConfig configures gce discovery.
type SDConfig struct{ Refresh int }

func (*SDConfig) Name() string                                 { return "gce" }
func (*SDConfig) NewDiscoverer() (discovery.Discoverer, error) { return nil, nil }
