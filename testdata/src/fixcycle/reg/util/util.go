// Package util names versions, from the init function's package.
package util

import "fixcycle/reg/all"

// Version is the plugin set's version.
func Version() string { return all.Version }
