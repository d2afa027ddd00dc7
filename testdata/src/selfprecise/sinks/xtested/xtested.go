// Package xtested is a sink that nothing imports but its own external
// test package.
package xtested

import "selfprecise/sinks"

// Sink is the xtested sink.
type Sink struct{}

func (Sink) Name() string       { return "xtested" }
func (Sink) Write(string) error { return nil }

func init() { sinks.Register(Sink{}) }
