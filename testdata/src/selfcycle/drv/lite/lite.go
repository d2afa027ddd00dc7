// Package lite is a driver.
package lite

import "selfcycle/drv"

// Lite is a driver.
type Lite struct{}

func (Lite) Name() string { return "lite" }

func init() { drv.Register(Lite{}) }
