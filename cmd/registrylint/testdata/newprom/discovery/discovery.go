// Package discovery is a Prometheus-like registry of service discovery
// configurations: each registers itself in its package's func init(),
// its name becomes a struct field (so it must be an identifier), and its
// metrics are made and registered at start-up.
package discovery

import (
	"fmt"
	"reflect"
	"sort"
)

// Registerer collects metrics by name.
type Registerer interface {
	Register(name string) error
}

// DiscovererMetrics are the metrics of one discovery mechanism.
type DiscovererMetrics interface {
	Register() error
}

// Config configures a discovery mechanism.
//
//registrylint:adapter policy=self
type Config interface {
	Name() string
	NewDiscoverer() (Discoverer, error)
	NewDiscovererMetrics(reg Registerer) DiscovererMetrics
}

// Discoverer finds targets.
type Discoverer interface {
	Run() []string
}

var configs = map[string]Config{}

// RegisterConfig registers a configuration type.
//
//registrylint:register
func RegisterConfig(c Config) {
	configs[c.Name()] = c
}

// ConfigStruct builds the configuration struct from the registered names:
// a field per mechanism, as Prometheus does with reflect.StructOf.
func ConfigStruct() reflect.Type {
	var fields []reflect.StructField
	for _, name := range Names() {
		fields = append(fields, reflect.StructField{
			Name: "AUTO_DISCOVERY_" + name + "_sd_configs",
			Type: reflect.TypeOf([]string{}),
			Tag:  reflect.StructTag(fmt.Sprintf(`yaml:"%s_sd_configs,omitempty"`, name)),
		})
	}
	return reflect.StructOf(fields)
}

// RegisterSDMetrics makes and registers the metrics of every mechanism.
func RegisterSDMetrics(reg Registerer) error {
	for _, name := range Names() {
		if err := configs[name].NewDiscovererMetrics(reg).Register(); err != nil {
			return err
		}
	}
	return nil
}

// Names returns the registered names, sorted.
func Names() []string {
	var names []string
	for name := range configs {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}
