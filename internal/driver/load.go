package driver

import (
	"fmt"
	"strings"

	"golang.org/x/tools/go/packages"
)

// loadMode loads syntax and types of every package, dependencies
// included, as analyzers with facts need (packages.LoadAllSyntax), and
// module information for analysis.Pass.Module and SARIF's source root.
const loadMode = packages.LoadAllSyntax | packages.NeedModule

// load loads the packages matching patterns. Packages that do not load
// or type-check, dependencies included, are an error: their errors are
// printed on stderr first.
//
// With -load=auto (the default), when no dependency outside the root
// packages can carry facts (none declares a registry role or imports a
// package that does), dependencies come from export data, as for a
// fact-free analyzer; otherwise, and with -load=source, every package is
// type-checked from source.
func (r *runner) load(patterns []string) ([]*packages.Package, error) {
	cfg := &packages.Config{
		Mode:  loadMode,
		Dir:   r.dir,
		Tests: r.opts.tests,
	}
	if r.opts.tags != "" {
		cfg.BuildFlags = []string{"-tags=" + r.opts.tags}
	}
	if r.opts.load != "source" {
		plan := *cfg
		plan.Mode = planMode
		pre, err := packages.Load(&plan, patterns...)
		if err == nil && len(pre) > 0 && !hasErrors(pre) && !depsCarryFacts(pre, r.d.configTexts(pre, r.dir)) {
			cfg.Mode = exportMode
		}
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	if n := r.printPackageErrors(pkgs); n > 0 {
		return nil, fmt.Errorf("%d %s in the loaded packages; fix %s first", n, plural(n, "error", "errors"), plural(n, "it", "them"))
	}
	if cfg.Mode == exportMode {
		pruneToSource(pkgs)
	}
	return pkgs, nil
}

// hasErrors reports whether a package in the import graph of pkgs has
// errors (then the source load reports them as usual).
func hasErrors(pkgs []*packages.Package) bool {
	for p := range packages.Postorder(pkgs) {
		if len(p.Errors) > 0 || p.Module != nil && p.Module.Error != nil {
			return true
		}
	}
	return false
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
