package noinit

// Thing has adapters but no init function anywhere.
//
//registrylint:adapter
type Thing interface{ Name() string }
