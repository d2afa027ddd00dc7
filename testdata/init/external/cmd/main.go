// Command sched schedules.
package main

import (
	"example.com/sched/plugins"
	_ "example.com/sched/plugins/spread"
)

func main() { _ = len(plugins.NewInTreeRegistry()) }
