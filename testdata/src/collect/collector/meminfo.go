package collector

import (
	"errors"
	"os"
)

// meminfoProcCollector reads /proc/meminfo.
type meminfoProcCollector struct {
	path string
}

func (c *meminfoProcCollector) Update(ch chan<- Metric) error {
	if _, err := os.Stat(c.path); err != nil {
		return err
	}
	ch <- Metric{Name: "node_memory_MemTotal_bytes"}
	return nil
}

// meminfoSysctlCollector asks the kernel through sysctl, on systems
// without procfs.
type meminfoSysctlCollector struct{}

func (meminfoSysctlCollector) Update(ch chan<- Metric) error {
	ch <- Metric{Name: "node_memory_size_bytes"}
	return nil
}

// NewMeminfoCollector returns the meminfo collector that fits the host:
// one factory, two adapters.
func NewMeminfoCollector() (Collector, error) {
	if _, err := os.Stat("/proc/meminfo"); errors.Is(err, os.ErrNotExist) {
		return meminfoSysctlCollector{}, nil
	} else if err != nil {
		return nil, err
	}
	return &meminfoProcCollector{path: "/proc/meminfo"}, nil
}
