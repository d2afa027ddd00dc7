package p

// Plugin declares a registry, so that the package is loaded and
// type-checked (a module that declares none is not compiled at all).
//
//registrylint:adapter
type Plugin interface{ Name() string }
