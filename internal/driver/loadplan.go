package driver

import (
	"bytes"
	"go/build"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/packages"
)

// sourcePackages returns the packages of the import graph of roots that
// -load=auto type-checks from source: the roots, every package that can
// carry facts of the analyzers (it declares a role: a //registrylint:
// directive in a file, or its path named in a configuration file; or it
// imports, directly or not, a package that does), and every package
// without export data (it did not compile; go/packages falls back to
// source too) or importing one. Every other package has no facts to give
// and comes from export data.
func sourcePackages(roots []*packages.Package, configText []byte) map[*packages.Package]bool {
	carries := make(map[*packages.Package]bool)
	broken := make(map[*packages.Package]bool)
	src := make(map[*packages.Package]bool)
	for p := range packages.Postorder(roots) { // imports first
		if p.PkgPath == "unsafe" {
			continue
		}
		carries[p] = declaresRole(p, configText)
		broken[p] = p.ExportFile == ""
		for _, imp := range p.Imports {
			carries[p] = carries[p] || carries[imp]
			broken[p] = broken[p] || broken[imp]
		}
		src[p] = carries[p] || broken[p]
	}
	for _, p := range roots {
		src[p] = true
	}
	return src
}

// declaresRole reports whether package p may declare a registry role: one
// of its files holds a //registrylint: directive, or a configuration file
// names its path. Standard-library packages declare none.
func declaresRole(p *packages.Package, configText []byte) bool {
	if isStdPackage(p) {
		return false
	}
	if len(configText) > 0 && bytes.Contains(configText, []byte(p.PkgPath)) {
		return true
	}
	for _, name := range p.GoFiles {
		data, err := os.ReadFile(name)
		if err != nil || bytes.Contains(data, []byte("registrylint:")) {
			return true // unreadable: assume it may
		}
	}
	return false
}

// isStdPackage reports whether p is part of the standard library.
func isStdPackage(p *packages.Package) bool {
	if p.Module != nil {
		return false
	}
	if len(p.GoFiles) == 0 {
		return !strings.Contains(strings.Split(p.PkgPath, "/")[0], ".")
	}
	root := filepath.Join(build.Default.GOROOT, "src") + string(filepath.Separator)
	return strings.HasPrefix(p.GoFiles[0], root)
}

// configTexts returns the content of the configuration files that the
// analyzers may read: the file of a -config flag, and every
// .registrylint.yml or registrylint.yml from the roots' directories up to
// their module roots and from the working directory.
func (d *Driver) configTexts(pre []*packages.Package, dir string) []byte {
	var buf bytes.Buffer
	seen := make(map[string]bool)
	add := func(name string) {
		if seen[name] {
			return
		}
		seen[name] = true
		if data, err := os.ReadFile(name); err == nil {
			buf.Write(data)
			buf.WriteByte('\n')
		}
	}
	for _, a := range d.Analyzers {
		if f := a.Flags.Lookup("config"); f != nil && f.Value.String() != "" {
			name := f.Value.String()
			if !filepath.IsAbs(name) {
				name = filepath.Join(dir, name)
			}
			add(name)
		}
	}
	dirs := []string{dir}
	for _, p := range pre {
		if len(p.GoFiles) > 0 {
			dirs = append(dirs, filepath.Dir(p.GoFiles[0]))
		}
	}
	for _, start := range dirs {
		for d := start; ; {
			add(filepath.Join(d, ".registrylint.yml"))
			add(filepath.Join(d, "registrylint.yml"))
			if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
				break
			}
			parent := filepath.Dir(d)
			if parent == d {
				break
			}
			d = parent
		}
	}
	return buf.Bytes()
}

// pruneToSource keeps in each package's Imports only the packages loaded
// from source (with syntax), so that the checker analyzes no package that
// came from export data.
func pruneToSource(pkgs []*packages.Package) {
	for p := range packages.Postorder(pkgs) {
		for path, imp := range p.Imports {
			if len(imp.Syntax) == 0 || imp.TypesInfo == nil {
				delete(p.Imports, path)
			}
		}
	}
}
