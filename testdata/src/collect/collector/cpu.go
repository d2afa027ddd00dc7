package collector

import "runtime"

type cpuCollector struct {
	cpus int
}

// NewCPUCollector returns a Collector exposing CPU counts.
func NewCPUCollector() (Collector, error) {
	return &cpuCollector{cpus: runtime.NumCPU()}, nil
}

func (c *cpuCollector) Update(ch chan<- Metric) error {
	ch <- Metric{Name: "node_cpus", Value: float64(c.cpus)}
	return nil
}
