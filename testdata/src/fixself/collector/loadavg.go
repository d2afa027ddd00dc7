package collector

type loadavgCollector struct{ logger string }

func init() {
	registerCollector("loadavg", defaultEnabled, NewLoadavgCollector)
}

// NewLoadavgCollector returns the loadavg collector.
func NewLoadavgCollector(logger string) (Collector, error) {
	return &loadavgCollector{logger: logger}, nil
}

func (c *loadavgCollector) Update(ch chan<- float64) error { return nil }
