package driver

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/registrylint/registrylint/internal/load"
)

// load loads the packages matching patterns with package load: -load=auto
// (the default) type-checks from source only the root packages and the
// dependencies that can carry facts (by the Driver's FactSources), every
// other dependency coming from export data unless the build cache is
// empty; -load=source type-checks every package from source. Packages
// that do not load or type-check, dependencies included, are an error:
// their errors are printed on stderr first. Then the Loaded hook runs.
func (r *runner) load(patterns []string) ([]*packages.Package, error) {
	pkgs, err := r.loadPackages(patterns)
	if err == nil && r.d.Loaded != nil {
		err = r.d.Loaded(r.dir, pkgs)
	}
	return pkgs, err
}

// firstContact runs the Driver's FirstContact check (see
// [Driver.FirstContact]) and returns its note, "" to go on: also when
// the listing fails, since the load reports that better.
func (r *runner) firstContact(patterns []string) string {
	fc := r.d.FirstContact
	if fc == nil || !fc.Wanted(r.dir) {
		return ""
	}
	cfg := &load.Config{Dir: r.dir, Tests: r.opts.tests, Tags: r.opts.tags}
	var roots []*packages.Package
	var err error
	r.critical(func() { // as the load: a signal ends the go command too
		cfg.Context = r.context()
		// The listing writes to the build cache: whether it was empty
		// (every package is then loaded from source) is decided first.
		r.cacheWasEmpty = load.BuildCacheEmpty(cfg.Context, r.dir)
		roots, err = load.List(cfg, patterns...)
	})
	if err != nil || len(roots) == 0 {
		return ""
	}
	broken := false
	packages.Visit(roots, nil, func(p *packages.Package) { broken = broken || len(p.Errors) > 0 })
	if broken {
		return "" // the load reports them, as it would have
	}
	return fc.Note(r.dir, roots)
}

// loadPackages is load without the Loaded hook.
func (r *runner) loadPackages(patterns []string) ([]*packages.Package, error) {
	cfg := &load.Config{
		Dir:    r.dir,
		Tests:  r.opts.tests,
		Tags:   r.opts.tags,
		Source: r.opts.load == "source" || r.cacheWasEmpty,
		FactSources: func(roots []*packages.Package) map[*packages.Package]bool {
			return r.d.factSources(r.dir, roots)
		},
	}
	// In a critical section: on a signal, the go command is ended, with
	// its children, before the process ends.
	var pkgs []*packages.Package
	var err error
	r.critical(func() {
		cfg.Context = r.context()
		pkgs, err = load.Load(cfg, patterns...)
	})
	var perr *load.PackageErrors
	if errors.As(err, &perr) {
		return nil, errPackageErrors(r.printPackageErrors(perr.Errors))
	}
	return pkgs, err
}

// errPackageErrors is the error of a load with n package errors, which
// have been printed.
func errPackageErrors(n int) error {
	return fmt.Errorf("%d %s in the loaded packages; fix %s first", n, plural(n, "error", "errors"), plural(n, "it", "them"))
}

// printPackageErrors prints the errors of a load, in order, each once (a
// test variant repeats the errors of its package), and returns their
// number.
func (r *runner) printPackageErrors(errs []packages.Error) int {
	seen := make(map[string]bool)
	for _, err := range errs {
		if msg := r.packageError(err); !seen[msg] {
			seen[msg] = true
			fmt.Fprintln(r.stderr, msg)
			r.runErrors = append(r.runErrors, msg)
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
