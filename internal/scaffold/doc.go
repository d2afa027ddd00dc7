// Package scaffold writes a new adapter for `registrylint new`: a file
// modelled on the registry's existing adapters (their start-up methods,
// name style and package layout) and the registration that the
// registry's init function, or the new package's own func init() under
// policy self, needs, with the edits as package edit writes them.
package scaffold
