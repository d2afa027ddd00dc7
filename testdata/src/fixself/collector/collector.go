// Package collector holds node_exporter-style collectors: each file
// registers its collector's factory in its own func init().
package collector

// Collector collects metrics.
//
//registrylint:adapter policy=self
type Collector interface {
	Update(ch chan<- float64) error
}

var factories = map[string]func(logger string) (Collector, error){}

// registerCollector registers a collector's factory under name.
//
//registrylint:register
func registerCollector(name string, enabled bool, factory func(logger string) (Collector, error)) {
	if enabled {
		factories[name] = factory
	}
}

const defaultEnabled = true
