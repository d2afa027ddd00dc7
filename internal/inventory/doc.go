// Package inventory lists what a program registers, for `registrylint
// list`: every registry with its init and register functions, its
// adapters with their names, where each is registered, and the adapters
// that are not registered, with the reason; the startup log of the
// registry pattern, computed from the registry models of the analyzed
// packages.
package inventory
