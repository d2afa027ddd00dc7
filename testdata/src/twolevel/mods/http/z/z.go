// Package z is a module.
package z

import "twolevel/mods"

// M is the z module.
type M struct{}

// ID names it.
func (M) ID() string { return "z" }

func init() { mods.Register(M{}) }
