package model

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"github.com/registrylint/registrylint/internal/config"
	"github.com/registrylint/registrylint/internal/directive"
)

// roleDirectives are the role directives found in doc comments.
type roleDirectives struct {
	adapters  []typeDirective
	registers []funcDirective
	inits     []funcDirective
	varInits  []varDirective // //registrylint:init on a package-level variable
}

type varDirective struct {
	spec *ast.ValueSpec
	d    directive.Directive
}

type typeDirective struct {
	spec *ast.TypeSpec
	d    directive.Directive
}

type funcDirective struct {
	decl *ast.FuncDecl
	d    directive.Directive
}

// collectRoleDirectives reads the doc comments of the package-level
// declarations, records every function declaration, and reports role
// directives on the wrong kind of declaration.
func (m *Model) collectRoleDirectives(placed map[*ast.Comment]bool) roleDirectives {
	var roles roleDirectives
	for _, f := range m.pass.Files {
		skip := !m.cfg.IncludeTests && m.IsTestFile(f.Package)
		for _, decl := range f.Decls {
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				for _, d := range directive.DocDirectives(decl.Doc, placed) {
					switch {
					case skip:
					case d.Verb == directive.VerbRegister:
						roles.registers = append(roles.registers, funcDirective{decl, d})
					case d.Verb == directive.VerbInit:
						roles.inits = append(roles.inits, funcDirective{decl, d})
					default:
						m.badf(d.Pos, d.End, "//registrylint:%s belongs on an interface type declaration, not on a function", d.Verb)
					}
				}
			case *ast.GenDecl:
				var groupDoc []directive.Directive
				if len(decl.Specs) == 1 || decl.Tok != token.TYPE {
					groupDoc = directive.DocDirectives(decl.Doc, placed)
				} else if ds := directive.DocDirectives(decl.Doc, placed); len(ds) > 0 {
					for _, d := range ds {
						m.badf(d.Pos, d.End, "//registrylint:%s on a grouped declaration; put it in the doc comment of one type", d.Verb)
					}
				}
				for _, spec := range decl.Specs {
					ts, isType := spec.(*ast.TypeSpec)
					ds := groupDoc
					if isType {
						ds = append(ds, directive.DocDirectives(ts.Doc, placed)...)
					} else if vs, ok := spec.(*ast.ValueSpec); ok {
						ds = append(ds, directive.DocDirectives(vs.Doc, placed)...)
					}
					for _, d := range ds {
						vs, isValue := spec.(*ast.ValueSpec)
						switch {
						case skip:
						case isValue && decl.Tok == token.VAR && d.Verb == directive.VerbInit && len(vs.Names) == 1:
							roles.varInits = append(roles.varInits, varDirective{vs, d})
						case isValue && decl.Tok == token.VAR && d.Verb == directive.VerbInit:
							m.badf(d.Pos, d.End, "//registrylint:init on a declaration of %d variables; declare the variable that holds the registrations on its own", len(vs.Names))
						case !isType:
							m.badf(d.Pos, d.End, "misplaced //registrylint:%s on a %s declaration", d.Verb, decl.Tok)
						case d.Verb != directive.VerbAdapter:
							m.badf(d.Pos, d.End, "//registrylint:%s belongs on a function or method declaration, not on a type", d.Verb)
						default:
							roles.adapters = append(roles.adapters, typeDirective{ts, d})
						}
					}
				}
			}
		}
	}
	return roles
}

// indexFuncDecls records the declaration of every function and method of
// the package, for resolution through bodies and name methods. It runs
// only in packages where some registry is visible.
func (m *Model) indexFuncDecls() {
	for _, f := range m.pass.Files {
		for _, decl := range f.Decls {
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				if obj, ok := m.pass.TypesInfo.Defs[decl.Name].(*types.Func); ok {
					m.funcDecls[obj] = decl
				}
			case *ast.GenDecl:
				if decl.Tok != token.VAR {
					continue
				}
				for _, spec := range decl.Specs {
					vs := spec.(*ast.ValueSpec)
					for _, id := range vs.Names {
						if obj, ok := m.pass.TypesInfo.Defs[id].(*types.Var); ok {
							if m.varSpecs == nil {
								m.varSpecs = make(map[*types.Var]*ast.ValueSpec)
							}
							m.varSpecs[obj] = vs
						}
					}
				}
			}
		}
	}
}

// badf records a bad directive or configuration entry at [pos, end).
func (m *Model) badf(pos, end token.Pos, format string, args ...any) {
	m.bad = append(m.bad, directive.BadDirective{Pos: pos, End: end, Msg: fmt.Sprintf(format, args...)})
}

// importRegistries adds the registries that imported packages declare.
func (m *Model) importRegistries() {
	facts := m.pass.AllPackageFacts()
	sort.Slice(facts, func(i, j int) bool { return facts[i].Package.Path() < facts[j].Package.Path() })
	for _, pf := range facts {
		fact, ok := pf.Fact.(*PackageFact)
		if !ok {
			continue
		}
		for _, key := range fact.RegisterFor {
			m.registerFor[key] = true
		}
		for _, info := range fact.Registries {
			_, name, _ := config.SplitPkgName(info.Key)
			obj, ok := pf.Package.Scope().Lookup(name).(*types.TypeName)
			if !ok {
				continue
			}
			iface, ok := obj.Type().Underlying().(*types.Interface)
			if !ok {
				continue
			}
			m.addRegistry(&Registry{Info: info, Obj: obj, Iface: iface})
		}
	}
	// One pass over the facts about objects: the registries of indirect
	// imports, which go vet passes on as facts about their interface
	// types only, and the init functions of imported packages.
	var more []*Registry
	m.imported = make(map[string][]InitRef)
	for _, of := range m.pass.AllObjectFacts() {
		switch fact := of.Fact.(type) {
		case *RegistryFact:
			if m.registries[fact.Info.Key] != nil {
				continue
			}
			obj, ok := of.Object.(*types.TypeName)
			if !ok {
				continue
			}
			if iface, ok := obj.Type().Underlying().(*types.Interface); ok {
				more = append(more, &Registry{Info: fact.Info, Obj: obj, Iface: iface})
			}
		case *InitFact:
			obj := of.Object
			if obj == nil || obj.Pkg() == nil || obj.Pkg().Path() == m.pass.Pkg.Path() {
				continue // this package's own, perhaps as seen by its test variant
			}
			for _, key := range fact.Registries {
				m.imported[key] = append(m.imported[key], InitRef{Obj: obj, Registered: fact.Registered})
			}
		}
	}
	for _, refs := range m.imported {
		sort.Slice(refs, func(i, j int) bool {
			a, b := refs[i].Obj, refs[j].Obj
			if a.Pkg().Path() != b.Pkg().Path() {
				return a.Pkg().Path() < b.Pkg().Path()
			}
			return PosBefore(m.pass.Fset, a.Pos(), b.Pos())
		})
	}
	sort.Slice(more, func(i, j int) bool { return more[i].Info.Key < more[j].Info.Key })
	for _, r := range more {
		m.addRegistry(r)
	}
}

func (m *Model) addRegistry(r *Registry) {
	if _, dup := m.registries[r.Info.Key]; dup {
		return
	}
	m.registries[r.Info.Key] = r
	m.Registries = append(m.Registries, r)
}

// configFor returns the config entry of registry key, or nil.
func (m *Model) configFor(key string) *config.RegistryConfig {
	for i := range m.cfg.Registries {
		if m.cfg.Registries[i].Adapter == key {
			return &m.cfg.Registries[i]
		}
	}
	return nil
}

// declareRegistries adds the registries this package declares, by
// directive or by config.
func (m *Model) declareRegistries(roles roleDirectives) {
	path := m.pass.Pkg.Path()
	for _, td := range roles.adapters {
		obj, _ := m.pass.TypesInfo.Defs[td.spec.Name].(*types.TypeName)
		if obj == nil {
			continue
		}
		iface, ok := obj.Type().Underlying().(*types.Interface)
		if !ok {
			m.badf(td.d.Pos, td.d.End, "//registrylint:adapter on %s, which is not an interface type", obj.Name())
			continue
		}
		opts, err := directive.ParseAdapterOptions(td.d.Args)
		if err != nil {
			m.badf(td.d.Pos, td.d.End, "%v", err)
			continue
		}
		info := RegistryInfo{Key: path + "." + obj.Name(), Policy: opts.Policy, NameMethod: opts.NameMethod, Aggregator: opts.Aggregator}
		if c := m.configFor(info.Key); c != nil {
			info = registryInfoFromConfig(c) // the config wins over the directive's options
		}
		m.addRegistry(&Registry{Info: info, Obj: obj, Iface: iface, Local: true})
	}
	for i := range m.cfg.Registries {
		c := &m.cfg.Registries[i]
		pkg, name, _ := config.SplitPkgName(c.Adapter)
		if pkg != path {
			continue
		}
		obj, ok := m.pass.Pkg.Scope().Lookup(name).(*types.TypeName)
		if !ok {
			continue // reported by checkConfigNames
		}
		iface, ok := obj.Type().Underlying().(*types.Interface)
		if !ok {
			continue
		}
		m.addRegistry(&Registry{Info: registryInfoFromConfig(c), Obj: obj, Iface: iface, Local: true})
	}
	for _, r := range m.Registries {
		if c := m.configFor(r.Info.Key); c != nil && len(c.Register) > 0 {
			m.registerFor[r.Info.Key] = true
		}
	}
}

func registryInfoFromConfig(c *config.RegistryConfig) RegistryInfo {
	return RegistryInfo{Key: c.Adapter, Policy: c.Policy, NameMethod: c.NameMethod, Aggregator: c.Aggregator}
}

// lookupRegistry resolves a registry named in a directive: "pkg.Iface",
// "import/path.Iface", or "Iface" for one declared in this package.
func (m *Model) lookupRegistry(ref string) *Registry {
	if r := m.registries[ref]; r != nil {
		return r
	}
	for _, r := range m.Registries {
		if r.Obj.Pkg().Name()+"."+r.Obj.Name() == ref || r.Local && r.Obj.Name() == ref {
			return r
		}
	}
	return nil
}

// declareFuncRoles records the register and init functions declared in
// this package by directive or config.
func (m *Model) declareFuncRoles(roles roleDirectives) {
	for _, fd := range roles.registers {
		obj, _ := m.pass.TypesInfo.Defs[fd.decl.Name].(*types.Func)
		if obj == nil {
			continue
		}
		regs, ok := m.directiveRegistries(fd.d)
		if !ok {
			continue
		}
		if len(regs) == 0 {
			if r, _, _ := m.AdapterParam(obj.Signature()); r != nil {
				regs = []*Registry{r}
			}
		}
		if len(regs) == 0 {
			m.badf(fd.d.Pos, fd.d.End, "//registrylint:register on %s, which has no parameter of an adapter interface or factory type; name the registry: //registrylint:register pkg.Adapter", obj.Name())
			continue
		}
		m.addRegister(obj, regs)
	}
	for _, fd := range roles.inits {
		obj, _ := m.pass.TypesInfo.Defs[fd.decl.Name].(*types.Func)
		if obj == nil {
			continue
		}
		regs, ok := m.directiveRegistries(fd.d)
		if !ok {
			continue
		}
		m.addInit(obj, fd.decl, nil, regs)
	}
	for _, vd := range roles.varInits {
		obj, _ := m.pass.TypesInfo.Defs[vd.spec.Names[0]].(*types.Var)
		if obj == nil {
			continue
		}
		regs, ok := m.directiveRegistries(vd.d)
		if !ok {
			continue
		}
		m.addInit(obj, nil, vd.spec, regs)
	}
	for i := range m.cfg.Registries {
		c := &m.cfg.Registries[i]
		reg := m.registries[c.Adapter]
		if c.Init != "" {
			var regs []*Registry
			if reg != nil {
				regs = append(regs, reg)
			}
			if obj := m.lookupFunc(c.Init); obj != nil && m.funcDecls[obj] != nil {
				m.addInit(obj, m.funcDecls[obj], nil, regs)
			} else if v := m.lookupVar(c.Init); v != nil && m.varSpecs[v] != nil {
				m.addInit(v, nil, m.varSpecs[v], regs)
			}
		}
		for _, name := range c.Register {
			if obj := m.lookupFunc(name); obj != nil {
				regs := []*Registry{}
				if reg != nil {
					regs = append(regs, reg)
				} else if r, _, _ := m.AdapterParam(obj.Signature()); r != nil {
					regs = append(regs, r)
				}
				if len(regs) > 0 {
					m.addRegister(obj, regs)
				}
			}
		}
	}
}

// directiveRegistries resolves the registries named by a directive's
// arguments; ok is false (and a bad directive is recorded) when one is
// unknown.
func (m *Model) directiveRegistries(d directive.Directive) (regs []*Registry, ok bool) {
	for _, arg := range d.Args {
		r := m.lookupRegistry(arg)
		if r == nil {
			m.badf(d.Pos, d.End, "//registrylint:%s names %q, which is not an adapter interface visible here; use pkg.Iface or import/path.Iface of an interface marked //registrylint:adapter", d.Verb, arg)
			return nil, false
		}
		regs = append(regs, r)
	}
	return regs, true
}

func (m *Model) addRegister(obj *types.Func, regs []*Registry) {
	for _, r := range regs {
		m.registerFor[r.Info.Key] = true
	}
	m.registers[obj] = appendRegistries(m.registers[obj], regs...)
}

// addInit records an init function: a function (decl) or a package-level
// variable (spec).
func (m *Model) addInit(obj types.Object, decl *ast.FuncDecl, spec *ast.ValueSpec, regs []*Registry) {
	if in := m.inits[obj]; in != nil {
		in.Registries = appendRegistries(in.Registries, regs...)
		return
	}
	in := &RegistryInit{Decl: decl, Spec: spec, Obj: obj, Registries: regs}
	if decl != nil {
		in.Name = decl.Name
	} else {
		for _, id := range spec.Names {
			if m.pass.TypesInfo.Defs[id] == obj {
				in.Name = id
			}
		}
	}
	m.inits[obj] = in
	m.RegistryInits = append(m.RegistryInits, in)
}

func appendRegistries(list []*Registry, regs ...*Registry) []*Registry {
	for _, r := range regs {
		found := false
		for _, have := range list {
			if have == r {
				found = true
				break
			}
		}
		if !found {
			list = append(list, r)
		}
	}
	return list
}

// lookupFunc finds the function or method of this package named by a
// config entry, or nil.
func (m *Model) lookupFunc(name string) *types.Func {
	fn, ok := config.ParseFuncName(name)
	if !ok || fn.Pkg != m.pass.Pkg.Path() {
		return nil
	}
	scope := m.pass.Pkg.Scope()
	if fn.Recv == "" {
		obj, _ := scope.Lookup(fn.Name).(*types.Func)
		return obj
	}
	tn, ok := scope.Lookup(fn.Recv).(*types.TypeName)
	if !ok {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), true, m.pass.Pkg, fn.Name)
	f, _ := obj.(*types.Func)
	return f
}

// lookupVar finds the package-level variable of this package named by a
// config entry ("path.name"), or nil.
func (m *Model) lookupVar(name string) *types.Var {
	fn, ok := config.ParseFuncName(name)
	if !ok || fn.Pkg != m.pass.Pkg.Path() || fn.Recv != "" {
		return nil
	}
	v, _ := m.pass.Pkg.Scope().Lookup(fn.Name).(*types.Var)
	return v
}

// checkConfigNames reports config entries that name this package but
// nothing in it, at the package clause of its first file.
func (m *Model) checkConfigNames(roles roleDirectives) {
	path := m.pass.Pkg.Path()
	var problems []string
	for i := range m.cfg.Registries {
		c := &m.cfg.Registries[i]
		if pkg, name, _ := config.SplitPkgName(c.Adapter); pkg == path {
			obj, ok := m.pass.Pkg.Scope().Lookup(name).(*types.TypeName)
			if !ok {
				problems = append(problems, fmt.Sprintf("registries[%d].adapter %q: package %s has no type %s", i, c.Adapter, path, name))
			} else if !types.IsInterface(obj.Type()) {
				problems = append(problems, fmt.Sprintf("registries[%d].adapter %q: %s is not an interface type", i, c.Adapter, name))
			}
		}
		check := func(key, name string) {
			fn, _ := config.ParseFuncName(name)
			if fn.Pkg == path && m.lookupFunc(name) == nil {
				problems = append(problems, fmt.Sprintf("registries[%d].%s %q: package %s has no such function or method", i, key, name, path))
			}
		}
		if fn, _ := config.ParseFuncName(c.Init); c.Init != "" && fn.Pkg == path && m.lookupFunc(c.Init) == nil && m.lookupVar(c.Init) == nil {
			problems = append(problems, fmt.Sprintf("registries[%d].init %q: package %s has no such function, method or package-level variable", i, c.Init, path))
		}
		for j, name := range c.Register {
			check(fmt.Sprintf("register[%d]", j), name)
		}
	}
	if len(problems) == 0 || len(m.pass.Files) == 0 {
		return
	}
	first := m.pass.Files[0]
	for _, f := range m.pass.Files[1:] {
		if m.pass.Fset.File(f.Package).Name() < m.pass.Fset.File(first.Package).Name() {
			first = f
		}
	}
	for _, p := range problems {
		key, _, _ := strings.Cut(p, " ")
		if where := m.cfg.Where(key); where != "" {
			p = relativeFile(where) + ": " + p // the place to edit
		}
		m.badf(first.Package, first.Name.End(), "config %s", strings.TrimSpace(p))
	}
}
