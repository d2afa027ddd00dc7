// want package:`registry facts/tts.Adapter\(central\)`

// Package tts declares a registry: the adapter interface and its register
// function. Its facts say what importers learn of it.
package tts

// Adapter is a text-to-speech engine.
//
//registrylint:adapter
type Adapter interface { // want Adapter:`registry facts/tts.Adapter\(central\)`
	Name() string
	Speak(text string) []byte
}

var engines = map[string]Adapter{}

// Register adds an engine to the registry.
//
//registrylint:register
func Register(a Adapter) { // want Register:`register facts/tts.Adapter`
	engines[a.Name()] = a
}

// Lookup returns the engine named name.
func Lookup(name string) Adapter { return engines[name] } // want Lookup:`returns \+unresolved`
