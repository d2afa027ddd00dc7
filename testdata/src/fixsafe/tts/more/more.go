// Package more has another engine.
package more

import "fixsafe/tts"

// Y is an engine.
type Y struct{}

func (Y) Name() string { return "y" }

var _ tts.Adapter = Y{}
