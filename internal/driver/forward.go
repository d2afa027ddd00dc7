package driver

import (
	"golang.org/x/tools/go/packages"

	"github.com/registrylint/registrylint/internal/load"
)

// The names below are those of package load under the names that
// commands built on the driver have called them by, for a FactSources
// hook: new code may call package load directly.

// A FileScanner is a [load.FileScanner].
type FileScanner = load.FileScanner

// NewFileScanner calls [load.NewFileScanner].
func NewFileScanner(marker, cacheDir, name string) *FileScanner {
	return load.NewFileScanner(marker, cacheDir, name)
}

// InStandardLibrary calls [load.InStandardLibrary].
func InStandardLibrary(p *packages.Package) bool {
	return load.InStandardLibrary(p)
}
