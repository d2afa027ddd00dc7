// Package runtime runs the framework.
package runtime

import (
	"context"

	"example.com/kubelike/framework"
	"example.com/kubelike/plugins/feature"
)

// PluginFactoryWithFts builds a plugin, given the feature gates.
type PluginFactoryWithFts func(context.Context, framework.Object, framework.Handle, feature.Features) (framework.Plugin, error)

// FactoryAdapter turns a factory that needs the feature gates into a
// framework.PluginFactory.
func FactoryAdapter(fts feature.Features, withFts PluginFactoryWithFts) framework.PluginFactory {
	return func(ctx context.Context, args framework.Object, h framework.Handle) (framework.Plugin, error) {
		return withFts(ctx, args, h, fts)
	}
}
