package all

import (
	"sync"

	"basic/tts"
	_ "basic/tts/espeak"
	"basic/tts/kokoro"
	"basic/tts/piper"
	_ "basic/tts/selfreg"
)

var (
	once sync.Once
	reg  *tts.Registry
)

// InitRegistry registers every adapter.
//
//registrylint:init
func InitRegistry() *tts.Registry { // want `adapter \*espeak.ESpeak \(basic/tts/espeak/espeak.go:6\) implements tts.Adapter but is not registered in InitRegistry; add r.Register\(espeak.New\(\)\)` `adapter \*selfreg.Self \(basic/tts/selfreg/selfreg.go:5\) implements tts.Adapter but is not registered in InitRegistry; add r.Register\(&selfreg.Self\{\}\) and remove its registration at basic/tts/selfreg/selfreg.go:10 \(no automatic fix`
	once.Do(func() {
		r := tts.NewRegistry()
		r.Register(tts.NewPiper())
		r.Register(piper.New())
		r.Register(kokoro.New())
		r.Register(kokoro.Value{})
		addMore(r)
		reg = r
	})
	return reg
}

// addMore is a helper called from the init function: not inside it.
func addMore(r *tts.Registry) {
	r.Register(&kokoro.Kokoro{}) // want `r.Register registers a tts.Adapter outside its init function \(a register call\); move the registration into InitRegistry`
}
