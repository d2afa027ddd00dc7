package collector

type cpuCollector struct{}

func init() { registerCollector("cpu", true, newCPUCollector) }

func newCPUCollector() (Collector, error) { return &cpuCollector{}, nil }

func (*cpuCollector) Update(ch chan<- float64) error { return nil }
