package collector

// diskCollector was written, but its func init() was forgotten.
type diskCollector struct{ logger string }

// NewDiskCollector returns the disk collector.
func NewDiskCollector(logger string) (Collector, error) { return &diskCollector{logger: logger}, nil }

func (c *diskCollector) Update(ch chan<- float64) error { return nil }
