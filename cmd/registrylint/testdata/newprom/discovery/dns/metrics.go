package dns

import "example.com/promlike/discovery"

// dnsMetrics are the metrics of dns discovery.
type dnsMetrics struct {
	reg   discovery.Registerer
	names []string
}

func newDiscovererMetrics(reg discovery.Registerer) discovery.DiscovererMetrics {
	return &dnsMetrics{reg: reg, names: []string{"prometheus_sd_dns_rpc_failures_total", "prometheus_sd_dns_rpc_duration_seconds"}}
}

// Register registers the metrics; a name registered before is an error.
func (m *dnsMetrics) Register() error {
	for _, name := range m.names {
		if err := m.reg.Register(name); err != nil {
			return err
		}
	}
	return nil
}
