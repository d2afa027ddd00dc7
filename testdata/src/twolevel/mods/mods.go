// Package mods keeps modules that register themselves, gathered in two
// levels as Caddy's are: cmd/app imports mods/standard, which
// blank-imports mods/http/standard and the other modules.
package mods

// Module is a module.
//
//registrylint:adapter policy=self
type Module interface{ ID() string }

var all = map[string]Module{}

// Register adds a module.
func Register(m Module) { all[m.ID()] = m }

// IDs returns the registered modules' IDs.
func IDs() []string {
	var ids []string
	for id := range all {
		ids = append(ids, id)
	}
	return ids
}
