// Package bare declares a sink but no func init(): blank-importing it
// would register nothing, so the finding is at the type, asking for the
// func init(), and not at the package asking for an import.
package bare

import "selfprecise/sinks"

// Sink is the bare sink.
type Sink struct{} // want `adapter Sink implements sinks.Sink but no init\(\) of its package registers it \(policy self\); add func init\(\) \{ sinks.Register\(Sink\{\}\) \} \(no automatic fix: no self-registration in the package to imitate\)`

func (Sink) Name() string       { return "bare" }
func (Sink) Write(string) error { return nil }

var _ sinks.Sink = Sink{}
