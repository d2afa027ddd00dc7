package scaffold

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"github.com/registrylint/registrylint/internal/model"
)

// Start-up methods are the methods of the interface whose results the
// registry or the program reads as it starts (Caddy's CaddyModule
// returning the ModuleInfo that RegisterModule validates, Prometheus'
// NewDiscovererMetrics whose result is registered at start-up): methods
// that cannot report an error and return something a zero value or nil
// of which the caller would reject or dereference. `registrylint new`
// models their bodies on the nearest sibling's, with the sibling's type
// name, name and package name replaced by the new ones, and copies the
// helpers of the sibling's package they use; the result must type-check,
// or the next sibling is tried.

// isStartup reports whether meth is a start-up method of the interface
// (nameMethod and Description are written from the options): one that
// the registry's own code calls (called) and whose result it would
// reject or dereference as a zero value.
func isStartup(meth *types.Func, nameMethod string, called map[string]bool) bool {
	if meth.Name() == nameMethod || meth.Name() == "Description" || !called[meth.Name()] {
		return false
	}
	res := meth.Signature().Results()
	if res.Len() == 0 {
		return false
	}
	needs := false
	for i := 0; i < res.Len(); i++ {
		t := res.At(i).Type()
		if model.IsError(t) {
			return false
		}
		switch t.Underlying().(type) {
		case *types.Struct, *types.Pointer, *types.Interface, *types.Signature, *types.Chan:
			needs = true
		}
	}
	return needs
}

// modelled is what a sibling lends the new adapter: the declarations of
// its start-up methods rewritten for the new type, and the helpers of
// its package they use.
type modelled struct {
	from    sibling
	methods map[string]string // method name -> declaration
	decls   []string          // copied helpers, in source order
}

// rewriter rewrites code of a sibling for the new adapter.
type rewriter struct {
	s        sibling
	src      []byte
	tf       *token.File
	newType  string
	sibName  string // the sibling's name or ID, "" if unknown
	newKey   string
	newPkg   string // the new package's name
	samePkg  bool   // the new adapter is in the sibling's package
	pkgPath  string // the new package's path
	qual     types.Qualifier
	recvObj  types.Object            // the receiver of the method being rewritten, or nil
	recvName string                  // the new type's receiver
	nameLits map[*ast.BasicLit]bool  // literals that hold the sibling's name in a name field
	copied   map[types.Object]string // helpers to copy -> their new names
	queue    []types.Object
	problems []string
}

// modelOn rewrites the start-up methods of the interface that sibling s
// declares, or returns nil when it declares none of them.
func modelOn(s sibling, sp adapterSpec, methods []*types.Func, qual types.Qualifier) *modelled {
	mo := &modelled{from: s, methods: make(map[string]string)}
	src := s.m.Source(s.obj.Pos())
	if src == nil {
		return nil
	}
	rw := &rewriter{
		s: s, newType: sp.opts.Name, sibName: sp.sibName, newKey: sp.key,
		newPkg: sp.pkgName, samePkg: s.m.Pass().Pkg.Path() == sp.pkgPath, pkgPath: sp.pkgPath,
		qual: qual, copied: make(map[types.Object]string), recvName: sp.recv, nameLits: make(map[*ast.BasicLit]bool),
	}
	info := s.m.Pass().TypesInfo
	for _, meth := range methods {
		decl := methodDecl(s, meth.Name())
		if decl == nil || decl.Body == nil {
			continue
		}
		rw.useFile(decl.Pos())
		// The receiver, when the sibling names it, is the new type's
		// receiver in every method, stubs and modelled alike.
		recv := ""
		rw.recvObj = nil
		if f := decl.Recv.List[0]; len(f.Names) == 1 && f.Names[0].Name != "_" {
			recv = sp.recv + " "
			rw.recvObj = info.Defs[f.Names[0]]
			ast.Inspect(decl, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && id.Name == sp.recv && id != f.Names[0] && info.Uses[id] != rw.recvObj {
					rw.problems = append(rw.problems, "the receiver "+sp.recv+" is taken in "+meth.Name())
				}
				return true
			})
		}
		text := fmt.Sprintf("// %s implements %s, modelled on %s.%s.\nfunc (%s*%s) %s%s\n",
			meth.Name(), model.QualifiedObj(sp.r.Obj, nil), s.obj.Name(), meth.Name(), recv, sp.opts.Name, meth.Name(),
			rw.rewrite(decl.Type.Params.Pos(), decl.Body.End()))
		rw.recvObj = nil
		mo.methods[meth.Name()] = text
	}
	if len(mo.methods) == 0 {
		return nil
	}
	// Copy the helpers the methods use, and those they use in turn.
	done := make(map[ast.Node]bool)
	type piece struct {
		pos  token.Pos
		text string
	}
	var pieces []piece
	for len(rw.queue) > 0 {
		obj := rw.queue[0]
		rw.queue = rw.queue[1:]
		for _, decl := range declsOf(s.m, obj) {
			if done[decl] {
				continue
			}
			done[decl] = true
			start := decl.Pos()
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if d.Doc != nil {
					start = d.Doc.Pos()
				}
			case *ast.GenDecl:
				if d.Doc != nil {
					start = d.Doc.Pos()
				}
			}
			rw.useFile(start)
			pieces = append(pieces, piece{start, rw.rewrite(start, decl.End())})
		}
	}
	sort.SliceStable(pieces, func(i, j int) bool {
		return model.PosBefore(s.m.Pass().Fset, pieces[i].pos, pieces[j].pos)
	})
	for _, p := range pieces {
		mo.decls = append(mo.decls, p.text)
	}
	if len(rw.problems) > 0 {
		return nil
	}
	return mo
}

// useFile makes rw read the file that holds pos.
func (rw *rewriter) useFile(pos token.Pos) {
	rw.tf = rw.s.m.Pass().Fset.File(pos)
	rw.src = rw.s.m.Source(pos)
	if rw.src == nil {
		rw.problems = append(rw.problems, "cannot read "+rw.tf.Name())
	}
}

// rewrite returns the source between pos and end with the sibling's
// names replaced, its package's helpers renamed (and queued for copying
// when the new adapter is in another package) and qualified identifiers
// written as the new file imports them.
func (rw *rewriter) rewrite(pos, end token.Pos) string {
	if rw.src == nil {
		return ""
	}
	info := rw.s.m.Pass().TypesInfo
	pkg := rw.s.m.Pass().Pkg
	type edit struct {
		pos, end token.Pos
		text     string
	}
	var edits []edit
	file := rw.s.m.FileOf(pos)
	if file == nil {
		rw.problems = append(rw.problems, "no syntax")
		return ""
	}
	ast.Inspect(file, func(n ast.Node) bool {
		if n == nil || n.End() <= pos || n.Pos() >= end {
			return false // outside the range
		}
		switch n := n.(type) {
		case *ast.KeyValueExpr:
			// Caddy's ModuleInfo{ID: "http.handlers.file_server"}: the
			// sibling's name in a field that holds a name.
			k, ok := n.Key.(*ast.Ident)
			lit, isLit := n.Value.(*ast.BasicLit)
			if ok && isLit && (k.Name == "ID" || k.Name == "Id" || k.Name == "Name") && rw.sibName != "" {
				if v, err := strconv.Unquote(lit.Value); err == nil && v == rw.sibName {
					rw.nameLits[lit] = true
				}
			}
		case *ast.SelectorExpr:
			id, ok := n.X.(*ast.Ident)
			if !ok {
				return true
			}
			pn, ok := info.Uses[id].(*types.PkgName)
			if !ok {
				return true
			}
			if pn.Imported().Path() == rw.pkgPath {
				edits = append(edits, edit{n.Pos(), n.Sel.Pos(), ""})
			} else {
				edits = append(edits, edit{id.Pos(), id.End(), rw.qual(pn.Imported())})
			}
			return false
		case *ast.Ident:
			obj := info.Uses[n]
			if obj == nil {
				obj = info.Defs[n]
			}
			switch {
			case obj == nil:
			case rw.recvObj != nil && obj == rw.recvObj:
				if n.Name != rw.recvName {
					edits = append(edits, edit{n.Pos(), n.End(), rw.recvName})
				}
			case obj == types.Object(rw.s.obj):
				edits = append(edits, edit{n.Pos(), n.End(), rw.newType})
			case obj.Pkg() == pkg && obj.Parent() == pkg.Scope():
				if c, ok := obj.(*types.Const); ok && rw.sibName != "" && c.Val().Kind() == constant.String && constant.StringVal(c.Val()) == rw.sibName {
					edits = append(edits, edit{n.Pos(), n.End(), strconv.Quote(rw.newKey)})
					break
				}
				if rw.samePkg {
					break
				}
				name, ok := rw.copied[obj]
				if !ok {
					name = rw.rename(obj.Name())
					rw.copied[obj] = name
					rw.queue = append(rw.queue, obj)
				}
				if name != n.Name {
					edits = append(edits, edit{n.Pos(), n.End(), name})
				}
			}
		case *ast.BasicLit:
			if n.Kind != token.STRING {
				return true
			}
			v, err := strconv.Unquote(n.Value)
			if err != nil {
				return true
			}
			if rw.nameLits[n] {
				edits = append(edits, edit{n.Pos(), n.End(), strconv.Quote(rw.newKey)})
			} else if nv := rw.replaceName(v); nv != v {
				edits = append(edits, edit{n.Pos(), n.End(), strconv.Quote(nv)})
			}
		}
		return true
	})
	// Comments name the same things: replace the names in them too.
	for _, cg := range file.Comments {
		for _, c := range cg.List {
			if c.Pos() < pos || c.End() > end {
				continue
			}
			text := c.Text
			for _, obj := range rw.copiedInOrder() {
				text = replaceWord(text, obj.Name(), rw.copied[obj])
			}
			text = replaceWord(text, rw.s.obj.Name(), rw.newType)
			if rw.sibName != "" {
				text = strings.ReplaceAll(text, rw.sibName, rw.newKey)
			}
			text = replaceWord(text, rw.s.m.Pass().Pkg.Name(), rw.newPkg)
			if text != c.Text {
				edits = append(edits, edit{c.Pos(), c.End(), text})
			}
		}
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].pos < edits[j].pos })
	var b strings.Builder
	at := rw.tf.Offset(pos)
	for _, e := range edits {
		if e.pos < pos || e.end > end {
			continue
		}
		b.Write(rw.src[at:rw.tf.Offset(e.pos)])
		b.WriteString(e.text)
		at = rw.tf.Offset(e.end)
	}
	b.Write(rw.src[at:rw.tf.Offset(end)])
	return b.String()
}

// replaceName rewrites a string of the sibling's code that is an
// identifier made of words (a metric's name,
// prometheus_sd_consul_rpc_failures_total): the sibling's name as one of
// its words becomes the new name, so that the two do not collide. Every
// other string is kept as it is: a string equal to the name is something
// else outside a name field (OpenTofu's endpoint key "s3"), and the
// sibling's type or package name in a sentence is prose.
func (rw *rewriter) replaceName(v string) string {
	short := rw.newKey[strings.LastIndexByte(rw.newKey, '.')+1:]
	sibShort := rw.sibName[strings.LastIndexByte(rw.sibName, '.')+1:]
	if sibShort == "" || v == sibShort || v == rw.sibName || strings.IndexFunc(v, func(r rune) bool { return r >= 0x80 || !isWordByte(byte(r)) && !isSeparator(r) }) >= 0 {
		return v
	}
	var b strings.Builder
	for {
		i := strings.Index(v, sibShort)
		if i < 0 {
			b.WriteString(v)
			return b.String()
		}
		j := i + len(sibShort)
		if (i == 0 || isSeparator(rune(v[i-1]))) && (j == len(v) || isSeparator(rune(v[j]))) {
			b.WriteString(v[:i] + short)
		} else {
			b.WriteString(v[:j])
		}
		v = v[j:]
	}
}

// isSeparator reports whether r separates the words of an identifier-like
// string.
func isSeparator(r rune) bool {
	return r == '_' || r == '.' || r == '-' || r == ':' || r == '/'
}

// rename gives a copied helper the new names: consulMetrics becomes
// mythingMetrics.
func (rw *rewriter) rename(name string) string {
	old := rw.s.m.Pass().Pkg.Name()
	if rest, ok := strings.CutPrefix(name, old); ok && len(old) >= 3 {
		return rw.newPkg + rest
	}
	if rest, ok := strings.CutPrefix(name, rw.s.obj.Name()); ok {
		return rw.newType + rest
	}
	return name
}

// declsOf returns the declarations of package-level object obj in m's
// files: its own, and for a type, its methods.
func declsOf(m *Model, obj types.Object) []ast.Node {
	var out []ast.Node
	info := m.Pass().TypesInfo
	for _, f := range m.Pass().Files {
		if strings.HasSuffix(m.Pass().Fset.File(f.Pos()).Name(), "_test.go") {
			continue
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if info.Defs[d.Name] == obj {
					out = append(out, d)
				} else if d.Recv != nil && len(d.Recv.List) == 1 && recvBase(info, d.Recv.List[0].Type) == obj {
					out = append(out, d)
				}
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					switch sp := spec.(type) {
					case *ast.TypeSpec:
						if info.Defs[sp.Name] == obj {
							out = append(out, d)
						}
					case *ast.ValueSpec:
						for _, n := range sp.Names {
							if info.Defs[n] == obj {
								out = append(out, d)
							}
						}
					}
				}
			}
		}
	}
	return out
}

// recvBase returns the type name object of a receiver type expression.
func recvBase(info *types.Info, e ast.Expr) types.Object {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.Ident:
			return info.Uses[x]
		default:
			return nil
		}
	}
}

// typeCheck type-checks the new file src of package pkgPath (with the
// package's other files when it exists among the models), importing
// packages the models loaded, and returns its first error.
func typeCheck(models []*Model, prefer []*Model, pkgPath, name string, src []byte) error {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution)
	if err != nil {
		return err
	}
	files := []*ast.File{f}
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
	// The package's own files, once (it is among prefer and models both
	// when the new adapter joins an existing package), without tests.
	if m := modelOfPath(models, pkgPath); m != nil {
		for _, pf := range m.Pass().Files {
			if m.IsTestFile(pf.Pos()) {
				continue
			}
			fsrc := m.Source(pf.Pos())
			if fsrc == nil {
				return fmt.Errorf("cannot read the files of %s", pkgPath)
			}
			other, err := parser.ParseFile(fset, m.Pass().Fset.File(pf.Pos()).Name(), fsrc, parser.SkipObjectResolution)
			if err != nil {
				return err
			}
			files = append(files, other)
		}
	}
	for _, m := range append(append([]*Model(nil), prefer...), models...) {
		if m == nil {
			continue
		}
		if m.Pass().Pkg.Path() == pkgPath {
			for _, imp := range m.Pass().Pkg.Imports() {
				visit(imp)
			}
			continue
		}
		visit(m.Pass().Pkg)
	}
	delete(byPath, pkgPath)
	// Packages the models did not load (a standard package that no
	// sibling imports) come from source.
	std := importer.ForCompiler(fset, "source", nil)
	conf := types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			// Export data holds only the parts of indirect dependencies
			// that a package uses: those are not complete.
			if p, ok := byPath[path]; ok && p.Complete() {
				return p, nil
			}
			return std.Import(path)
		}),
	}
	var first error
	conf.Error = func(err error) {
		if first == nil {
			first = err
		}
	}
	_, _ = conf.Check(pkgPath, fset, files, nil)
	return first
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// replaceWord replaces the whole-word occurrences of old in text.
func replaceWord(text, old, new string) string {
	if old == "" || old == new {
		return text
	}
	var b strings.Builder
	for {
		i := strings.Index(text, old)
		if i < 0 {
			b.WriteString(text)
			return b.String()
		}
		j := i + len(old)
		if i > 0 && isWordByte(text[i-1]) || j < len(text) && isWordByte(text[j]) {
			b.WriteString(text[:j])
		} else {
			b.WriteString(text[:i] + new)
		}
		text = text[j:]
	}
}

func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// copiedInOrder returns the copied helpers sorted by name.
func (rw *rewriter) copiedInOrder() []types.Object {
	objs := make([]types.Object, 0, len(rw.copied))
	for obj := range rw.copied {
		objs = append(objs, obj)
	}
	sort.Slice(objs, func(i, j int) bool { return objs[i].Name() < objs[j].Name() })
	return objs
}

// calledByRegistry returns the methods of r's interface that the
// registry's own code calls on an adapter: the code of the interface's
// package and of the packages of its register functions, outside tests
// (Caddy's RegisterModule calls CaddyModule, Prometheus' discovery
// package calls NewDiscovererMetrics at start-up; OpenTofu's backend
// package never calls ConfigSchema, which runs only when a user's
// configuration names the backend).
func calledByRegistry(models []*Model, r *model.Registry) map[string]bool {
	pkgs := map[string]bool{r.Obj.Pkg().Path(): true}
	for _, m := range models {
		if m == nil || !m.SeesRegistry() {
			continue
		}
		for _, c := range m.Calls {
			if c.Registry != nil && c.Registry.Info.Key == r.Info.Key && c.Callee != nil && c.Callee.Pkg() != nil {
				pkgs[c.Callee.Pkg().Path()] = true
			}
		}
	}
	methods := make(map[*types.Func]bool)
	for i := 0; i < r.Iface.NumMethods(); i++ {
		methods[r.Iface.Method(i)] = true
	}
	called := make(map[string]bool)
	for p := range pkgs {
		m := modelOfPath(models, p)
		if m == nil {
			continue
		}
		info := m.Pass().TypesInfo
		for _, f := range m.Pass().Files {
			if m.IsTestFile(f.Pos()) {
				continue
			}
			ast.Inspect(f, func(n ast.Node) bool {
				sel, ok := n.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				if s := info.Selections[sel]; s != nil {
					if fn, ok := s.Obj().(*types.Func); ok && methods[fn] {
						called[fn.Name()] = true
					}
				}
				return true
			})
		}
	}
	return called
}
