// Package disk offers its stores as package-level variables.
package disk

import "pkgvar/store"

type diskStore struct{}

func (*diskStore) Name() string { return "disk" }

type cache struct{}

func (*cache) Name() string { return "cache" }

func newCache() store.Store { return &cache{} }

// Default is the disk store, initialized with a composite literal.
var Default store.Store = &diskStore{}

// Cache is the cache store, initialized by a constructor.
var Cache = newCache()

// Plugin is whatever a plugin loader sets at run time: what it holds
// cannot be known statically.
var Plugin store.Store

// SetPlugin is called by the plugin loader.
func SetPlugin(s store.Store) { Plugin = s }

type blobStore struct{}

func (*blobStore) Name() string { return "blob" }

// opener opens blob stores through a function-valued field.
type opener struct{ open func() (*blobStore, error) }

var blobs = opener{open: func() (*blobStore, error) { return &blobStore{}, nil }}

// OpenBlob returns the blob store: what it returns is the static result
// of the field's function, *blobStore.
func OpenBlob() (store.Store, error) { return blobs.open() }
