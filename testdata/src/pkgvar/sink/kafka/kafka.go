// Package kafka is the kafka sink.
package kafka

import "pkgvar/sink"

var _ sink.SinkConfig = (*Config)(nil)

// Config configures the kafka sink.
type Config struct{ Path string }

func (*Config) Name() string { return "kafka" }

func (*Config) Open() error { return nil }
