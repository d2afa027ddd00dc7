// Package a is a registered plugin.
package a

import "fixcycle/reg"

// A is a plugin.
type A struct{}

func (A) Name() string { return "a" }

var _ reg.Plugin = A{}
