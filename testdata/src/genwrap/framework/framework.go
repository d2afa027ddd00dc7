// Package framework is a scheduler framework whose plugin factories are
// wrapped by a generic adapter (the kube-scheduler shape).
package framework

import "context"

// Plugin is a scheduler plugin.
//
//registrylint:adapter
type Plugin interface{ Name() string }

// Object is a plugin's arguments.
type Object interface{}

// Handle gives plugins access to the scheduler.
type Handle interface{}

// Features are the feature gates in effect.
type Features struct{ QueueHint bool }

// PluginFactory builds a plugin.
type PluginFactory = func(ctx context.Context, args Object, h Handle) (Plugin, error)

// PluginFactoryWithFts builds a plugin of type T, given the features.
type PluginFactoryWithFts[T Plugin] func(context.Context, Object, Handle, Features) (T, error)

// FactoryAdapter turns a factory that needs the features into a
// PluginFactory.
func FactoryAdapter[T Plugin](fts Features, withFts PluginFactoryWithFts[T]) PluginFactory {
	return func(ctx context.Context, a Object, h Handle) (Plugin, error) {
		return withFts(ctx, a, h, fts)
	}
}

// Registry maps plugin names to factories.
type Registry map[string]PluginFactory
