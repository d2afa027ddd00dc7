package model

import "go/types"

// InitRef is an init function of a registry, declared in this package or
// in one it imports (known through its InitFact).
type InitRef struct {
	Obj        types.Object // a function, or a package-level variable
	Registered []string     // adapter types its registrations resolve to
}

// ImportedInits returns, for each registry, the init functions that
// imported packages declare, in import-path then source order: they come
// before any init function of this package. importRegistries collects
// them, in its pass over the facts about objects.
func (m *Model) ImportedInits() map[string][]InitRef {
	return m.imported
}
