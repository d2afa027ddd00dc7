package framework

import "fmt"

// FactoryAdapter wraps a factory so that it is built with the scheduler's
// options in effect; failures name the options.
func FactoryAdapter[T any](opts T, f PluginFactory) PluginFactory {
	return func(args string) (Plugin, error) {
		p, err := f(args)
		if err != nil {
			return nil, fmt.Errorf("with options %+v: %w", opts, err)
		}
		return p, nil
	}
}
