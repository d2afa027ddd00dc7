// Package consul discovers targets through consul.
package consul

import "example.com/promlike/discovery"

func init() { discovery.RegisterConfig(&SDConfig{}) }

// SDConfig configures consul discovery.
type SDConfig struct {
	Server string
}

// Name returns the name of the configuration.
func (*SDConfig) Name() string { return "consul" }

// NewDiscoverer returns a discoverer.
func (c *SDConfig) NewDiscoverer() (discovery.Discoverer, error) {
	return &Discovery{server: c.Server}, nil
}

// NewDiscovererMetrics returns the metrics of consul discovery.
func (*SDConfig) NewDiscovererMetrics(reg discovery.Registerer) discovery.DiscovererMetrics {
	return newDiscovererMetrics(reg)
}

// Discovery discovers targets.
type Discovery struct{ server string }

// Run returns the targets.
func (d *Discovery) Run() []string { return []string{d.server} }
