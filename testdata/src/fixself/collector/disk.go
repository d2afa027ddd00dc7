package collector

// diskCollector was written, but its func init() was forgotten.
type diskCollector struct{ logger string } // want `adapter \*diskCollector implements Collector but no init\(\) of its package registers it \(policy self\); add func init\(\) \{ registerCollector\("disk", defaultEnabled, NewDiskCollector\) \}`

// NewDiskCollector returns the disk collector.
func NewDiskCollector(logger string) (Collector, error) {
	return &diskCollector{logger: logger}, nil
}

func (c *diskCollector) Update(ch chan<- float64) error { return nil }
