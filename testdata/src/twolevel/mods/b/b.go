// Package b is a module.
package b

import "twolevel/mods"

// M is the b module.
type M struct{}

// ID names it.
func (M) ID() string { return "b" }

func init() { mods.Register(M{}) }
