// Package b is a plugin that imports the init function's package: all
// cannot import it back.
package b

import (
	"fixcycle/reg"
	"fixcycle/reg/all"
)

// B is a plugin.
type B struct{}

func (B) Name() string { return "b" + all.Version }

var _ reg.Plugin = B{}
