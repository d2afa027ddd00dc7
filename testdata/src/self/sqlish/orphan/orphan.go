package orphan

import "self/sqlish"

// Orphan registers itself, but the aggregator forgot its blank import.
type Orphan struct{}

func (Orphan) Name() string      { return "orphan" }
func (Orphan) Open(string) error { return nil }

func init() { sqlish.Register("orphan", Orphan{}) }
