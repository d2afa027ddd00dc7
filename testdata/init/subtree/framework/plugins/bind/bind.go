// Package bind is the bind plugin.
package bind

import "example.com/sched/framework"

// Plugin is the bind plugin.
type Plugin struct{}

// New returns the plugin.
func New(args string) (framework.Plugin, error) { return &Plugin{}, nil }

func (*Plugin) Name() string { return "bind" }
