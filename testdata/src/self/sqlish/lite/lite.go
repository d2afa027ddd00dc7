package lite

import "self/sqlish"

type Lite struct{}

func (Lite) Name() string      { return "lite" }
func (Lite) Open(string) error { return nil }

func init() {
	for _, d := range []sqlish.Driver{Lite{}} {
		sqlish.Register(d.Name(), d)
	}
}
