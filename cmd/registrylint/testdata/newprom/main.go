// Command promlike builds its configuration struct and registers the
// discovery metrics at start-up.
package main

import (
	"fmt"

	"example.com/promlike/discovery"
	_ "example.com/promlike/discovery/install"
)

// registry refuses a metric registered twice, as Prometheus' does.
type registry map[string]bool

func (r registry) Register(name string) error {
	if r[name] {
		return fmt.Errorf("duplicate metrics collector registration attempted: %s", name)
	}
	r[name] = true
	return nil
}

func main() {
	fmt.Println(discovery.ConfigStruct().NumField(), "mechanisms")
	if err := discovery.RegisterSDMetrics(registry{}); err != nil {
		panic(err)
	}
	fmt.Println(discovery.Names())
}
