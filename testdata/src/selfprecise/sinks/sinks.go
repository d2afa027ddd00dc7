// Package sinks is a database/sql-style registry: each sink package
// registers itself in its func init(); no package blank-imports them all.
package sinks

// Sink writes events somewhere. Its roles are in the configuration
// (TestSelfPrecise), with exclude: ["*Mock*"].
type Sink interface {
	Name() string
	Write(event string) error
}

var all = map[string]Sink{}

// Register makes a sink available by name.
func Register(s Sink) { all[s.Name()] = s }

// Names returns the registered sinks' names.
func Names() []string {
	var out []string
	for name := range all {
		out = append(out, name)
	}
	return out
}
