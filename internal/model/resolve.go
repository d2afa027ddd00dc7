package model

import (
	"go/ast"
	"go/types"
	"sort"

	"golang.org/x/tools/go/types/typeutil"
)

// maxResolveDepth bounds how many calls deep resolution follows factories
// and constructors.
const maxResolveDepth = 8

// resolver determines which concrete adapter types an expression can
// evaluate to (docs/manual.md, "What a registration registers"). Function results
// are memoised per function; cycles contribute nothing.
type resolver struct {
	m       *Model
	returns map[*types.Func]*ReturnsFact
	active  map[*types.Func]bool
}

func newResolver(m *Model) *resolver {
	return &resolver{m: m, returns: make(map[*types.Func]*ReturnsFact), active: make(map[*types.Func]bool)}
}

// resolve returns the adapter type keys that e, an adapter value or (when
// factory) a function producing one, resolves to, sorted; unresolved
// reports that some of it could not be determined.
func (r *resolver) resolve(e ast.Expr, factory bool) ([]string, bool) {
	set := make(map[string]bool)
	var unresolved bool
	if factory {
		unresolved = r.factory(e, set, 0)
	} else {
		unresolved = r.value(e, set, 0)
	}
	for k := range set {
		if hasTypeParam(k) {
			// An instance of a generic type whose type arguments are
			// the type parameters of a function not called as an
			// instance here: which instance it is, is unknown.
			delete(set, k)
			unresolved = true
		}
	}
	return sortedKeys(set), unresolved
}

// sortedKeys returns the members of set in order, nil when it is empty.
func sortedKeys(set map[string]bool) []string {
	if len(set) == 0 {
		return nil
	}
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// value resolves an adapter-valued expression into set; it reports
// whether some of it is unresolved.
func (r *resolver) value(e ast.Expr, set map[string]bool, depth int) bool {
	if depth > maxResolveDepth {
		return true
	}
	e = ast.Unparen(e)
	info := r.m.pass.TypesInfo
	tv, ok := info.Types[e]
	if !ok {
		return true
	}
	if tv.IsNil() {
		return false
	}
	if key, _ := TypeKey(tv.Type); key != "" && !types.IsInterface(tv.Type) {
		if _, isParam := types.Unalias(tv.Type).(*types.TypeParam); !isParam {
			set[key] = true
			return false
		}
	}
	switch e := e.(type) {
	case *ast.CallExpr:
		if ftv, ok := info.Types[e.Fun]; ok && ftv.IsType() && len(e.Args) == 1 {
			return r.value(e.Args[0], set, depth+1) // a conversion to the interface
		}
		if fn, ok := typeutil.Callee(info, e).(*types.Func); ok {
			return r.funcReturns(fn.Origin(), instanceArgs(info, e.Fun), set, depth+1)
		}
		if r.m.FactoryOf(info.TypeOf(e.Fun)) != nil {
			return r.factory(e.Fun, set, depth+1) // calling a factory value
		}
	case *ast.Ident:
		if v, ok := info.Uses[e].(*types.Var); ok {
			if lit := r.m.state.rangeLits[v]; lit != nil {
				return r.elements(lit, set, depth+1)
			}
			return r.variable(v, false, set, depth+1)
		}
	case *ast.SelectorExpr:
		if v, ok := info.Uses[e.Sel].(*types.Var); ok && isPackageVar(v) {
			return r.variable(v, false, set, depth+1) // pkg.Default
		}
	}
	return true
}

// isPackageVar reports whether v is a package-level variable.
func isPackageVar(v *types.Var) bool {
	return v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
}

// variable resolves a local variable through what is assigned to it; a
// variable with no recorded assignment (a parameter, a range or type
// switch variable) is unresolved.
func (r *resolver) variable(v *types.Var, factory bool, set map[string]bool, depth int) bool {
	if v.Pkg() != r.m.pass.Pkg {
		// A package-level variable of another package: what its
		// package found assigned to it (a fact).
		var f ReturnsFact
		if !isPackageVar(v) || !r.m.pass.ImportObjectFact(v, &f) {
			return true
		}
		for _, k := range f.Types {
			set[k] = true
		}
		return f.Unresolved
	}
	values := r.m.state.varValues[v]
	if len(values) == 0 {
		return true
	}
	unresolved := false
	for _, e := range values {
		switch {
		case e == nil:
			unresolved = true
		case factory:
			unresolved = r.factory(e, set, depth) || unresolved
		default:
			unresolved = r.value(e, set, depth) || unresolved
		}
	}
	return unresolved
}

// elements resolves every element of a literal list.
func (r *resolver) elements(lit *ast.CompositeLit, set map[string]bool, depth int) bool {
	factory := false
	if elem := ListElem(r.m.pass.TypesInfo, lit); elem != nil {
		factory = r.m.FactoryOf(elem) != nil
	}
	unresolved := false
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			elt = kv.Value
		}
		if factory {
			unresolved = r.factory(elt, set, depth) || unresolved
		} else {
			unresolved = r.value(elt, set, depth) || unresolved
		}
	}
	return unresolved
}

// factory resolves a function value that produces adapters: a named
// function or method, a function literal, a conversion, or a call that
// returns a factory (possibly wrapping one passed as an argument).
func (r *resolver) factory(e ast.Expr, set map[string]bool, depth int) bool {
	if depth > maxResolveDepth {
		return true
	}
	e = ast.Unparen(e)
	info := r.m.pass.TypesInfo
	switch e := e.(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.IndexExpr, *ast.IndexListExpr:
		if fn := FuncOf(info, e); fn != nil {
			return r.funcReturns(fn.Origin(), instanceArgs(info, e), set, depth+1)
		}
		if id, ok := e.(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok {
				if lit := r.m.state.rangeLits[v]; lit != nil {
					return r.elements(lit, set, depth+1)
				}
				return r.variable(v, true, set, depth+1)
			}
		}
		if sel, ok := e.(*ast.SelectorExpr); ok {
			if v, ok := info.Uses[sel.Sel].(*types.Var); ok && isPackageVar(v) {
				return r.variable(v, true, set, depth+1)
			}
		}
	case *ast.FuncLit:
		sig, _ := info.TypeOf(e).(*types.Signature)
		return r.bodyReturns(sig, e.Body, set, depth+1)
	case *ast.CallExpr:
		if ftv, ok := info.Types[e.Fun]; ok && ftv.IsType() && len(e.Args) == 1 {
			return r.factory(e.Args[0], set, depth+1) // Factory(f)
		}
		// A call wrapping a factory, e.g. FactoryAdapter(opts, piper.New):
		// what the wrapped factory returns. A generic wrapper's factory may
		// return a concrete adapter (func(...) (*B, error), T inferred as
		// *B): then that type, from the argument or the instantiation.
		wrapped, unresolved := false, false
		for _, arg := range e.Args {
			t := info.TypeOf(arg)
			switch {
			case t == nil:
			case r.m.FactoryOf(t) != nil:
				wrapped = true
				unresolved = r.factory(arg, set, depth+1) || unresolved
			default:
				if key := r.m.ConcreteProducer(t); key != "" {
					wrapped = true
					set[key] = true
				}
			}
		}
		if !wrapped {
			for _, key := range r.m.concreteTypeArgs(e.Fun) {
				wrapped = true
				set[key] = true
			}
		}
		if wrapped {
			return unresolved
		}
		if fn, ok := typeutil.Callee(info, e).(*types.Func); ok {
			return r.funcReturns(fn.Origin(), instanceArgs(info, e.Fun), set, depth+1)
		}
	}
	return true
}

// ConcreteProducer returns the adapter type that a function of type t
// produces when t's results are (T) or (T, error) for a concrete adapter
// type T (or *T) of a visible registry; "" otherwise.
func (m *Model) ConcreteProducer(t types.Type) string {
	sig, ok := t.Underlying().(*types.Signature)
	if !ok {
		return ""
	}
	res := sig.Results()
	if res.Len() == 0 || res.Len() > 2 || res.Len() == 2 && !IsError(res.At(1).Type()) {
		return ""
	}
	return m.concreteAdapterKey(res.At(0).Type())
}

// concreteTypeArgs returns the concrete adapter types among the type
// arguments of the generic function that fun instantiates
// (FactoryAdapter[*B] or FactoryAdapter(fts, f) with T inferred as *B).
func (m *Model) concreteTypeArgs(fun ast.Expr) []string {
	args := instanceArgs(m.pass.TypesInfo, fun)
	var keys []string
	for i := 0; args != nil && i < args.Len(); i++ {
		if key := m.concreteAdapterKey(args.At(i)); key != "" {
			keys = append(keys, key)
		}
	}
	return keys
}

// concreteAdapterKey returns the key of t when it is a concrete named type
// (or a pointer to one) that implements a visible registry's interface.
func (m *Model) concreteAdapterKey(t types.Type) string {
	if types.IsInterface(t) {
		return ""
	}
	if _, isParam := types.Unalias(t).(*types.TypeParam); isParam {
		return ""
	}
	key, _ := TypeKey(t)
	if key == "" {
		return ""
	}
	for _, r := range m.Registries {
		if types.Implements(t, r.Iface) || types.Implements(types.NewPointer(t), r.Iface) {
			return key
		}
	}
	return ""
}

// FuncOf returns the function or method that an identifier, selector or
// instantiation denotes, or nil.
func FuncOf(info *types.Info, e ast.Expr) *types.Func {
	switch e := e.(type) {
	case *ast.IndexExpr:
		return FuncOf(info, e.X)
	case *ast.IndexListExpr:
		return FuncOf(info, e.X)
	case *ast.Ident:
		fn, _ := info.Uses[e].(*types.Func)
		return fn
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[e]; ok {
			fn, _ := sel.Obj().(*types.Func)
			return fn
		}
		fn, _ := info.Uses[e.Sel].(*types.Func)
		return fn
	}
	return nil
}

// funcReturns adds what fn can return (an adapter, or the adapters of the
// factory it returns) to set; args are the type arguments of the instance
// of a generic fn that is called, which replace its type parameters in
// what it returns (nil for a function that is not generic).
func (r *resolver) funcReturns(fn *types.Func, args *types.TypeList, set map[string]bool, depth int) bool {
	f := r.ReturnsOf(fn, depth)
	for _, k := range f.Types {
		set[substituteTypeArgs(k, args)] = true
	}
	return f.Unresolved
}

// instanceArgs returns the type arguments of the instance of a generic
// function that fun denotes (F[A, B], or F with its arguments inferred),
// or nil.
func instanceArgs(info *types.Info, fun ast.Expr) *types.TypeList {
	var id *ast.Ident
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	case *ast.IndexExpr:
		return instanceArgs(info, f.X)
	case *ast.IndexListExpr:
		return instanceArgs(info, f.X)
	}
	if id == nil {
		return nil
	}
	return info.Instances[id].TypeArgs
}

// ReturnsOf computes (in this package) or imports (a fact) what fn returns.
func (r *resolver) ReturnsOf(fn *types.Func, depth int) *ReturnsFact {
	if f, ok := r.returns[fn]; ok {
		return f
	}
	sig := fn.Signature()
	if sig.Results().Len() > 0 {
		t := sig.Results().At(0).Type()
		if key, _ := TypeKey(t); key != "" && !types.IsInterface(t) && sig.Results().At(0).Type().Underlying() != nil {
			if _, isSig := t.Underlying().(*types.Signature); !isSig {
				f := &ReturnsFact{Types: []string{key}}
				r.returns[fn] = f
				return f
			}
		}
	}
	if fn.Pkg() != r.m.pass.Pkg {
		f := new(ReturnsFact)
		if !r.m.pass.ImportObjectFact(fn, f) {
			f.Unresolved = true
		}
		r.returns[fn] = f
		return f
	}
	decl := r.m.funcDecls[fn]
	if decl == nil || decl.Body == nil || depth > maxResolveDepth {
		return &ReturnsFact{Unresolved: true}
	}
	if r.active[fn] {
		return &ReturnsFact{} // a cycle adds nothing new
	}
	r.active[fn] = true
	set := make(map[string]bool)
	unresolved := r.bodyReturns(fn.Signature(), decl.Body, set, depth)
	delete(r.active, fn)
	f := &ReturnsFact{Types: sortedKeys(set), Unresolved: unresolved}
	r.returns[fn] = f
	return f
}

// bodyReturns resolves the return statements of a function body (not
// those of nested function literals) at the result that carries the
// adapter: the first result of an adapter interface, factory or concrete
// type.
func (r *resolver) bodyReturns(sigT *types.Signature, body *ast.BlockStmt, set map[string]bool, depth int) bool {
	info := r.m.pass.TypesInfo
	if sigT == nil || sigT.Results().Len() == 0 {
		return true
	}
	index, factory := -1, false
	for i := 0; i < sigT.Results().Len(); i++ {
		t := sigT.Results().At(i).Type()
		if r.m.registryOf(t) != nil || (!types.IsInterface(t) && !IsError(t)) {
			index = i
			break
		}
		if r.m.FactoryOf(t) != nil {
			index, factory = i, true
			break
		}
	}
	if index < 0 {
		return true
	}
	n := sigT.Results().Len()
	unresolved := false
	ast.Inspect(body, func(node ast.Node) bool {
		switch node := node.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			switch {
			case len(node.Results) == n:
				if factory {
					unresolved = r.factory(node.Results[index], set, depth) || unresolved
				} else {
					unresolved = r.value(node.Results[index], set, depth) || unresolved
				}
			case len(node.Results) == 1 && n > 1:
				// return f(): f's results are ours.
				if call, ok := ast.Unparen(node.Results[0]).(*ast.CallExpr); ok {
					if fn, ok := typeutil.Callee(info, call).(*types.Func); ok {
						unresolved = r.funcReturns(fn.Origin(), instanceArgs(info, call.Fun), set, depth+1) || unresolved
						return false
					}
					// A function value (a field, a variable): its
					// static result, when concrete.
					if tuple, ok := info.TypeOf(call).(*types.Tuple); ok && tuple.Len() == n {
						if t := tuple.At(index).Type(); !types.IsInterface(t) {
							if key, _ := TypeKey(t); key != "" {
								set[key] = true
								return false
							}
						}
					}
				}
				unresolved = true
			default:
				unresolved = true // a bare return of named results
			}
			return false
		}
		return true
	})
	return unresolved
}
