package load

import (
	"strings"

	"golang.org/x/tools/go/packages"
)

// A PackageErrors is the error of a [Load] whose packages, dependencies
// included, do not load or type-check.
type PackageErrors struct {
	// Errors are the errors of every package in the import graph of the
	// roots, dependencies first (in the order of [packages.Postorder]),
	// each package's own errors followed by the error of its module (a
	// bad go.mod, say), which has no position (Pos is ""). An error may
	// repeat: a test variant repeats the errors of its package.
	Errors []packages.Error
}

// Error returns the errors, each once, one per line ("file:line:col:
// message", or the message alone when it has no position).
func (e *PackageErrors) Error() string {
	seen := make(map[string]bool)
	var lines []string
	for _, err := range e.Errors {
		msg := err.Msg
		if err.Pos != "" && err.Pos != "-" {
			msg = err.Error()
		}
		if !seen[msg] {
			seen[msg] = true
			lines = append(lines, msg)
		}
	}
	return strings.Join(lines, "\n")
}

// packageErrors returns the errors of the import graph of roots as a
// *PackageErrors, or nil when there are none.
func packageErrors(roots []*packages.Package) error {
	var errs []packages.Error
	for p := range packages.Postorder(roots) {
		errs = append(errs, p.Errors...)
		if mod := p.Module; mod != nil && mod.Error != nil {
			errs = append(errs, packages.Error{Msg: mod.Error.Err, Kind: packages.ListError})
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return &PackageErrors{Errors: errs}
}
