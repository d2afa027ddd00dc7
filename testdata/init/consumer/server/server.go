// Package server defines the interface its sinks satisfy where it uses
// them: the sinks never import it (they only write bytes).
package server

import (
	"example.com/logs/sink/file"
	"example.com/logs/sink/kafka"
	"example.com/logs/sink/stdout"
)

// Sink receives log records.
type Sink interface {
	Name() string
	Write(p []byte) (int, error)
}

// Broker is the kafka sink's default broker.
const Broker = kafka.DefaultBroker

// sinks returns every sink by name; kafka, beside file and stdout, was
// forgotten.
func sinks() map[string]Sink {
	return map[string]Sink{
		"file":   file.New(),
		"stdout": &stdout.Writer{},
	}
}

// Open returns the sink of name, or nil.
func Open(name string) Sink { return sinks()[name] }
