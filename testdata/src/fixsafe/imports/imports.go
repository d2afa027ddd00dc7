// Package imports blank-imports extra and does not import more: the fix
// for X turns the blank import into a plain one, the fix for Y adds an
// import beside the closest path, not in the commented group.
package imports

import (
	"fmt"

	// The registry.
	"fixsafe/tts"
	_ "fixsafe/tts/extra" // linked in for its engine
)

// Init registers the engines.
//
//registrylint:init
func Init(r *tts.Registry) { // want `adapter extra.X .* add r.Register\(extra.X\{\}\)` `adapter more.Y .* add r.Register\(more.Y\{\}\)`
	r.Register(tts.A{})
	r.Register(tts.B{})
	r.Register(tts.C{})
	fmt.Println("registered")
}
