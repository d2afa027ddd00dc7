// Package config is registrylint's configuration: the schema ([Config]),
// its strict decoder with errors that name file, line and key, the
// discovery of .registrylint.yml from a package's directory up to its
// module root, and the [Resolver] that says which configuration applies
// to each analyzed package.
package config
