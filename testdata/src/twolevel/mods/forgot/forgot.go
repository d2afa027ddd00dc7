// Package forgot is a module.
package forgot

import "twolevel/mods"

// M is the forgot module.
type M struct{}

// ID names it.
func (M) ID() string { return "forgot" }

func init() { mods.Register(M{}) }
