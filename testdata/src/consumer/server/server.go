// Package server defines the interface its sinks satisfy where it uses
// them: the sinks never import it (they only write bytes).
package server

import (
	"sort"

	"consumer/other"
	"consumer/sink/file"
	"consumer/sink/kafka"
	"consumer/sink/sinktest"
	"consumer/sink/stdout"
)

// Sink receives log records.
//
//registrylint:adapter
type Sink interface {
	Name() string
	Write(p []byte) (int, error)
}

// tee writes to two sinks: a registered type is an adapter whatever its
// fields.
type tee struct{ a, b Sink }

func (t *tee) Name() string { return "tee" }

func (t *tee) Write(p []byte) (int, error) {
	if n, err := t.a.Write(p); err != nil {
		return n, err
	}
	return t.b.Write(p)
}

// sinks knows every sink; kafka, beside file and stdout, was forgotten.
//
//registrylint:init
var sinks = map[string]func() Sink{ // want `adapter \*kafka.Writer \(consumer/sink/kafka/kafka.go:8\) implements Sink but is not registered in sinks; add the entry "kafka": func\(\) Sink \{ return kafka.New\(\) \}`
	"file":   func() Sink { return file.New() },
	"stdout": func() Sink { return stdout.New() },
	"tee":    func() Sink { return &tee{file.New(), stdout.New()} },
}

// Broker is the kafka sink's default broker; the fake is for demos.
var (
	Broker = kafka.DefaultBroker
	demo   = sinktest.Fake{}
	echo   = other.Echo{}
)

// Names returns the names of the sinks, sorted: the startup log.
func Names() []string {
	var names []string
	for name, newSink := range sinks {
		if newSink().Name() != name {
			panic("sink " + name + " is named " + newSink().Name())
		}
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}
