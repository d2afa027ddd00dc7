// Package stdout is the stdout sink.
package stdout

import "pkgvar/sink"

var _ sink.SinkConfig = (*Config)(nil)

// Config configures the stdout sink.
type Config struct{ Path string }

func (*Config) Name() string { return "stdout" }

func (*Config) Open() error { return nil }
