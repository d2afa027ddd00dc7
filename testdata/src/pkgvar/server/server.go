// Package server holds its sinks in a package-level map: the variable
// is the init function.
package server

import (
	"pkgvar/sink"
	"pkgvar/sink/file"
	"pkgvar/sink/kafka"
	"pkgvar/sink/stdout"
)

// sinks knows every sink; kafka was forgotten.
//
//registrylint:init
var sinks = map[string]func() sink.SinkConfig{ // want `adapter \*kafka.Config \(pkgvar/sink/kafka/kafka.go:9\) implements sink.SinkConfig but is not registered in sinks; add the entry "kafka": func\(\) sink.SinkConfig \{ return &kafka.Config\{\} \}`
	"file":   func() sink.SinkConfig { return new(file.Config) },
	"stdout": func() sink.SinkConfig { return &stdout.Config{} },
}

// kafkaDefaults is used by the kafka sink's flags.
var kafkaDefaults = kafka.Config{Path: "localhost:9092"}

// New returns the sink configured by name.
func New(name string) (sink.SinkConfig, bool) {
	f, ok := sinks[name]
	if !ok {
		return nil, false
	}
	return f(), true
}

// others is a second list: hardcoded-list.
var others = []sink.SinkConfig{&file.Config{}} // want `literal list of sink.SinkConfig adapters outside the init function`
