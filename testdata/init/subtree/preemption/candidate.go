// Package preemption picks victims.
package preemption

import "example.com/sched/framework"

// Candidate is no plugin, but has the plugin's method set.
type Candidate struct{ node string }

func (c Candidate) Name() string { return c.node }

var _ framework.Plugin = Candidate{}
