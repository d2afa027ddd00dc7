package load

import (
	"go/build"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/packages"
)

// InStandardLibrary reports whether package p, as loaded by go/packages
// with module information, is part of the standard library.
func InStandardLibrary(p *packages.Package) bool {
	if p.Module != nil {
		return false
	}
	if len(p.GoFiles) == 0 {
		return !strings.Contains(strings.Split(p.PkgPath, "/")[0], ".")
	}
	root := filepath.Join(build.Default.GOROOT, "src") + string(filepath.Separator)
	return strings.HasPrefix(p.GoFiles[0], root)
}
