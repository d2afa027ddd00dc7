// Package plugins wires the in-tree plugins.
package plugins

import (
	"fixfactory/framework"
	"fixfactory/plugins/nodename"
)

// NewInTreeRegistry builds the registry of in-tree plugins.
//
//registrylint:init
func NewInTreeRegistry() framework.Registry { // want `adapter \*defaultbinder\.DefaultBinder \(fixfactory/plugins/defaultbinder/default_binder\.go:11\) implements framework\.Plugin but is not registered in NewInTreeRegistry; add the entry defaultbinder\.Name: defaultbinder\.New$`
	return framework.Registry{
		nodename.Name: nodename.New,
	}
}
