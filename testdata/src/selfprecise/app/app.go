// Package app uses the file and kafka sinks (not a blank import: no
// package is the aggregator).
package app

import (
	"selfprecise/sinks/file"
	"selfprecise/sinks/kafka"
)

// Defaults are the sinks app writes to by default.
var Defaults = []string{file.Sink{}.Name(), kafka.Sink{}.Name()}
