// Package b is an adapter package that the wiring package forgot to
// import: no init function can see it.
package b

import "program/reg"

type B struct{}

func (B) Name() string { return "b" }

var _ reg.Plugin = B{}
