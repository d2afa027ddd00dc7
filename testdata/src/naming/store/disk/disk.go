package disk

import "naming/store"

// Disk is registered.
type Disk struct{ store.Base }

func New() *Disk           { return &Disk{} }
func (*Disk) Name() string { return "disk" }
