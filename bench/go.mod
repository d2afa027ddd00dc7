// The benchmark commands (nop, gencorpus) live in a module of their own, so
// that installing the main module (`go install ./...`, as pre-commit's
// language: golang does) installs registrylint alone.
module github.com/registrylint/registrylint/bench

go 1.26.0

require (
	github.com/registrylint/registrylint v0.0.0
	golang.org/x/tools v0.52.0
)

require (
	golang.org/x/mod v0.42.0 // indirect
	golang.org/x/sync v0.24.0 // indirect
)

replace github.com/registrylint/registrylint => ../
