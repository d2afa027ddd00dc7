package selfreg

import "basic/tts"

type Self struct{ tts.Base }

func (*Self) Name() string { return "self" }

func init() {
	tts.Register(&Self{}) // want `tts.Register registers a tts.Adapter outside its init function \(self-registration in func init\(\)\); move the registration into the registry's init function`
}

func helper(r *tts.Registry) {
	r.Register(&Self{}) // want `r.Register registers a tts.Adapter outside its init function \(a register call\)`
}

var _ = helper
