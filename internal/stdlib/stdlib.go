// Package stdlib tells the standard library apart from other code, by
// import path or by file.
//
// The two answer different questions. [IsPath] looks at an import path
// only, as goimports does when it groups imports: it needs no loaded
// package, but a main module whose path has no dot ("myapp") passes for
// the standard library. [HasFile] asks where a file lies, for a loaded
// package.
package stdlib

import (
	"go/build"
	"path/filepath"
	"strings"

	"github.com/registrylint/registrylint/internal/gomod"
)

// IsPath reports whether import path path is that of a standard-library
// package by its form: no dot in its first element, as the go command
// decides (cmd/go/internal/search.IsStandardImportPath).
func IsPath(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// HasFile reports whether file filename lies in the source tree of the
// standard library, $GOROOT/src (the GOROOT of go/build's default
// context).
func HasFile(filename string) bool {
	root := build.Default.GOROOT
	return root != "" && gomod.Within(filename, filepath.Join(root, "src"))
}
