// Package a is a module.
package a

import "twolevel/mods"

// M is the a module.
type M struct{}

// ID names it.
func (M) ID() string { return "a" }

func init() { mods.Register(M{}) }
