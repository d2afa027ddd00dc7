package collector

type meminfoCollector struct{}

func init() { registerCollector("meminfo", true, newMeminfoCollector) }

func newMeminfoCollector() (Collector, error) { return &meminfoCollector{}, nil }

func (*meminfoCollector) Update(ch chan<- float64) error { return nil }

// pressureResource picks a resource by a string that happens to be a
// collector's registered name: no name-switch, as registered names are
// short words that other switches use too.
func pressureResource(res string) int {
	switch res {
	case "cpu":
		return 1
	case "memory":
		return 2
	}
	return 0
}
