package main

import (
	"bytes"
	"os"
	"path/filepath"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/registrylint/registrylint/analyzer"
	"github.com/registrylint/registrylint/internal/driver"
)

// factSources is the driver's FactSources hook for analyzer a: the
// packages that may declare a registry role, which -load=auto
// type-checks from source with their importers. A package may declare
// one when one of its files holds a directive (or a comment that looks
// like one) or when a configuration file that a may read names its path.
// Standard-library packages declare none.
func factSources(a *analysis.Analyzer) func(dir string, roots []*packages.Package) map[*packages.Package]bool {
	return func(dir string, roots []*packages.Package) map[*packages.Package]bool {
		config := configText(a, dir, roots)
		var pkgs []*packages.Package
		for p := range packages.Postorder(roots) {
			if !driver.InStandardLibrary(p) {
				pkgs = append(pkgs, p)
			}
		}
		scanner := driver.NewFileScanner(analyzer.DirectiveMarker, cacheDir(), "clean-dirs-v1")
		sources := scanner.ContainsAll(pkgs)
		for _, p := range pkgs {
			// Any mention counts: a superset of the packages the
			// configuration names is safe, only slower.
			if bytes.Contains(config, []byte(p.PkgPath)) {
				sources[p] = true
			}
		}
		return sources
	}
}

// configText returns the content of every configuration file that
// analyzer a may read in a run started in dir over roots.
func configText(a *analysis.Analyzer, dir string, roots []*packages.Package) []byte {
	flag := ""
	if f := a.Flags.Lookup("config"); f != nil {
		flag = f.Value.String()
	}
	seen := make(map[string]bool)
	var dirs []string
	for _, p := range roots {
		if len(p.GoFiles) > 0 {
			if d := filepath.Dir(p.GoFiles[0]); !seen[d] {
				seen[d] = true
				dirs = append(dirs, d)
			}
		}
	}
	var buf bytes.Buffer
	for _, name := range analyzer.ConfigFiles(flag, dir, dirs) {
		data, _ := os.ReadFile(name) // an unreadable file is an error of Setup or of the analyzer
		buf.Write(data)
		buf.WriteByte('\n')
	}
	return buf.Bytes()
}

// cacheDir returns the directory where registrylint remembers what
// outlives a run (module-cache directories without directives):
// $REGISTRYLINT_CACHE, or registrylint in the user's cache directory;
// "" when REGISTRYLINT_CACHE is "off" or there is no such directory.
func cacheDir() string {
	if dir := os.Getenv("REGISTRYLINT_CACHE"); dir != "" {
		if dir == "off" {
			return ""
		}
		return dir
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "registrylint")
}
