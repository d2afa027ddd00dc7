// Package wire registers codecs through local variables, which the
// resolution follows to what was assigned.
package wire

import "localvars/codec"

// Init registers every codec but F.
//
//registrylint:init
func Init(fast bool, src codec.Source) { // want `adapter codec.F \(localvars/codec/codec.go:43\) implements codec.Codec but is not registered in Init`
	r := &codec.Registry{}

	var a codec.Codec = codec.A{}
	r.Register(a)

	// A generic register function, instantiated implicitly.
	codec.Add(codec.G{})

	b := codec.Codec(codec.B{})
	r.Register(b)

	c, err := codec.NewC()
	if err != nil {
		return
	}
	r.Register(c)

	// Both branches count as registered.
	var de codec.Codec
	if fast {
		de = codec.D{}
	} else {
		de = codec.E{}
	}
	r.Register(de)

	// A range over a variable holding a literal registers each element,
	// and the literal is not a second registration.
	list := []codec.Codec{codec.A{}}
	for _, x := range list {
		r.Register(x) // want `adapter codec.A is already registered in Init \(line 14\); delete this registration`
	}

	// A value from an interface method stays unknown.
	n := src.Next()
	r.Register(n) // want `cannot tell which adapter n registers`
}
