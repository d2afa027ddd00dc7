package main

import (
	"bytes"
	"errors"
	"fmt"
	"go/types"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/registrylint/registrylint/internal/config"
	"github.com/registrylint/registrylint/internal/directive"
	"github.com/registrylint/registrylint/internal/driver"
	"github.com/registrylint/registrylint/internal/escape"
	"github.com/registrylint/registrylint/internal/gomod"
	"github.com/registrylint/registrylint/internal/load"
)

// factSources is the driver's FactSources hook for analyzer a: the
// packages that may declare a registry role, which -load=auto
// type-checks from source with their importers. A package may declare
// one when one of its files holds a directive (or a comment that looks
// like one) or when a configuration file that a may read names its path.
// Standard-library packages declare none.
func factSources(a *analysis.Analyzer, cache *config.Cache) func(dir string, roots []*packages.Package) map[*packages.Package]bool {
	return func(dir string, roots []*packages.Package) map[*packages.Package]bool {
		cfgText := configText(a, cache, dir, roots)
		var pkgs []*packages.Package
		for p := range packages.Postorder(roots) {
			if !load.InStandardLibrary(p) {
				pkgs = append(pkgs, p)
			}
		}
		scanner := load.NewFileScanner(directive.DirectiveMarker, cacheDir(), "clean-dirs-v1")
		sources := scanner.ContainsAll(pkgs)
		for _, p := range pkgs {
			// Any mention counts: a superset of the packages the
			// configuration names is safe, only slower.
			if bytes.Contains(cfgText, []byte(p.PkgPath)) {
				sources[p] = true
			}
		}
		return sources
	}
}

// firstContact is the driver's check before loading: when no
// configuration applies (no -config, no configuration file discovered
// from the working directory or the roots' directories) and no file of
// the roots or their non-standard dependencies holds a directive, no
// registry is declared and nothing would be checked: say so before
// compiling anything (a first run on a cold build cache would compile
// every dependency to print the same line).
func firstContact(a *analysis.Analyzer, cache *config.Cache, stderr io.Writer) *driver.FirstContact {
	configured := func() bool {
		f := a.Flags.Lookup("config")
		return f != nil && f.Value.String() != ""
	}
	return &driver.FirstContact{
		Wanted: func(dir string) bool {
			return !configured() && cache.Discover(dir) == "" && !moduleHasMarker(dir)
		},
		Note: func(dir string, roots []*packages.Package) string {
			if len(configFiles(a, cache, dir, roots)) > 0 {
				return ""
			}
			var pkgs []*packages.Package
			for p := range packages.Postorder(roots) {
				if !load.InStandardLibrary(p) {
					pkgs = append(pkgs, p)
				}
			}
			scanner := load.NewFileScanner(directive.DirectiveMarker, cacheDir(), "clean-dirs-v1")
			for _, has := range scanner.ContainsAll(pkgs) {
				if has {
					return ""
				}
			}
			warnMisnamedConfig(stderr, dir) // perhaps why nothing is declared
			return noRegistryNote
		},
	}
}

// moduleHasMarker reports whether a .go file of the module of dir (below
// its root, vendor and testdata directories left out) holds the
// directive marker: then a registry is most likely declared, and the
// first-contact listing would only add a go list to the run. Reading the
// module's files costs less than that listing.
func moduleHasMarker(dir string) bool {
	root := gomod.Root(dir)
	if root == "" {
		root = dir
	}
	marker := []byte(directive.DirectiveMarker)
	found := false
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || found {
			return filepath.SkipDir
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (name == "vendor" || name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(name, ".go") {
			if data, err := os.ReadFile(path); err == nil && bytes.Contains(data, marker) {
				found = true
				return filepath.SkipAll
			}
		}
		return nil
	})
	return found
}

// configFiles returns the configuration files that analyzer a may read
// in a run started in dir over roots (see [config.Resolver.Files]).
func configFiles(a *analysis.Analyzer, cache *config.Cache, dir string, roots []*packages.Package) []string {
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
	return resolver(a, cache).Files(dir, dirs)
}

// checkConfigFiles is the driver's Loaded hook for analyzer a: every
// configuration file that the analysis would read, discovered ones
// included, must load, so that a mistake in one is an error before any
// analysis (exit 2), each line as "file:line: key: message" with the
// file relative to dir, rather than the same error from every package.
func checkConfigFiles(a *analysis.Analyzer, cache *config.Cache, stderr io.Writer) func(dir string, roots []*packages.Package) error {
	warned := false // once per process: -fix loads again after writing
	return func(dir string, roots []*packages.Package) error {
		var errs []error
		deps := dependencies(roots)
		loaded := loadedPaths(roots)
		if warned {
			stderr = io.Discard
		}
		warned = true
		r := resolver(a, cache)
		for _, name := range configFiles(a, cache, dir, roots) {
			rel := name
			if r, rerr := filepath.Rel(dir, name); rerr == nil && len(r) < len(name) {
				rel = r
			}
			cfg, err := r.Load(name)
			if err != nil {
				errs = append(errs, errors.New(strings.ReplaceAll(err.Error(), name+":", rel+":")))
				continue
			}
			// A name in a loaded dependency that does not exist: the
			// analysis would silently find nothing (in an analyzed
			// package, it is a bad-directive finding).
			for _, msg := range cfg.MissingNames(func(path string) *types.Package { return deps[path] }) {
				errs = append(errs, fmt.Errorf("%s: %s", rel, msg))
			}
			// A registry that matches nothing loaded checks nothing: say
			// so, rather than pass silently (not an error: the user may
			// lint a subset).
			for _, msg := range unmatched(cfg, loaded) {
				fmt.Fprintf(stderr, "registrylint: warning: %s: %s\n", escape.Line(rel), escape.Line(msg))
			}
		}
		if len(errs) == 0 {
			warnMisnamedConfig(stderr, dir)
		}
		return errors.Join(errs...)
	}
}

// configText returns the content of every configuration file that
// analyzer a may read in a run started in dir over roots (the text: a
// mention of a package's path is enough, see factSources).
func configText(a *analysis.Analyzer, cache *config.Cache, dir string, roots []*packages.Package) []byte {
	var buf bytes.Buffer
	for _, name := range configFiles(a, cache, dir, roots) {
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

// vetCacheKey is the driver's VetCacheKey: the paths and contents of the
// configuration files in the module of dir (none outside a module) (discovery's file names, and
// any YAML file whose name mentions registrylint, for -config), so that
// go vet does not replay results computed under another configuration.
// Directories the go command ignores (vendor, testdata, and names
// starting with . or _) are skipped.
func vetCacheKey(dir string) []byte {
	root := gomod.Root(dir)
	if root == "" {
		return nil // not in a module: no tree to walk (it could be a home directory)
	}
	var buf bytes.Buffer
	_ = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return nil // unreadable: skip it
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (name == "vendor" || name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if name == ".registrylint.yml" || name == "registrylint.yml" ||
			strings.Contains(name, "registrylint") && (strings.HasSuffix(name, ".yml") || strings.HasSuffix(name, ".yaml")) {
			if data, err := os.ReadFile(path); err == nil {
				buf.WriteString(path)
				buf.WriteByte(0)
				buf.Write(data)
				buf.WriteByte(0)
			}
		}
		return nil
	})
	return buf.Bytes()
}

// dependencies returns the type-checked packages that roots import,
// directly or not, and that are not roots themselves, by path.
func dependencies(roots []*packages.Package) map[string]*types.Package {
	isRoot := make(map[string]bool)
	for _, p := range roots {
		isRoot[p.PkgPath] = true
	}
	deps := make(map[string]*types.Package)
	packages.Visit(roots, nil, func(p *packages.Package) {
		if !isRoot[p.PkgPath] && p.Types != nil && p.Types.Complete() {
			deps[p.PkgPath] = p.Types
		}
	})
	return deps
}

// loadedPaths returns the import paths of every loaded package.
func loadedPaths(roots []*packages.Package) map[string]bool {
	paths := make(map[string]bool)
	packages.Visit(roots, nil, func(p *packages.Package) { paths[p.PkgPath] = true })
	return paths
}

// unmatched returns what of cfg's registries matches no loaded package: an
// adapter interface whose package is not loaded, a packages: pattern that
// matches none.
func unmatched(cfg *config.Config, loaded map[string]bool) []string {
	var msgs []string
	for i, r := range cfg.Registries {
		if dot := strings.LastIndex(r.Adapter, "."); dot > 0 && !loaded[r.Adapter[:dot]] {
			msgs = append(msgs, fmt.Sprintf("registries[%d].adapter: package %s is not among the loaded packages, so this registry checks nothing here (a typo in the path? or lint packages that import it)", i, r.Adapter[:dot]))
			continue
		}
		for _, pat := range r.Packages {
			matched := false
			for p := range loaded {
				if prefix, ok := strings.CutSuffix(pat, "/..."); ok && (p == prefix || strings.HasPrefix(p, prefix+"/")) || pat == "..." || p == pat {
					matched = true
					break
				}
			}
			if !matched {
				msgs = append(msgs, fmt.Sprintf("registries[%d].packages: %q matches no loaded package, so adapters there are not checked (a typo in the path?)", i, pat))
			}
		}
	}
	return msgs
}

// warnMisnamedConfig warns about a configuration file that discovery does
// not read because of its extension (.yaml for .yml).
func warnMisnamedConfig(stderr io.Writer, dir string) {
	root := gomod.Root(dir)
	if root == "" {
		root = dir
	}
	for _, d := range []string{dir, root} {
		for _, name := range []string{".registrylint.yaml", "registrylint.yaml"} {
			if _, err := os.Stat(filepath.Join(d, name)); err == nil {
				if _, err := os.Stat(filepath.Join(d, strings.TrimSuffix(name, ".yaml")+".yml")); err != nil {
					shown := filepath.Join(d, name)
					if rel, err := filepath.Rel(dir, shown); err == nil && !strings.HasPrefix(rel, "..") {
						shown = rel
					}
					fmt.Fprintf(stderr, "registrylint: warning: %s is not read: the configuration file is %s\n", escape.Line(shown), escape.Line(strings.TrimSuffix(name, ".yaml")+".yml"))
					return
				}
			}
		}
	}
}
