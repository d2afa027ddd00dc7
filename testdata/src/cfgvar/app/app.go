// Package app keeps its codecs in a package-level list, which the
// configuration names as the init function (init: cfgvar/app.codecs).
package app

import "cfgvar/lib"

var codecs = []lib.Codec{ // want `adapter lib.XML \(cfgvar/lib/lib.go:14\) implements lib.Codec but is not registered in codecs; add the element lib.XML\{\}`
	lib.JSON{},
}

// Codecs returns the codecs.
func Codecs() []lib.Codec { return codecs }
