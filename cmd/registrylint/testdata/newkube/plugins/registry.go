// Package plugins holds the in-tree plugins' registry.
package plugins

import (
	"example.com/kubelike/framework"
	frameworkruntime "example.com/kubelike/framework/runtime"
	"example.com/kubelike/plugins/defaultbinder"
	"example.com/kubelike/plugins/feature"
	"example.com/kubelike/plugins/imagelocality"
	"example.com/kubelike/plugins/tainttoleration"
	"example.com/kubelike/plugins/volumebinding"
)

// NewInTreeRegistry builds the registry of the in-tree plugins: the
// plugins that read feature gates are wrapped by FactoryAdapter.
//
//registrylint:init
func NewInTreeRegistry() framework.Registry {
	fts := feature.Features{EnableSchedulingQueueHint: true}

	registry := framework.Registry{
		tainttoleration.Name: frameworkruntime.FactoryAdapter(fts, tainttoleration.New),
		imagelocality.Name:   frameworkruntime.FactoryAdapter(fts, imagelocality.New),
		volumebinding.Name:   frameworkruntime.FactoryAdapter(fts, volumebinding.New),
		defaultbinder.Name:   defaultbinder.New,
	}

	return registry
}
