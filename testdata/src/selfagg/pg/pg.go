// Package pg registers itself.
package pg

import "selfagg/sql"

// PG is a driver.
type PG struct{}

func (PG) Name() string { return "pg" }

func init() { sql.Register(PG{}) }
