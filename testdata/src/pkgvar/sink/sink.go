// Package sink declares where log records go.
package sink

// SinkConfig configures one kind of sink.
//
//registrylint:adapter
type SinkConfig interface {
	Name() string
	Open() error
}
