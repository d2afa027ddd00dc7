// Package extra has an engine that registers nowhere.
package extra

import "fixsafe/tts"

// X is an engine.
type X struct{}

func (X) Name() string { return "x" }

var _ tts.Adapter = X{}
