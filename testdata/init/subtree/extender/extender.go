// Package extender calls out to HTTP extenders.
package extender

import "example.com/sched/framework"

// HTTPExtender is no plugin, but has the plugin's method set.
type HTTPExtender struct{ url string }

func (e *HTTPExtender) Name() string { return e.url }

var _ framework.Plugin = (*HTTPExtender)(nil)
