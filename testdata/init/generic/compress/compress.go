// Package compress declares what a compressor does.
package compress

// Compressor compresses bytes.
type Compressor interface {
	Name() string
	Compress(b []byte) []byte
}

// Level is how hard a compressor tries.
type Level int

// Default is the default level.
const Default Level = 5
