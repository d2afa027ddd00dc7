package model

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/registrylint/registrylint/internal/rules"
)

// findAdapters finds the adapters declared in the package (docs/manual.md, Directives): named,
// non-generic, concrete types outside _test.go files whose value or pointer
// implements a registry's interface, when the registry is declared here or
// in a directly imported package; not decorators, not ignored, not excluded
// by config. Bases are removed later, against every visible adapter.
func (m *Model) findAdapters() {
	var candidates []*Registry
	imports := make(map[string]bool)
	for _, p := range m.pass.Pkg.Imports() {
		imports[p.Path()] = true
	}
	for _, r := range m.Registries {
		if r.Local || imports[r.Obj.Pkg().Path()] {
			candidates = append(candidates, r)
		}
	}
	if len(candidates) == 0 {
		return
	}
	scope := m.pass.Pkg.Scope()
	var objs []*types.TypeName
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() {
			objs = append(objs, tn)
		}
	}
	sort.Slice(objs, func(i, j int) bool { return PosBefore(m.pass.Fset, objs[i].Pos(), objs[j].Pos()) })
	for _, obj := range objs {
		named, ok := obj.Type().(*types.Named)
		if !ok || named.TypeParams().Len() > 0 || types.IsInterface(named) {
			continue
		}
		if m.IsTestFile(obj.Pos()) {
			continue
		}
		var regs []string
		pointer := false
		for _, r := range candidates {
			if !m.mayBeAdapter(obj, r) {
				continue
			}
			// *T's method set holds T's: when *T does not implement
			// the interface, neither does T (one check for most types).
			if !types.Implements(types.NewPointer(named), r.Iface) {
				continue
			}
			if !types.Implements(named, r.Iface) {
				pointer = true
			}
			if isDecorator(named, r) || promotedOnly(obj, r) {
				continue
			}
			regs = append(regs, r.Info.Key)
		}
		if len(regs) == 0 {
			continue
		}
		if m.suppress.Suppressed(rules.Unregistered, obj.Pos()) {
			continue // //registrylint:ignore unregistered: not an adapter
		}
		a := &Adapter{Obj: obj, Info: AdapterInfo{
			Type:        typeKeyOf(obj),
			Pointer:     pointer,
			Registries:  regs,
			Posn:        m.position(obj.Pos()),
			Embeds:      embeddedTypes(named),
			Constructor: m.constructor(obj),
		}}
		m.resolveName(a, m.registries[regs[0]].Info.NameMethod)
		m.Adapters = append(m.Adapters, a)
		if m.adapterByType == nil {
			m.adapterByType = make(map[string]*Adapter)
		}
		m.adapterByType[a.Info.Type] = a
	}
}

func typeKeyOf(obj *types.TypeName) string { return obj.Pkg().Path() + "." + obj.Name() }

// mayBeAdapter applies the config's packages and exclude keys.
func (m *Model) mayBeAdapter(obj *types.TypeName, r *Registry) bool {
	c := m.configFor(r.Info.Key)
	if c == nil {
		return true
	}
	pkg := obj.Pkg().Path()
	if len(c.Packages) > 0 && !slices.ContainsFunc(c.Packages, func(p string) bool { return matchPackage(p, pkg) }) {
		return false
	}
	for _, pat := range c.Exclude {
		subject := obj.Name()
		if strings.Contains(pat, ".") {
			subject = pkg + "." + obj.Name()
		}
		if ok, _ := path.Match(pat, subject); ok {
			return false
		}
	}
	return true
}

// matchPackage matches a go list style pattern: "path" or "path/...".
func matchPackage(pattern, pkg string) bool {
	if pattern == "..." {
		return true
	}
	if prefix, ok := strings.CutSuffix(pattern, "/..."); ok {
		return pkg == prefix || strings.HasPrefix(pkg, prefix+"/")
	}
	return pkg == pattern
}

// isDecorator reports whether the struct type has a field (embedded or
// not) of the registry's interface type or a factory of it: a wrapper
// around another adapter, not an adapter of its own.
func isDecorator(named *types.Named, r *Registry) bool {
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		t := types.Unalias(st.Field(i).Type())
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj() == r.Obj {
			return true
		}
	}
	return false
}

// embeddedTypes returns the keys of the named types a struct embeds.
func embeddedTypes(named *types.Named) []string {
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	var keys []string
	for i := 0; i < st.NumFields(); i++ {
		if f := st.Field(i); f.Embedded() {
			if key, _ := TypeKey(f.Type()); key != "" {
				keys = append(keys, key)
			}
		}
	}
	return keys
}

// constructor returns the name of a package-level function with no
// parameters and one result, T or *T, declared outside _test.go files:
// NewT preferred, then New.
func (m *Model) constructor(obj *types.TypeName) string {
	return constructorIn(obj, func(fn *types.Func) bool { return !m.IsTestFile(fn.Pos()) })
}

// resolveName finds the adapter's name method and decides whether it
// returns one constant. A method promoted from another package is left
// unknown.
func (m *Model) resolveName(a *Adapter, method string) {
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(a.Obj.Type()), true, m.pass.Pkg, method)
	fn, ok := obj.(*types.Func)
	if !ok {
		return
	}
	decl := m.funcDecls[fn]
	if decl == nil || decl.Body == nil {
		return // declared in another package, or without a body
	}
	a.NameMethod = decl
	var value constant.Value
	var why string
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if why != "" {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) != 1 {
				why = "has a return without one result"
				return false
			}
			tv := m.pass.TypesInfo.Types[n.Results[0]]
			if tv.Value == nil || tv.Value.Kind() != constant.String {
				why = fmt.Sprintf("returns %s, which is not a constant", ShortExpr(m.pass.Fset, n.Results[0]))
				return false
			}
			if value != nil && !constant.Compare(value, token.EQL, tv.Value) {
				why = fmt.Sprintf("returns two different constants, %s and %s", value.ExactString(), tv.Value.ExactString())
				return false
			}
			value = tv.Value
		}
		return true
	})
	switch {
	case why != "":
		a.DynamicName = why
	case value != nil:
		a.Info.Name, a.Info.NameKnown = constant.StringVal(value), true
	}
}
