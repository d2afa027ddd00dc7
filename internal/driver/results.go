package driver

import (
	"cmp"
	"go/ast"
	"go/token"
	"os"
	"path/filepath"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/registrylint/registrylint/internal/gomod"
)

// results is what one run found.
type results struct {
	fset      *token.FileSet
	findings  []*finding      // deduplicated and sorted
	errs      []*actionError  // root actions that failed, by package
	srcRoot   string          // root of the repository holding the main module (SARIF URIs)
	modRoot   string          // directory of the main module, or of the run (baseline entries)
	generated map[string]bool // names of the generated files (ast.IsGenerated)
	mainDirs  []string        // directories of the main modules: -fix edits only below them
	analyzed  map[string]bool // names of the files of the root packages
	note      string          // the program check's note, see Program.Note
}

// A finding is one diagnostic to report.
type finding struct {
	pkg      string // ID of the package it is reported for
	analyzer string // name of the analyzer that reported it
	diag     analysis.Diagnostic
	posn     token.Position
}

// An actionError is the error of a root action, for -json output.
type actionError struct {
	pkg      string
	analyzer string
	err      error
}

// reportActionErrors prints the error of each failed action whose
// prerequisites did not fail (the others only say "failed prerequisites")
// and reports whether any action failed.
func (r *runner) reportActionErrors(graph *checker.Graph) bool {
	failed := false
	// One configuration error fails every package: say it once.
	repeats := make(map[string]int)
	var order []string
	for act := range graph.All() {
		if act.Err == nil || slices.ContainsFunc(act.Deps, func(dep *checker.Action) bool { return dep.Err != nil }) {
			failed = failed || act.Err != nil
			continue
		}
		failed = true
		msg := act.Err.Error()
		if _, seen := repeats[msg]; !seen {
			order = append(order, msg)
			r.errorf("%s: %s", act, msg)
		}
		repeats[msg]++
	}
	for _, msg := range order {
		if n := repeats[msg] - 1; n > 0 {
			r.errorf("(the same error in %d more %s)", n, plural(n, "package", "packages"))
		}
	}
	return failed
}

// collect gathers the diagnostics of the root actions and of the program
// check, removes duplicates and sorts them.
func (r *runner) collect(pkgs []*packages.Package, graph *checker.Graph) *results {
	res := &results{fset: pkgs[0].Fset, srcRoot: srcRoot(pkgs, r.dir), modRoot: moduleRoot(pkgs, r.dir), generated: make(map[string]bool), mainDirs: mainModuleDirs(pkgs), analyzed: make(map[string]bool)}
	for _, p := range pkgs {
		for _, files := range [][]string{p.GoFiles, p.CompiledGoFiles, p.OtherFiles} {
			for _, name := range files {
				res.analyzed[name] = true
			}
		}
		for _, f := range p.Syntax {
			if ast.IsGenerated(f) {
				res.generated[res.fset.File(f.FileStart).Name()] = true
			}
		}
	}

	roots := slices.Clone(graph.Roots)
	slices.SortFunc(roots, func(x, y *checker.Action) int {
		return cmp.Or(cmp.Compare(x.Package.ID, y.Package.ID), cmp.Compare(x.Analyzer.Name, y.Analyzer.Name))
	})

	var all []*finding
	add := func(pkg, analyzer string, diags []analysis.Diagnostic) {
		for _, d := range diags {
			all = append(all, &finding{pkg: pkg, analyzer: analyzer, diag: d, posn: res.fset.Position(d.Pos)})
		}
	}
	for _, act := range roots {
		if act.Err != nil {
			res.errs = append(res.errs, &actionError{act.Package.ID, act.Analyzer.Name, act.Err})
			continue
		}
		add(act.Package.ID, act.Analyzer.Name, act.Diagnostics)
	}

	if p := r.d.Program; p != nil {
		var inputs []any
		for _, act := range roots {
			if act.Analyzer == p.Analyzer && act.Err == nil && !isNil(act.Result) {
				inputs = append(inputs, act.Result)
			}
		}
		if p.Note != nil && len(inputs) > 0 {
			res.note = p.Note(inputs)
		}
		owner := fileOwners(res.fset, roots)
		for _, d := range p.Check(inputs) {
			pkg, ok := owner[res.fset.Position(d.Pos).Filename]
			if !ok {
				pkg = "(program)"
			}
			add(pkg, p.Analyzer.Name, []analysis.Diagnostic{d})
		}
	}

	res.findings = dedupe(all)
	slices.SortStableFunc(res.findings, compareFindings)
	return res
}

// mainModuleDirs returns the directories of the main modules of pkgs and
// their dependencies (one, or the modules of a go.work workspace).
func mainModuleDirs(pkgs []*packages.Package) []string {
	seen := make(map[string]bool)
	var dirs []string
	for p := range packages.Postorder(pkgs) {
		if dir := mainModuleDir(p); dir != "" && !seen[dir] {
			seen[dir] = true
			dirs = append(dirs, dir)
		}
	}
	slices.Sort(dirs)
	return dirs
}

// fileOwners maps each file name to the first package, in the order of
// roots, that has it: a file of package p is attributed to p rather than
// to its test variant "p [p.test]".
func fileOwners(fset *token.FileSet, roots []*checker.Action) map[string]string {
	owner := make(map[string]string)
	for _, act := range roots {
		for _, f := range act.Package.Syntax {
			name := fset.File(f.FileStart).Name()
			if _, ok := owner[name]; !ok {
				owner[name] = act.Package.ID
			}
		}
	}
	return owner
}

// dedupe removes the findings that repeat an earlier one at the same
// position with the same category and message, as happens for the files
// of a package that is also loaded as its test variant.
func dedupe(all []*finding) []*finding {
	type key struct {
		file              string
		line, col         int
		category, message string
	}
	seen := make(map[key]bool)
	var out []*finding
	for _, f := range all {
		k := key{f.posn.Filename, f.posn.Line, f.posn.Column, f.diag.Category, f.diag.Message}
		if !seen[k] {
			seen[k] = true
			out = append(out, f)
		}
	}
	return out
}

// compareFindings orders findings by file, line, column, category and
// message.
func compareFindings(x, y *finding) int {
	return cmp.Or(
		cmp.Compare(x.posn.Filename, y.posn.Filename),
		cmp.Compare(x.posn.Line, y.posn.Line),
		cmp.Compare(x.posn.Column, y.posn.Column),
		cmp.Compare(x.diag.Category, y.diag.Category),
		// Then the order of reporting (the sort is stable): adapters in
		// declaration order, not A1, A10, A2 as their messages would sort.
	)
}

// srcRoot returns the root of the repository (the nearest directory with
// a .git entry) that holds the main module, so that SARIF URIs resolve
// when the module sits in a subdirectory of the repository; without a
// repository, the module's directory.
func srcRoot(pkgs []*packages.Package, dir string) string {
	root := moduleRoot(pkgs, dir)
	for d := root; ; {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return root
		}
		d = parent
	}
}

// moduleRoot returns the directory of the main module that contains dir,
// else that of the first main module of pkgs (by package ID), else dir.
func moduleRoot(pkgs []*packages.Package, dir string) string {
	var roots []string
	for _, p := range slices.SortedFunc(slices.Values(pkgs), func(x, y *packages.Package) int { return cmp.Compare(x.ID, y.ID) }) {
		if root := mainModuleDir(p); root != "" {
			if gomod.Within(dir, root) {
				return root
			}
			roots = append(roots, root)
		}
	}
	if len(roots) > 0 {
		return roots[0]
	}
	return dir
}

// mainModuleDir returns the directory of p's module when that is a main
// module (the module of the run, or one of its go.work workspace), else
// "": the one place the driver tells a module root. It is go list's
// answer, which follows go.work and replace directives; walking up to a
// go.mod file (package gomod's Root) is not asked for loaded packages.
func mainModuleDir(p *packages.Package) string {
	if m := p.Module; m != nil && m.Main {
		return m.Dir
	}
	return ""
}
