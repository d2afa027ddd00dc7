// Package collector gathers host metrics. Each collector is built by a
// factory registered under the name it is enabled by on the command line.
package collector

import (
	"fmt"
	"sort"
)

// Metric is one sample.
type Metric struct {
	Name   string
	Labels map[string]string
	Value  float64
}

// Collector is the interface a collector has to implement.
//
//registrylint:adapter
type Collector interface {
	// Update gets new metrics and exposes them via ch.
	Update(ch chan<- Metric) error
}

var factories = make(map[string]func() (Collector, error))

// Register makes a collector factory available by name. It is a register
// function by convention: named Register, with a factory parameter.
func Register(name string, f func() (Collector, error)) {
	if _, dup := factories[name]; dup {
		panic(fmt.Sprintf("collector %q registered twice", name))
	}
	factories[name] = f
}

// Enabled builds the collectors named in names.
func Enabled(names []string) (map[string]Collector, error) {
	out := make(map[string]Collector, len(names))
	sort.Strings(names)
	for _, name := range names {
		f, ok := factories[name]
		if !ok {
			return nil, fmt.Errorf("missing collector: %s", name)
		}
		c, err := f()
		if err != nil {
			return nil, fmt.Errorf("collector %s: %w", name, err)
		}
		out[name] = c
	}
	return out, nil
}
