//go:build plugins && !noplugins

// Package plugins links every store in, in builds with -tags plugins.
package plugins

import (
	_ "selftags/store/disk"
	_ "selftags/store/mem"
)
