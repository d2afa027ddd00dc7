package my

import (
	"self/sqlish"
	"self/sqlish/pg"
)

// My claims pg's name: pg is imported, so reported at this type.
type My struct{} // want `adapter My has name "pg", already used by pg.PG`

func (My) Name() string      { return "pg" }
func (My) Open(string) error { return nil }

func init() {
	sqlish.Register("my", My{})
	sqlish.Register("pg2", pg.PG{}) // want `sqlish.Register registers pg.PG of another package \(policy self\); register it in an init\(\) of its own package`
}
