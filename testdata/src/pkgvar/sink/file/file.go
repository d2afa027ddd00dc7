// Package file is the file sink.
package file

import "pkgvar/sink"

var _ sink.SinkConfig = (*Config)(nil)

// Config configures the file sink.
type Config struct{ Path string }

func (*Config) Name() string { return "file" }

func (*Config) Open() error { return nil }
