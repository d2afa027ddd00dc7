// Package x is a module.
package x

import "twolevel/mods"

// M is the x module.
type M struct{}

// ID names it.
func (M) ID() string { return "x" }

func init() { mods.Register(M{}) }
