package reg

// Thing is a thing.
//
//registrylint:adapter
type Thing interface{ Name() string }

// Register adds a thing.
func Register(t Thing) {}

// Init registers things.
//
//registrylint:init
func Init() {
	Register(One{})
}

type One struct{}

func (One) Name() string { return "one" }
