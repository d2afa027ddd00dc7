package store

// Other is a second registry that reuses adapter names: allowed.
//
//registrylint:adapter
type Other interface {
	Name() string
	Other()
}

// OtherLit has the same name as Lit, in another registry.
type OtherLit struct{}

func (OtherLit) Name() string { return "lit" }
func (OtherLit) Other()       {}
