// Package gomod answers where a Go module lies on disk, from the file
// system alone: the directory of the nearest go.mod file, and whether a
// path lies in a directory.
//
// Walking up to a go.mod file is the go command's answer for a directory
// (the working directory of a run, say) when neither GOWORK nor -modfile
// says otherwise. For packages loaded by go list, the go command has
// already answered: the Dir of a package's Module is authoritative (it
// follows replace directives, go.work workspaces, vendoring and module
// versions without a go.mod file), and [Root] must not be asked instead.
package gomod

import (
	"os"
	"path/filepath"
	"strings"
)

// IsRoot reports whether directory dir is the root of a module: whether
// it holds a go.mod file.
func IsRoot(dir string) bool {
	fi, err := os.Stat(filepath.Join(dir, "go.mod"))
	return err == nil && fi.Mode().IsRegular()
}

// Root returns the root of the module that holds directory dir: the
// nearest directory at or above dir that holds a go.mod file, or "" when
// there is none.
func Root(dir string) string {
	for d := dir; ; {
		if IsRoot(d) {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return ""
		}
		d = parent
	}
}

// Within reports whether path is dir or lies below it, comparing the
// cleaned paths (symbolic links are not followed). A relative path is
// never within an absolute directory, nor the reverse.
func Within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}
