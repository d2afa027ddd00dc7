// Package modtest registers a fake module for other packages' tests: only
// tests import it, so it is no forgotten module.
package modtest

import "twolevel/mods"

// Fake is a module for tests.
type Fake struct{}

// ID names it.
func (Fake) ID() string { return "fake" }

func init() { mods.Register(Fake{}) }
