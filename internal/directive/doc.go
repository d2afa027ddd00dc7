// Package directive reads registrylint's comments: the //registrylint:
// directives that give declarations their registry roles (adapter,
// register, init), and the suppressions (//registrylint:ignore RULE
// reason, //nolint:registrylint) that silence a finding, reporting each
// malformed or misplaced one for the bad-directive rule.
package directive
