// Package aws discovers targets in aws.
package aws

import "example.com/prom/discovery"

func init() {
	discovery.RegisterConfig(&SDConfig{})
}

// SDConfig configures aws discovery.
type SDConfig struct{ Refresh int }

func (*SDConfig) Name() string                                 { return "aws" }
func (*SDConfig) NewDiscoverer() (discovery.Discoverer, error) { return nil, nil }
