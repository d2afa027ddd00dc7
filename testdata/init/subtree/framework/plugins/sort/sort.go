// Package sort is the sort plugin.
package sort

import "example.com/sched/framework"

// Plugin is the sort plugin.
type Plugin struct{}

// New returns the plugin.
func New(args string) (framework.Plugin, error) { return &Plugin{}, nil }

func (*Plugin) Name() string { return "sort" }
