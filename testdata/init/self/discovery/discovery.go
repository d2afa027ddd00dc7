// Package discovery finds scrape targets.
package discovery

// Config configures one service discovery mechanism.
type Config interface {
	Name() string
	NewDiscoverer() (Discoverer, error)
}

// Discoverer finds targets.
type Discoverer interface{ Run() }

var configs = map[string]Config{}

// RegisterConfig registers a discovery mechanism's configuration.
func RegisterConfig(c Config) { configs[c.Name()] = c }

// StaticConfig is built in: it is no registered mechanism.
type StaticConfig []string

func (StaticConfig) Name() string                       { return "static" }
func (StaticConfig) NewDiscoverer() (Discoverer, error) { return nil, nil }
