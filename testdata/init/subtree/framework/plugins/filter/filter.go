// Package filter is the filter plugin.
package filter

import "example.com/sched/framework"

// Plugin is the filter plugin.
type Plugin struct{}

// New returns the plugin.
func New(args string) (framework.Plugin, error) { return &Plugin{}, nil }

func (*Plugin) Name() string { return "filter" }
