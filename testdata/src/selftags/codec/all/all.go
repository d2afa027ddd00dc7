//go:build allcodecs

// Package all links every codec in, in builds with -tags allcodecs.
package all

import (
	_ "selftags/codec/gzip"
	_ "selftags/codec/lz4"
	_ "selftags/codec/zstd"
)
