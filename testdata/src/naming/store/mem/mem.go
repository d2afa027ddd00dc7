package mem

import "naming/store"

// Mem claims "disk" too; its package cannot see disk's, so the clash is
// reported at the later registration.
type Mem struct{ store.Base }

func (Mem) Name() string { return "disk" }
