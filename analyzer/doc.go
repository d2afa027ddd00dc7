// Package analyzer defines registrylint, an analysis that enforces the
// registry pattern: one designated init function is the only place that
// knows every adapter of a registry.
//
// # Analyzer registrylint
//
// registrylint: enforce that one init function registers every adapter
//
// A registry keeps pluggable implementations ("adapters") of one interface.
// Roles are declared by directives in doc comments, or by a YAML config:
//
//	//registrylint:adapter [policy=self]    on the adapter interface
//	//registrylint:register                 on a register function or method
//	//registrylint:init [pkg.Iface ...]     on the init function
//	//registrylint:ignore RULE[,RULE] why   suppresses a finding
//
// An adapter is a named, non-generic, concrete type declared outside
// _test.go files whose value or pointer implements the adapter interface,
// declared in the interface's package or in a package that imports it.
// Types embedded in adapters (bases), types holding a field of the
// interface type (decorators) and types marked
// //registrylint:ignore unregistered are not adapters.
//
// The rules, each reported with its ID as the diagnostic category (under
// go vet and golangci-lint, which print no category, the message starts
// with it):
//
//   - unregistered: an adapter that no registration in its registry's init
//     function resolves to
//   - outside-init: a call of a register function outside the registry's
//     init function
//   - name-switch: a switch, if/else-if chain or type switch dispatching on
//     adapter names or types outside the init function
//   - hardcoded-list: a literal map, slice or array of adapters or adapter
//     factories outside the init function
//   - duplicate-name: two adapters of one registry with the same constant
//     name
//   - dynamic-name: an adapter whose name method does not return one
//     constant
//   - duplicate-registration: the same adapter registered twice in an init
//     function
//   - unresolved-registration: a registration whose adapter type cannot be
//     determined statically
//   - missing-init: an adapter interface with adapters but no init function
//     anywhere in the analyzed program
//   - multiple-init: a registry with more than one init function
//   - bad-directive: a malformed or misplaced //registrylint: directive or
//     config entry
//
// Each rule is documented, with a bad and a good example, in docs/rules.md:
// https://github.com/registrylint/registrylint/blob/main/docs/rules.md
//
// The registrylint command also has three subcommands: "registrylint
// init [PACKAGES]" finds the registries of code that declares none, from
// their shape, and proposes a configuration; "registrylint list PACKAGES"
// prints every registry with its init functions and adapters, registered
// or not; "registrylint new -registry IFACE -name NAME" writes a new
// adapter and registers it.
package analyzer

// The rule list above is generated from the table of internal/rules: edit the
// table and run go test ./analyzer -run TestRuleDocs -update; TestRuleDocs
// fails while the two differ.
