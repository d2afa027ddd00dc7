package cpu

import (
	"errors"

	"self/metrics"
)

type cpu struct{}

func (*cpu) Name() string  { return "cpu" }
func (*cpu) Update() error { return nil }

func newCPU() (metrics.Collector, error) {
	if false {
		return nil, errors.New("no cpu")
	}
	return &cpu{}, nil
}

func init() { metrics.RegisterCollector("cpu", newCPU) }
