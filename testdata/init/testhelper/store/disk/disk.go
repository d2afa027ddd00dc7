// Package disk keeps values on disk.
package disk

// Disk is the disk backend.
type Disk struct{ dir string }

func (b *Disk) Get(key string) string { return "" }
