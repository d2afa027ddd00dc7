package wire

import (
	"versioned/engine/v2"
	"versioned/reg"
)

// Init registers the engines.
//
//registrylint:init
func Init(r *reg.Registry) { // want `adapter engine.Slow \(versioned/engine/v2/engine.go:11\) implements reg.Engine but is not registered in Init; add r.Register\(engine.Slow\{\}\)`
	r.Register(engine.New())
}

// Pick builds different engines by hand.
func Pick(fast bool) reg.Engine {
	if fast { // want `if/else-if chain that constructs different adapters \(engine.Fast, engine.Slow\)`
		return engine.New()
	} else if !fast {
		return engine.Slow{}
	}
	return nil
}
