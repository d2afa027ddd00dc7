// Package d is a plugin that no init function imports, and that imports
// none: the fix imports it into all.
package d

import "fixcycle/reg"

// D is a plugin.
type D struct{}

func (D) Name() string { return "d" }

var _ reg.Plugin = D{}
