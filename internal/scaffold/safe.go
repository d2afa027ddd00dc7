package scaffold

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/registrylint/registrylint/internal/model"

	"golang.org/x/tools/go/analysis"
)

// What `registrylint new` writes must build: the names it chooses must
// not collide with names in use where they are declared or used (the init
// file's variables and imports, the package that the adapter joins), it
// may join only a package that the registering package can import, and
// before anything is written the new file and every edited package are
// type-checked as they will be.

// packageNameOf returns the name of the package whose non-test files are
// in dir: from the analyzed packages, else from the package clause of its
// first .go file; "" when dir holds no package (it may not exist yet).
func packageNameOf(models []*Model, dir string) (string, error) {
	if m := modelOfDir(models, dir); m != nil {
		return m.Pass().Pkg.Name(), nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", nil
	}
	fset := token.NewFileSet()
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, n), nil, parser.PackageClauseOnly)
		if err != nil {
			return "", fmt.Errorf("-dir %s: %v", dir, err)
		}
		return f.Name.Name, nil
	}
	return "", nil
}

// modelOfDir returns the model of the package whose non-test files are in
// dir, or nil.
func modelOfDir(models []*Model, dir string) *Model {
	for _, m := range models {
		if m == nil {
			continue
		}
		for _, f := range m.Pass().Files {
			name := m.Pass().Fset.File(f.Pos()).Name()
			if filepath.Dir(name) == dir && !strings.HasSuffix(name, "_test.go") {
				return m
			}
		}
	}
	return nil
}

// modelOfPath returns the model of package path without its test files
// when the models have one (a package is analyzed with and without its
// tests), else any, else nil.
func modelOfPath(models []*Model, path string) *Model {
	var best *Model
	for _, m := range models {
		if m == nil || m.Pass().Pkg.Path() != path {
			continue
		}
		if best == nil || len(m.Pass().Files) < len(best.Pass().Files) {
			best = m
		}
	}
	return best
}

// importChain returns the chain of imports by which package from imports
// package to ("from -> a -> to"), or "" when it does not, as far as the
// analyzed packages tell.
func importChain(models []*Model, from, to string) string {
	direct := func(p string) []string {
		var out []string
		if m := modelOfPath(models, p); m != nil {
			for _, imp := range m.Pass().Pkg.Imports() {
				out = append(out, imp.Path())
			}
		}
		return out
	}
	prev := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		for _, q := range direct(p) {
			if _, seen := prev[q]; seen {
				continue
			}
			prev[q] = p
			if q == to {
				chain := []string{q}
				for at := p; at != ""; at = prev[at] {
					chain = append([]string{at}, chain...)
				}
				return strings.Join(chain, " -> ")
			}
			queue = append(queue, q)
		}
	}
	return ""
}

// receiverName returns the receiver of the new type's methods: its first
// letter in lower case, unless a parameter of the interface's methods or
// a name the file uses has it.
func receiverName(typeName string, iface *types.Interface, taken map[string]bool) string {
	used := make(map[string]bool, len(taken))
	for n := range taken {
		used[n] = true
	}
	for i := 0; i < iface.NumMethods(); i++ {
		sig := iface.Method(i).Signature()
		for _, tuple := range []*types.Tuple{sig.Params(), sig.Results()} {
			for j := 0; j < tuple.Len(); j++ {
				used[tuple.At(j).Name()] = true
			}
		}
	}
	first, _ := utf8.DecodeRuneInString(typeName)
	for _, c := range []string{string(unicode.ToLower(first)), squash(typeName), "recv"} {
		if token.IsIdentifier(c) && !used[c] && types.Universe.Lookup(c) == nil {
			return c
		}
	}
	for i := 2; ; i++ {
		if c := "recv" + strconv.Itoa(i); !used[c] {
			return c
		}
	}
}

// namesInFile returns every name that a new import of file could clash
// with: the identifiers of the file (its variables, parameters, uses),
// the names its imports take, its package's declarations and the
// predeclared names.
func (m *Model) namesInFile(file *ast.File) map[string]bool {
	taken := make(map[string]bool)
	ast.Inspect(file, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			taken[id.Name] = true
		}
		return true
	})
	for _, spec := range file.Imports {
		if pn := m.Pass().TypesInfo.PkgNameOf(spec); pn != nil {
			taken[pn.Name()] = true
		}
	}
	for _, n := range m.Pass().Pkg.Scope().Names() {
		taken[n] = true
	}
	for _, n := range types.Universe.Names() {
		taken[n] = true
	}
	taken["init"], taken["main"], taken["_"] = true, true, true // never an import's name
	return taken
}

// importAs returns the edit that makes file import pkgPath (package
// pkgName, declaring typeName) and the name to qualify it with ("" for
// pkgName). A new import follows the file's aliases of the siblings'
// packages (OpenTofu's backendS3 "…/remote-state/s3" makes the new
// package backendMyThing), and takes an alias when its name is in use in
// the file (a variable r, an import sync, a package variable once).
func (m *Model) importAs(file *ast.File, src []byte, pkgPath, pkgName, typeName, ifaceName string, sibPaths []string) (*analysis.TextEdit, string, error) {
	var blank *ast.ImportSpec
	for _, spec := range file.Imports {
		if model.ImportPath(spec) != pkgPath {
			continue
		}
		switch {
		case spec.Name == nil:
			return nil, "", nil
		case spec.Name.Name == "_":
			blank = spec
		case spec.Name.Name == ".":
			return nil, "", fmt.Errorf("%s dot-imports %s", m.Pass().Fset.File(file.Pos()).Name(), pkgPath)
		default:
			return nil, spec.Name.Name, nil
		}
	}
	name := pkgName
	if prefix := siblingAliasPrefix(m, file, sibPaths); prefix != "" {
		suffix := typeName
		if strings.ToLower(typeName) != pkgName {
			r, size := utf8.DecodeRuneInString(pkgName)
			suffix = string(unicode.ToUpper(r)) + pkgName[size:]
		}
		name = prefix + suffix
	}
	taken := m.namesInFile(file)
	if taken[name] {
		name = pkgName + strings.ToLower(ifaceName)
		for i := 2; taken[name]; i++ {
			name = pkgName + strings.ToLower(ifaceName) + strconv.Itoa(i)
		}
	}
	qual := name
	spec := name + " " + strconv.Quote(pkgPath)
	if name == pkgName {
		qual = ""
		if assumedName(pkgPath) == pkgName {
			spec = strconv.Quote(pkgPath)
		}
	}
	if blank != nil {
		// import _ "p" becomes a plain import: the package is used now.
		if spec == strconv.Quote(pkgPath) {
			return &analysis.TextEdit{Pos: blank.Name.Pos(), End: blank.Path.Pos()}, qual, nil
		}
		return &analysis.TextEdit{Pos: blank.Name.Pos(), End: blank.Name.End(), NewText: []byte(name)}, qual, nil
	}
	e := m.AddImportEdit(file, src, spec)
	return &e, qual, nil
}

// siblingAliasPrefix returns the prefix that most of file's imports of the
// siblings' packages add to the package's name as their alias
// (backendS3 for s3, backendInmem for inmem), or "".
func siblingAliasPrefix(m *Model, file *ast.File, sibPaths []string) string {
	counts := make(map[string]int)
	total := 0
	for _, spec := range file.Imports {
		if !containsKey(sibPaths, model.ImportPath(spec)) {
			continue
		}
		total++
		pn := m.Pass().TypesInfo.PkgNameOf(spec)
		if spec.Name == nil || pn == nil {
			continue
		}
		alias, real := spec.Name.Name, pn.Imported().Name()
		if len(alias) > len(real) && strings.EqualFold(alias[len(alias)-len(real):], real) {
			counts[alias[:len(alias)-len(real)]]++
		}
	}
	best := mostCommon(counts)
	if best == "" || counts[best]*2 <= total {
		return ""
	}
	return best
}

// verify type-checks the new files in package pkgPath and every package
// that the edits change, as they will be, and returns the first error.
func verify(models []*Model, sc *Scaffold, pkgPath string) error {
	fset := token.NewFileSet()
	byPath := make(map[string]*types.Package)
	var visit func(p *types.Package)
	visit = func(p *types.Package) {
		if _, seen := byPath[p.Path()]; seen {
			return
		}
		byPath[p.Path()] = p
		for _, imp := range p.Imports() {
			visit(imp)
		}
	}
	for _, m := range models {
		if m != nil {
			visit(m.Pass().Pkg)
		}
	}
	// The edited files, by package.
	edited := make(map[string]map[string][]byte) // package path -> file -> new source
	byFile := make(map[string][]analysis.TextEdit)
	for _, e := range sc.Edits {
		tf := sc.Fset.File(e.Pos)
		if tf == nil {
			return fmt.Errorf("an edit at an unknown position")
		}
		byFile[tf.Name()] = append(byFile[tf.Name()], e)
	}
	for name, edits := range byFile {
		m := modelOfFile(models, sc.Fset, name)
		if m == nil {
			return fmt.Errorf("%s is not among the analyzed files", name)
		}
		tf := sc.Fset.File(edits[0].Pos)
		src := m.Source(edits[0].Pos)
		if src == nil {
			return fmt.Errorf("cannot read %s", name)
		}
		sort.SliceStable(edits, func(i, j int) bool { return edits[i].Pos < edits[j].Pos })
		var out []byte
		at := 0
		for _, e := range edits {
			end := e.End
			if !end.IsValid() {
				end = e.Pos
			}
			out = append(out, src[at:tf.Offset(e.Pos)]...)
			out = append(out, e.NewText...)
			at = tf.Offset(end)
		}
		out = append(out, src[at:]...)
		p := m.Pass().Pkg.Path()
		if edited[p] == nil {
			edited[p] = make(map[string][]byte)
		}
		edited[p][name] = out
	}
	newFiles := make(map[string][]byte)
	tests := make(map[string][]byte)
	for name, src := range sc.Files {
		tests[name] = src
		if !strings.HasSuffix(name, "_test.go") {
			newFiles[name] = src
		}
	}
	// The packages to check from source: the new package, and those that
	// import it (directly or not) or are edited.
	std := importer.ForCompiler(fset, "source", nil)
	// Packages that existed and change: those that import them are
	// checked from source too, against their new form.
	targets := sortedKeys(edited)
	if modelOfPath(models, pkgPath) != nil {
		targets = append(targets, pkgPath)
	}
	depends := make(map[string]bool)
	fromSource := func(p string) bool {
		d, ok := depends[p]
		if !ok {
			d = p == pkgPath || edited[p] != nil
			for _, t := range targets {
				d = d || importChain(models, p, t) != ""
			}
			depends[p] = d
		}
		return d
	}
	checked := make(map[string]*types.Package)
	var check func(path string, newFiles map[string][]byte) (*types.Package, error)
	imp := importerFunc(func(p string) (*types.Package, error) {
		if fromSource(p) {
			if pkg, ok := checked[p]; ok {
				return pkg, nil
			}
			var extra map[string][]byte
			if p == pkgPath {
				extra = newFiles
			}
			pkg, err := check(p, extra)
			if err != nil {
				return nil, err
			}
			checked[p] = pkg
			return pkg, nil
		}
		if pkg, ok := byPath[p]; ok && pkg.Complete() {
			return pkg, nil
		}
		return std.Import(p)
	})
	check = func(path string, newFiles map[string][]byte) (*types.Package, error) {
		var files []*ast.File
		parse := func(name string, src []byte) error {
			f, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution)
			if err == nil {
				files = append(files, f)
			}
			return err
		}
		if m := modelOfPath(models, path); m != nil {
			for _, f := range m.Pass().Files {
				name := m.Pass().Fset.File(f.Pos()).Name()
				if strings.HasSuffix(name, "_test.go") {
					continue
				}
				src, ok := edited[path][name]
				if !ok {
					if src = m.Source(f.Pos()); src == nil {
						return nil, fmt.Errorf("cannot read %s", name)
					}
				}
				if err := parse(name, src); err != nil {
					return nil, err
				}
			}
		}
		for _, name := range sortedKeys(newFiles) {
			if err := parse(name, newFiles[name]); err != nil {
				return nil, err
			}
		}
		var first error
		conf := types.Config{
			Importer: imp,
			Error: func(err error) {
				if first == nil {
					first = err
				}
			},
		}
		pkg, _ := conf.Check(path, fset, files, nil)
		return pkg, first
	}
	for _, p := range append([]string{pkgPath}, sortedKeys(edited)...) {
		if _, err := imp.Import(p); err != nil {
			return err
		}
	}
	// A test of the name, in the new package as it will be.
	if len(tests) != len(newFiles) {
		if _, err := check(pkgPath, tests); err != nil {
			return err
		}
	}
	return nil
}

// modelOfFile returns the model whose files include name (in fset).
func modelOfFile(models []*Model, fset *token.FileSet, name string) *Model {
	for _, m := range models {
		if m == nil || m.Pass().Fset != fset {
			continue
		}
		for _, f := range m.Pass().Files {
			if fset.File(f.Pos()).Name() == name {
				return m
			}
		}
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
