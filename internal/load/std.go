package load

import (
	"golang.org/x/tools/go/packages"

	"github.com/registrylint/registrylint/internal/stdlib"
)

// InStandardLibrary reports whether package p, as loaded by go/packages
// with module information, is part of the standard library.
func InStandardLibrary(p *packages.Package) bool {
	if p.Module != nil {
		return false
	}
	if len(p.GoFiles) == 0 {
		return stdlib.IsPath(p.PkgPath)
	}
	return stdlib.HasFile(p.GoFiles[0])
}
