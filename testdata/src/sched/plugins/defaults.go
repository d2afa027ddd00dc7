package plugins

import (
	"sched/plugins/defaultbinder"
	"sched/plugins/nodename"
	"sched/plugins/tainttoleration"
)

// DefaultFilterPlugins are enabled in the default profile.
var DefaultFilterPlugins = []string{nodename.Name, tainttoleration.Name}

// DefaultBindPlugin binds pods in the default profile.
const DefaultBindPlugin = defaultbinder.Name
