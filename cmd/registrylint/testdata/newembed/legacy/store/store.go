// Package store is an older registry with the same short name, store.Backend.
package store

// Backend is an old backend.
//
//registrylint:adapter
type Backend interface{ Name() string }
