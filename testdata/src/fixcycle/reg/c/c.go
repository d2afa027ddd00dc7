// Package c is a plugin that imports the init function's package through
// util.
package c

import (
	"fixcycle/reg"
	"fixcycle/reg/util"
)

// C is a plugin.
type C struct{}

func (C) Name() string { return "c" + util.Version() }

var _ reg.Plugin = C{}
