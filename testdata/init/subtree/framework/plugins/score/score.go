// Package score is the score plugin.
package score

import "example.com/sched/framework"

// Plugin is the score plugin.
type Plugin struct{}

// New returns the plugin.
func New(args string) (framework.Plugin, error) { return &Plugin{}, nil }

func (*Plugin) Name() string { return "score" }
