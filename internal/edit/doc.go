// Package edit writes registrations the way a registry's init function
// already writes them: the text of a new registration modelled on the
// last one (call or literal entry, keyed or not, instance or factory), the
// place it goes, and the import it needs, in the file's own line endings
// and import style. The rules' suggested fixes and the new scaffolder
// share it, so that a fix and a scaffold register an adapter alike.
//
// A [Model] wraps a package's registry model with what these edits
// compute of it on demand, each once per package.
package edit
