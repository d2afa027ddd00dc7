package analyzer

import (
	"go/ast"
	"go/build/constraint"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// taggedPackage is a package of an analyzed module that has no files in
// this build: each of its non-test .go files has a build constraint that
// the build's tags do not satisfy (an aggregator that links every plugin
// in only under -tags allplugins). go list ./... leaves such a package
// out without a word.
type taggedPackage struct {
	path       string
	file       string   // its first file, as messages name it ("dir/all.go")
	constraint string   // that file's //go:build line
	tags       []string // the tags its files' constraints name, not negated
	blank      []string // the paths its files import as _
}

// outOfBuild finds the tagged packages of the analyzed modules, from the
// file system, on first use: only a run whose policy-self check would
// otherwise blame every adapter package pays for it.
type outOfBuild struct {
	roots  map[string]string // module root directory -> its import path ("" in GOPATH mode)
	loaded map[string]bool   // the analyzed packages' paths
	found  map[string]*taggedPackage
	walked bool
}

// newOutOfBuild indexes the directories of the analyzed packages.
func newOutOfBuild(byPath map[string]*Summary) *outOfBuild {
	o := &outOfBuild{roots: make(map[string]string), loaded: make(map[string]bool)}
	for p, s := range byPath {
		o.loaded[p] = true
		if s.firstFile == nil {
			continue
		}
		dir := filepath.Dir(s.fset.File(s.firstFile.Package).Name())
		rel := p
		if s.module != "" {
			if p == s.module {
				rel = ""
			} else if r, ok := strings.CutPrefix(p, s.module+"/"); ok {
				rel = r
			} else {
				continue
			}
		}
		root := dir
		if rel != "" {
			suffix := string(filepath.Separator) + filepath.FromSlash(rel)
			if !strings.HasSuffix(dir, suffix) {
				continue
			}
			root = strings.TrimSuffix(dir, suffix)
		}
		o.roots[root] = s.module
	}
	return o
}

// lookup returns the tagged package at import path p, or nil.
func (o *outOfBuild) lookup(p string) *taggedPackage {
	if o.loaded[p] {
		return nil
	}
	for root, mod := range o.roots {
		rel, ok := p, mod == ""
		if !ok {
			if rel, ok = strings.CutPrefix(p, mod+"/"); !ok && p == mod {
				rel, ok = "", true
			}
		}
		if ok {
			if t := readTagged(filepath.Join(root, filepath.FromSlash(rel)), p, mod); t != nil {
				return t
			}
		}
	}
	return nil
}

// all returns every tagged package of the analyzed modules, by path.
func (o *outOfBuild) all() map[string]*taggedPackage {
	if o.walked {
		return o.found
	}
	o.walked = true
	o.found = make(map[string]*taggedPackage)
	for root, mod := range o.roots {
		_ = filepath.WalkDir(root, func(dir string, d fs.DirEntry, err error) error {
			if err != nil || !d.IsDir() {
				return nil
			}
			name := d.Name()
			if dir != root && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" || name == "vendor" || fileExists(filepath.Join(dir, "go.mod"))) {
				return filepath.SkipDir
			}
			rel, err := filepath.Rel(root, dir)
			if err != nil {
				return nil
			}
			p := path.Join(mod, filepath.ToSlash(rel))
			if rel == "." {
				p = mod
			}
			if p == "" || o.loaded[p] || o.found[p] != nil {
				return nil
			}
			if t := readTagged(dir, p, mod); t != nil {
				o.found[p] = t
			}
			return nil
		})
	}
	return o.found
}

// readTagged reads the package of directory dir, import path p: a tagged
// package when it has non-test .go files and each has a //go:build
// constraint (not "ignore": a program run by go run, not a package).
func readTagged(dir, p, module string) *taggedPackage {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	t := &taggedPackage{path: p}
	fset := token.NewFileSet()
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ImportsOnly|parser.ParseComments)
		if err != nil {
			return nil
		}
		line, expr := buildConstraint(f)
		if expr == nil || line == "//go:build ignore" {
			return nil // in every build, or no package
		}
		if t.file == "" {
			t.file, t.constraint = path.Join(relativeTo(module, p), name), line
		}
		for _, tag := range positiveTags(expr, false) {
			if !slices.Contains(t.tags, tag) {
				t.tags = append(t.tags, tag)
			}
		}
		for _, spec := range f.Imports {
			if spec.Name != nil && spec.Name.Name == "_" {
				if ip, err := strconv.Unquote(spec.Path.Value); err == nil {
					t.blank = append(t.blank, ip)
				}
			}
		}
	}
	if t.file == "" {
		return nil
	}
	sort.Strings(t.tags)
	return t
}

// buildConstraint returns the //go:build line of f (before its package
// clause) and its expression, or nil.
func buildConstraint(f *ast.File) (string, constraint.Expr) {
	for _, g := range f.Comments {
		if g.Pos() >= f.Package {
			break
		}
		for _, c := range g.List {
			if constraint.IsGoBuild(c.Text) {
				if expr, err := constraint.Parse(c.Text); err == nil {
					return c.Text, expr
				}
			}
		}
	}
	return "", nil
}

// positiveTags returns the tags that expr names un-negated (under an even
// number of negations when negated is false): the ones to pass.
func positiveTags(expr constraint.Expr, negated bool) []string {
	switch x := expr.(type) {
	case *constraint.TagExpr:
		if !negated {
			return []string{x.Tag}
		}
	case *constraint.NotExpr:
		return positiveTags(x.X, !negated)
	case *constraint.AndExpr:
		return append(positiveTags(x.X, negated), positiveTags(x.Y, negated)...)
	case *constraint.OrExpr:
		return append(positiveTags(x.X, negated), positiveTags(x.Y, negated)...)
	}
	return nil
}

// relativeTo returns package path p relative to module, as message
// positions name a package's directory ("" for the module's root).
func relativeTo(module, p string) string {
	if module == "" {
		return p
	}
	if p == module {
		return ""
	}
	return strings.TrimPrefix(p, module+"/")
}

func fileExists(name string) bool {
	_, err := os.Stat(name)
	return err == nil
}

// tagAdvice says what the finding about a tagged aggregator asks for.
func (t *taggedPackage) tagAdvice() string {
	if len(t.tags) == 0 {
		return "build with the tags or platform its constraints need"
	}
	return "pass -tags " + strings.Join(t.tags, ",")
}
