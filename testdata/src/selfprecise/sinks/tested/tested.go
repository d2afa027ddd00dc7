// Package tested is a sink that nothing imports but its own in-package
// test: its init() never runs in production.
package tested

import "selfprecise/sinks"

// Sink is the tested sink.
type Sink struct{}

func (Sink) Name() string       { return "tested" }
func (Sink) Write(string) error { return nil }

func init() { sinks.Register(Sink{}) }
