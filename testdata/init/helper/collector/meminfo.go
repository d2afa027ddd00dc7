package collector

type meminfoCollector struct{ logger string }

func init() {
	registerCollector("meminfo", true, NewMeminfoCollector)
}

// NewMeminfoCollector returns the meminfo collector.
func NewMeminfoCollector(logger string) (Collector, error) {
	return &meminfoCollector{logger: logger}, nil
}

func (c *meminfoCollector) Update(ch chan<- float64) error { return nil }
