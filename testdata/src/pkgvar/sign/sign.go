// Package sign keeps signing methods by algorithm name, as jwt does.
package sign

// Method signs tokens.
//
//registrylint:adapter name-method=Alg
type Method interface {
	Alg() string
}

// Methods is the registry.
type Methods struct{ byAlg map[string]Method }

// Register adds a method.
func (m *Methods) Register(method Method) {
	if m.byAlg == nil {
		m.byAlg = make(map[string]Method)
	}
	m.byAlg[method.Alg()] = method
}

// RSA signs with RSA; one type, one value per hash size.
type RSA struct{ Name string }

func (r *RSA) Alg() string { return r.Name } //registrylint:ignore dynamic-name one type serves RS256, RS384 and RS512

// The RSA methods: package-level variables of one type.
var (
	RS256 = &RSA{"RS256"}
	RS384 = &RSA{"RS384"}
)

// Defaults registers the methods: two variables of one type whose name
// is not a constant are two adapters, not a duplicate.
//
//registrylint:init
func Defaults(m *Methods) {
	m.Register(RS256)
	m.Register(RS384)
	m.Register(RS256) // want `adapter \*RSA is already registered in Defaults \(line 38\); delete this registration`
}
