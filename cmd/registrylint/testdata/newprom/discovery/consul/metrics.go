package consul

import "example.com/promlike/discovery"

// consulMetrics are the metrics of consul discovery.
type consulMetrics struct {
	reg   discovery.Registerer
	names []string
}

func newDiscovererMetrics(reg discovery.Registerer) discovery.DiscovererMetrics {
	return &consulMetrics{reg: reg, names: []string{"prometheus_sd_consul_rpc_failures_total", "prometheus_sd_consul_rpc_duration_seconds"}}
}

// Register registers the metrics; a name registered before is an error.
func (m *consulMetrics) Register() error {
	for _, name := range m.names {
		if err := m.reg.Register(name); err != nil {
			return err
		}
	}
	return nil
}
