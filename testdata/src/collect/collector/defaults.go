package collector

// RegisterDefaults registers the collectors that are built into the
// exporter.
//
//registrylint:init
func RegisterDefaults() { // want `adapter \*loadavgCollector \(collect/collector/loadavg\.go:6\) implements Collector but is not registered in RegisterDefaults`
	Register("cpu", NewCPUCollector)
	Register("meminfo", NewMeminfoCollector)
}
