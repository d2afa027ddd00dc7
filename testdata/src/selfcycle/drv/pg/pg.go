// Package pg is a driver that imports the aggregator: the aggregator
// cannot import it back.
package pg

import (
	"selfcycle/drv"
	"selfcycle/drv/drivers"
)

// PG is a driver.
type PG struct{}

func (PG) Name() string { return "pg" + drivers.Default }

func init() { drv.Register(PG{}) }
