// Package legacy keeps the engine selection of the first release for old
// callers.
package legacy

import (
	"example.com/ttsapp/tts"
	"example.com/ttsapp/tts/kokoro"
)

// Pick returns a new engine by name, or nil.
//
// Deprecated: look adapters up with (*tts.Registry).Get.
func Pick(name string) tts.Adapter {
	// PLANTED (name-switch): a second list of engines, already drifted from InitRegistry.
	switch name {
	case tts.PiperName:
		return tts.NewPiper()
	case "kokoro":
		return kokoro.New()
	}
	return nil
}
