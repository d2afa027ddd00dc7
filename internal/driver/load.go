package driver

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/tools/go/packages"
)

// sourceMode loads syntax and types of every package, dependencies
// included (packages.LoadAllSyntax), and module information for
// analysis.Pass.Module and SARIF's source root: -load=source.
const sourceMode = packages.LoadAllSyntax | packages.NeedModule

// load loads the packages matching patterns. Packages that do not load
// or type-check, dependencies included, are an error: their errors are
// printed on stderr first.
//
// With -load=auto (the default), only the root packages and the
// dependencies that can carry facts (they declare a registry role or
// import, directly or not, a package that does) are type-checked from
// source; every other dependency comes from export data, as for a
// fact-free analyzer (see loadMixed), unless the build cache is empty.
// With -load=source, or an empty build cache, every package is
// type-checked from source, which needs no export data.
func (r *runner) load(patterns []string) ([]*packages.Package, error) {
	pkgs, err := r.loadPackages(patterns)
	if err == nil && r.d.Loaded != nil {
		err = r.d.Loaded(r.dir, pkgs)
	}
	return pkgs, err
}

// loadPackages is load without the Loaded hook.
func (r *runner) loadPackages(patterns []string) ([]*packages.Package, error) {
	if r.opts.load != "source" && !buildCacheEmpty() {
		pkgs, err := r.loadMixed(patterns)
		if err != errNoRoots {
			return pkgs, err
		}
		// Some failures of the go command (GOCACHE=off, say) leave go
		// list -export with no packages and no error: the source load
		// reports them, or that nothing matched.
	}
	pkgs, err := packages.Load(r.packagesConfig(sourceMode), patterns...)
	if err != nil {
		return nil, err
	}
	if len(pkgs) == 0 {
		return nil, errNoPackages(patterns)
	}
	if n := r.printPackageErrors(pkgs); n > 0 {
		return nil, errPackageErrors(n)
	}
	return pkgs, nil
}

// packagesConfig returns the go/packages configuration of this run.
func (r *runner) packagesConfig(mode packages.LoadMode) *packages.Config {
	cfg := &packages.Config{
		Mode:  mode,
		Dir:   r.dir,
		Tests: r.opts.tests,
	}
	if r.opts.tags != "" {
		cfg.BuildFlags = []string{"-tags=" + r.opts.tags}
	}
	return cfg
}

// errNoRoots is loadMixed's error when go list returned no package.
var errNoRoots = errors.New("no packages")

// errNoPackages is the error of patterns that match nothing.
func errNoPackages(patterns []string) error {
	return fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
}

// errPackageErrors is the error of a load with n package errors, which
// have been printed.
func errPackageErrors(n int) error {
	return fmt.Errorf("%d %s in the loaded packages; fix %s first", n, plural(n, "error", "errors"), plural(n, "it", "them"))
}

// printPackageErrors prints the errors of every package in the import
// graph of pkgs, dependencies first, each once (a test variant repeats
// the errors of its package), and returns their number.
func (r *runner) printPackageErrors(pkgs []*packages.Package) int {
	seen := make(map[string]bool)
	print := func(msg string) {
		if !seen[msg] {
			seen[msg] = true
			fmt.Fprintln(r.stderr, msg)
			r.runErrors = append(r.runErrors, msg)
		}
	}
	for pkg := range packages.Postorder(pkgs) {
		for _, err := range pkg.Errors {
			print(r.packageError(err))
		}
		if mod := pkg.Module; mod != nil && mod.Error != nil {
			print(mod.Error.Err)
		}
	}
	return len(seen)
}

// packageError formats err with its file relative to the working
// directory when that is shorter.
func (r *runner) packageError(err packages.Error) string {
	pos := err.Pos
	if pos == "" || pos == "-" {
		return err.Msg // no position: not "-: msg"
	}
	if i := strings.Index(pos, ".go:"); i > 0 {
		pos = r.relPath(pos[:i+len(".go")]) + pos[i+len(".go"):]
	}
	return packages.Error{Pos: pos, Msg: err.Msg, Kind: err.Kind}.Error()
}

// plural returns singular or plural according to n.
func plural(n int, singular, plural string) string {
	if n == 1 {
		return singular
	}
	return plural
}
