// Package collector holds the collectors.
package collector

// Collector collects metrics.
type Collector interface {
	Update(ch chan<- float64) error
}

var factories = map[string]func(logger string) (Collector, error){}

// registerCollector registers a collector's factory under name.
func registerCollector(name string, enabled bool, factory func(logger string) (Collector, error)) {
	if enabled {
		factories[name] = factory
	}
}

// Names returns how many collectors there are.
func Names() int { return len(factories) }
