package pg

import "self/sqlish"

type PG struct{}

func (PG) Name() string      { return "pg" }
func (PG) Open(string) error { return nil }

func init() { sqlish.Register("pg", PG{}) }

// Forgotten is never registered by any init() of this package.
type Forgotten struct{} // want `adapter Forgotten implements sqlish.Driver but no init\(\) of its package registers it \(policy self\); add func init\(\) \{ sqlish.Register\("forgotten", Forgotten\{\}\) \}`

func (Forgotten) Name() string      { return "forgotten" }
func (Forgotten) Open(string) error { return nil }
