package discover

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// A register function keeps its argument: a call that passes an adapter
// to a function that only reads it, converts it or returns something
// built from it (io.MultiReader, a formatter, structured.FromJsonChange,
// a constructor of one wrapper value) registers nothing.

// storeKey is a function and the index of one of its parameters.
type storeKey struct {
	fn    *types.Func
	param int
	recv  bool // a store into the receiver counts
}

// registers reports whether callee can be the register function of
// interface tn, given the index of the parameter that carries it: known
// says whether its body was read (else it is judged by its name, as a
// function of a module not analyzed must be).
func (f *finder) registers(callee *types.Func, tn *types.TypeName, param int) (keeps, known bool) {
	if recv := callee.Signature().Recv(); recv != nil && implements(recv.Type(), tn) {
		// A method of a type that is itself an adapter: a composite
		// adding a child (parse.ListNode.append), not a registry.
		return false, true
	}
	if fd, ok := f.funcs[callee]; ok && fd.decl.Body != nil {
		return f.stores(callee, param, depth, true), true
	}
	return strings.Contains(strings.ToLower(callee.Name()), "register"), false
}

// implements reports whether t, or a pointer to it, implements the
// interface named tn.
func implements(t types.Type, tn *types.TypeName) bool {
	it, ok := tn.Type().Underlying().(*types.Interface)
	if !ok || types.IsInterface(t) {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	return types.Implements(t, it) || types.Implements(types.NewPointer(t), it)
}

// storeVerbs are the names of methods that keep their argument in the
// value they are called on (sync.Map.Store, atomic.Value.Store, a list's
// Add).
var storeVerbs = map[string]bool{"Store": true, "LoadOrStore": true, "Swap": true, "Set": true, "Put": true,
	"Add": true, "Append": true, "Push": true, "PushBack": true, "Insert": true}

// stores reports whether fn keeps its parameter param, or a value
// computed from it, beyond the call: assigns it to an element of a map
// or slice, to its receiver's fields or a package-level variable (append
// included), hands it to a storing method of one of those
// (atomicFormats.Store(append(formats, format{...}))), or passes it to a
// function that stores it, depth calls deep.
//
// A store into the receiver counts when recv says so: for the register
// method itself and for a method called on what outlives the call (the
// receiver, a package-level variable), not for one called on a value
// made in the body (newRat().SetFloat64(x) keeps nothing).
func (f *finder) stores(fn *types.Func, param, depth int, recv bool) bool {
	key := storeKey{fn, param, recv}
	if done, ok := f.storing[key]; ok {
		return done
	}
	f.storing[key] = false // a recursive call stores nothing more
	result := f.storesIn(fn, param, depth, recv)
	f.storing[key] = result
	return result
}

func (f *finder) storesIn(fn *types.Func, param, depth int, recvCounts bool) bool {
	fd, ok := f.funcs[fn]
	if !ok || fd.decl.Body == nil || depth < 0 {
		return false
	}
	info := fd.info
	params := fn.Signature().Params()
	if param >= params.Len() {
		return false
	}
	tainted := map[types.Object]bool{params.At(param): true}
	var recv types.Object
	if r := fn.Signature().Recv(); r != nil && recvCounts {
		recv = r
	}
	mentions := func(e ast.Node) bool {
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && tainted[info.Uses[id]] {
				found = true
			}
			return !found
		})
		return found
	}
	// persistent reports an lvalue that outlives the call: an element
	// of a map (a table built to be returned), or one rooted at the
	// receiver or a package-level variable.
	persistent := func(e ast.Expr) bool {
		for {
			switch x := ast.Unparen(e).(type) {
			case *ast.IndexExpr:
				if t := info.TypeOf(x.X); t != nil {
					if _, isMap := t.Underlying().(*types.Map); isMap {
						return true
					}
				}
				e = x.X
			case *ast.SelectorExpr:
				e = x.X
			case *ast.StarExpr:
				e = x.X
			case *ast.Ident:
				obj := info.Uses[x]
				if obj == nil {
					obj = info.Defs[x]
				}
				v, ok := obj.(*types.Var)
				return ok && (recv != nil && v == recv || v.Pkg() != nil && v.Parent() == v.Pkg().Scope())
			default:
				return false
			}
		}
	}
	stored := false
	// Two passes, so that a variable tainted late in the body (a loop)
	// reaches the stores before it.
	for pass := 0; pass < 2 && !stored; pass++ {
		ast.Inspect(fd.decl.Body, func(n ast.Node) bool {
			if stored {
				return false
			}
			switch n := n.(type) {
			case *ast.AssignStmt:
				if !slices.ContainsFunc(n.Rhs, func(e ast.Expr) bool { return mentions(e) }) {
					return true
				}
				for _, lhs := range n.Lhs {
					if persistent(lhs) {
						stored = true
						return false
					}
					if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
						if obj := info.ObjectOf(id); obj != nil {
							tainted[obj] = true
						}
					}
				}
			case *ast.ValueSpec:
				for i, v := range n.Values {
					if mentions(v) && i < len(n.Names) {
						tainted[info.Defs[n.Names[i]]] = true
					}
				}
			case *ast.RangeStmt:
				if mentions(n.X) {
					for _, e := range []ast.Expr{n.Key, n.Value} {
						if id, ok := e.(*ast.Ident); ok {
							if obj := info.ObjectOf(id); obj != nil {
								tainted[obj] = true
							}
						}
					}
				}
			case *ast.CallExpr:
				stored = f.callStores(info, n, mentions, persistent, depth)
			}
			return true
		})
	}
	return stored
}

// callStores reports a call inside a register function's body that keeps
// a tainted argument: a storing method of a persistent value, or a
// function (of the analyzed packages) that stores it; for one whose body
// is not read, a name with "register" in it.
func (f *finder) callStores(info *types.Info, call *ast.CallExpr, mentions func(ast.Node) bool, persistent func(ast.Expr) bool, depth int) bool {
	var args []int
	for i, a := range call.Args {
		if mentions(a) {
			args = append(args, i)
		}
	}
	if len(args) == 0 {
		return false
	}
	sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if isSel && storeVerbs[sel.Sel.Name] && persistent(sel.X) {
		return true
	}
	callee := typeutil.StaticCallee(info, call)
	if callee == nil {
		return false
	}
	callee = callee.Origin()
	if fd, ok := f.funcs[callee]; ok && fd.decl.Body != nil {
		sig := callee.Signature()
		recv := sig.Recv() != nil && isSel && persistent(sel.X)
		for _, i := range args {
			p := min(i, sig.Params().Len()-1)
			if p >= 0 && f.stores(callee, p, depth-1, recv) {
				return true
			}
		}
		return false
	}
	return strings.Contains(strings.ToLower(callee.Name()), "register")
}
