// Package collector registers node_exporter-style collectors through
// registerCollector(name, enabled, factory): the name argument names each
// collector, so two registered under one name are a duplicate-name.
package collector

// Collector collects metrics.
//
//registrylint:adapter policy=self
type Collector interface {
	Update(ch chan<- float64) error
}

var factories = map[string]func() (Collector, error){}

// registerCollector registers a collector's factory under name.
//
//registrylint:register
func registerCollector(name string, enabled bool, factory func() (Collector, error)) {
	if enabled {
		factories[name] = factory
	}
}
