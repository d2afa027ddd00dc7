// Package stdout writes records to stdout.
package stdout

// Writer is the stdout sink.
type Writer struct{}

func (*Writer) Name() string { return "stdout" }

func (*Writer) Write(p []byte) (int, error) { return len(p), nil }

// New returns the stdout sink.
func New() *Writer { return &Writer{} }
