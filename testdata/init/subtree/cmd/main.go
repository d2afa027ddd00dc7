// Command sched runs the scheduler.
package main

import (
	_ "example.com/sched/extender"
	"example.com/sched/framework/plugins/registry"
	_ "example.com/sched/framework/plugins/score"
	_ "example.com/sched/preemption"
)

func main() { _ = registry.NewInTreeRegistry() }
