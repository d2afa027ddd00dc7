// Package engine lives at .../engine/v2: its name is engine, not v2.
package engine

import "versioned/reg"

type Fast struct{}

func New() *Fast           { return &Fast{} }
func (*Fast) Name() string { return "fast" }

type Slow struct{}

func (Slow) Name() string { return "slow" }

var _ reg.Engine = Slow{}
