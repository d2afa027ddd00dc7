// Package y is a module.
package y

import "twolevel/mods"

// M is the y module.
type M struct{}

// ID names it.
func (M) ID() string { return "y" }

func init() { mods.Register(M{}) }
