package model

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"

	"github.com/registrylint/registrylint/internal/config"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// candidateCall is a call of a function with a parameter of an adapter
// interface or factory type: a register call if its callee turns out to be
// a register function.
type candidateCall struct {
	call    *ast.CallExpr
	callee  *types.Func
	reg     *Registry
	arg     ast.Expr
	factory bool
	fn      *ast.FuncDecl
	pkgVar  *types.Var // the package-level variable whose initializer holds the call
	stmt    ast.Stmt
	file    *ast.File
	// plain and siblings: see RegisterCall.
	plain    bool
	siblings []ast.Stmt
}

// walkState is what the single inspector walk collects beyond the Model's
// exported lists.
type walkState struct {
	calls []candidateCall
	// rangeLits maps the value variable of a range loop over a composite
	// literal to that literal: registering the variable registers each
	// element.
	rangeLits map[*types.Var]*ast.CompositeLit
	// rangedLits are the literals that range loops iterate over.
	rangedLits map[*ast.CompositeLit]bool
	// varValues holds, for each local variable of an adapter, factory or
	// list type, the expressions assigned to it, so that registering the
	// variable registers what was assigned. A nil entry stands for an
	// assignment that cannot be followed.
	varValues map[*types.Var][]ast.Expr
}

// walk visits the package's syntax once, with a node filter, collecting
// every node the rules need.
func (m *Model) walk(in *inspector.Inspector) {
	st := &walkState{
		rangeLits:  make(map[*types.Var]*ast.CompositeLit),
		rangedLits: make(map[*ast.CompositeLit]bool),
		varValues:  make(map[*types.Var][]ast.Expr),
	}
	m.state = st
	filter := []ast.Node{
		(*ast.File)(nil),
		(*ast.CallExpr)(nil),
		(*ast.CompositeLit)(nil),
		(*ast.SwitchStmt)(nil),
		(*ast.TypeSwitchStmt)(nil),
		(*ast.IfStmt)(nil),
		(*ast.RangeStmt)(nil),
		(*ast.AssignStmt)(nil),
		(*ast.ValueSpec)(nil),
	}
	var file *ast.File
	in.WithStack(filter, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		if f, ok := n.(*ast.File); ok {
			file = f
			return true
		}
		var fn *ast.FuncDecl
		var pkgVar *types.Var
		if len(stack) > 1 {
			fn, _ = stack[1].(*ast.FuncDecl)
			if fn == nil {
				pkgVar = m.initializedVar(stack)
			}
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			m.visitCall(st, n, fn, pkgVar, stack, file)
		case *ast.CompositeLit:
			m.visitList(n, fn, pkgVar, file, stack)
		case *ast.RangeStmt:
			if lit := m.rangedLiteral(st, n.X); lit != nil {
				if id, ok := n.Value.(*ast.Ident); ok {
					if v, ok := m.pass.TypesInfo.Defs[id].(*types.Var); ok {
						st.rangeLits[v] = lit
						st.rangedLits[lit] = true
					}
				}
			}
		case *ast.AssignStmt:
			if fn != nil {
				m.visitAssign(st, n.Lhs, n.Rhs)
			}
		case *ast.ValueSpec:
			if len(n.Values) > 0 {
				lhs := make([]ast.Expr, len(n.Names))
				for i, id := range n.Names {
					lhs[i] = id
				}
				m.visitAssign(st, lhs, n.Values)
			}
		case *ast.SwitchStmt, *ast.TypeSwitchStmt:
			m.Dispatch = append(m.Dispatch, &DispatchNode{Node: n.(ast.Stmt), File: file, Fn: fn})
		case *ast.IfStmt:
			if _, chain := n.Else.(*ast.IfStmt); !chain {
				break
			}
			if parent, ok := stack[len(stack)-2].(*ast.IfStmt); ok && parent.Else == n {
				break // reported at the first if of the chain
			}
			m.Dispatch = append(m.Dispatch, &DispatchNode{Node: n, File: file, Fn: fn})
		}
		return true
	})
}

// rangedLiteral returns the composite literal a range loop iterates over:
// the literal itself, or a local variable assigned only that literal.
func (m *Model) rangedLiteral(st *walkState, x ast.Expr) *ast.CompositeLit {
	switch x := ast.Unparen(x).(type) {
	case *ast.CompositeLit:
		return x
	case *ast.Ident:
		if v, ok := m.pass.TypesInfo.Uses[x].(*types.Var); ok {
			if values := st.varValues[v]; len(values) == 1 {
				lit, _ := values[0].(*ast.CompositeLit)
				return lit
			}
		}
	}
	return nil
}

// visitAssign records what is assigned to local variables that may carry
// adapters (an adapter interface, a factory, or a list of either).
func (m *Model) visitAssign(st *walkState, lhs, rhs []ast.Expr) {
	for i, l := range lhs {
		id, ok := l.(*ast.Ident)
		if !ok {
			continue
		}
		v, ok := m.pass.TypesInfo.ObjectOf(id).(*types.Var)
		if !ok || v.IsField() || !m.carriesAdapters(v.Type()) {
			continue
		}
		switch {
		case len(lhs) == len(rhs):
			st.varValues[v] = append(st.varValues[v], rhs[i])
		case len(rhs) == 1 && i == 0:
			// v, err := f(): what f returns.
			if call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr); ok {
				st.varValues[v] = append(st.varValues[v], call)
				continue
			}
			st.varValues[v] = append(st.varValues[v], nil)
		default:
			st.varValues[v] = append(st.varValues[v], nil)
		}
	}
}

// carriesAdapters reports whether values of type t are adapters, adapter
// factories, or lists of them.
func (m *Model) carriesAdapters(t types.Type) bool {
	if m.registryOf(t) != nil || m.FactoryOf(t) != nil {
		return true
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return m.registryOf(u.Elem()) != nil || m.FactoryOf(u.Elem()) != nil
	case *types.Array:
		return m.registryOf(u.Elem()) != nil || m.FactoryOf(u.Elem()) != nil
	}
	return false
}

// initializedVar returns the package-level variable whose initializer
// holds the node at the end of stack, or nil.
func (m *Model) initializedVar(stack []ast.Node) *types.Var {
	if len(stack) < 4 {
		return nil
	}
	if _, ok := stack[1].(*ast.GenDecl); !ok {
		return nil
	}
	vs, ok := stack[2].(*ast.ValueSpec)
	if !ok {
		return nil
	}
	for i, value := range vs.Values {
		if value == stack[3] && i < len(vs.Names) {
			v, _ := m.pass.TypesInfo.Defs[vs.Names[i]].(*types.Var)
			return v
		}
	}
	return nil
}

func (m *Model) visitCall(st *walkState, call *ast.CallExpr, fn *ast.FuncDecl, pkgVar *types.Var, stack []ast.Node, file *ast.File) {
	callee, _ := typeutil.Callee(m.pass.TypesInfo, call).(*types.Func)
	if callee == nil {
		return
	}
	sig := callee.Signature()
	if t, ok := m.pass.TypesInfo.TypeOf(call.Fun).(*types.Signature); ok && IsGenericMethod(callee) {
		sig = t // a method of a generic type, instantiated: Registry[Compressor].Register
	}
	if sig.Params().Len() == 0 {
		return
	}
	reg, index, factory := m.AdapterParam(sig)
	if reg == nil {
		return
	}
	var stmt ast.Stmt
	var plain bool
	var siblings []ast.Stmt
	if es, ok := stack[len(stack)-2].(*ast.ExprStmt); ok && es.X == call {
		stmt = es
		plain = insertableAfter(stack[:len(stack)-1])
		if len(stack) >= 3 {
			switch b := stack[len(stack)-3].(type) {
			case *ast.BlockStmt:
				siblings = b.List
			case *ast.CaseClause:
				siblings = b.Body
			case *ast.CommClause:
				siblings = b.Body
			}
		}
	}
	args := call.Args[min(index, len(call.Args)):]
	if (!sig.Variadic() || index != sig.Params().Len()-1) && len(args) > 1 {
		args = args[:1]
	}
	for _, arg := range args {
		st.calls = append(st.calls, candidateCall{call: call, callee: callee.Origin(), reg: reg, arg: arg, factory: factory, fn: fn, pkgVar: pkgVar, stmt: stmt, file: file, plain: plain, siblings: siblings})
	}
}

func (m *Model) visitList(lit *ast.CompositeLit, fn *ast.FuncDecl, pkgVar *types.Var, file *ast.File, stack []ast.Node) {
	elem := ListElem(m.pass.TypesInfo, lit)
	if elem == nil {
		return
	}
	reg, factory := m.registryOf(elem), false
	if reg == nil {
		reg, factory = m.FactoryOf(elem), true
	}
	if reg == nil {
		return
	}
	m.Lists = append(m.Lists, &ListLit{Lit: lit, Registry: reg, Factory: factory, Func: fn, pkgVar: pkgVar, File: file, plain: insertableAfter(stack)})
}

// insertableAfter reports whether another registration can be inserted
// after the node at the end of stack (a register call's statement, or a
// literal list) without changing when it runs: a statement must be one of
// a block (the init function's body, or a closure's such as
// once.Do(func() {...})); neither may be inside a loop, a condition, a
// select, a go statement or (for a statement) a composite literal. The
// answer comes from the walk's stack, so no fix has to search the file
// for the node's enclosing path.
func insertableAfter(stack []ast.Node) bool {
	if len(stack) < 2 {
		return false
	}
	node := stack[len(stack)-1]
	_, isStmt := node.(ast.Stmt)
	if _, inBlock := stack[len(stack)-2].(*ast.BlockStmt); isStmt && !inBlock {
		return false
	}
	for i := len(stack) - 2; i >= 0; i-- {
		switch stack[i].(type) {
		case *ast.ForStmt, *ast.RangeStmt, *ast.IfStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt,
			*ast.SelectStmt, *ast.CaseClause, *ast.CommClause, *ast.GoStmt:
			return false
		case *ast.CompositeLit:
			if isStmt {
				return false
			}
		case *ast.FuncDecl:
			return true
		}
	}
	return true
}

// registersOf returns the registries that fn registers adapters of when it
// is a register function: declared here or derived (a helper passing its
// parameter on), declared in another package (a fact), or, for registries
// with no declared register function, named Register or MustRegister.
func (m *Model) registersOf(fn *types.Func) []*Registry {
	if regs, ok := m.registers[fn]; ok {
		return regs
	}
	if m.registerCache == nil {
		m.registerCache = make(map[*types.Func][]*Registry)
	}
	if regs, ok := m.registerCache[fn]; ok {
		return regs
	}
	var regs []*Registry
	var fact RegisterFact
	if fn.Pkg() != m.pass.Pkg && m.pass.ImportObjectFact(fn, &fact) {
		for _, key := range fact.Registries {
			if r := m.registries[key]; r != nil {
				regs = append(regs, r)
			}
		}
	} else if name := fn.Name(); name == "Register" || name == "MustRegister" {
		if r, _, _ := m.AdapterParam(fn.Signature()); r != nil && !m.registerFor[r.Info.Key] {
			regs = append(regs, r)
		}
	}
	m.registerCache[fn] = regs
	return regs
}

// genericRegister reports whether fn, a method of a generic type called
// on an instance whose adapter parameter is of registry reg
// (registry.New[compress.Compressor]() then r.Register("gzip", ...)), is a
// register function of reg: configured as one ("(*path.Registry).Register"),
// or named Register or MustRegister when reg declares none. The package
// that declares the generic type cannot say so (it does not know the
// interface it is instantiated with).
func (m *Model) genericRegister(fn *types.Func, reg *Registry) bool {
	if reg == nil || fn.Pkg() == nil || !IsGenericMethod(fn) {
		return false
	}
	if c := m.configFor(reg.Info.Key); c != nil && len(c.Register) > 0 {
		recv, _ := TypeKey(fn.Signature().Recv().Type())
		for _, name := range c.Register {
			if f, ok := config.ParseFuncName(name); ok && GenericBase(recv) == f.Pkg+"."+f.Recv && f.Name == fn.Name() {
				return true
			}
		}
		return false
	}
	return (fn.Name() == "Register" || fn.Name() == "MustRegister") && !m.registerFor[reg.Info.Key]
}

// deriveRegisterHelpers finds the functions of the package that pass their
// adapter parameter on to a register function: they are register
// functions too (registration helpers), and calls inside them are
// plumbing. It iterates to a fixed point, since helpers call helpers.
func (m *Model) deriveRegisterHelpers() {
	for changed := true; changed; {
		changed = false
		for i := range m.state.calls {
			c := &m.state.calls[i]
			if c.fn == nil || len(m.registersOf(c.callee)) == 0 {
				continue
			}
			id, ok := ast.Unparen(c.arg).(*ast.Ident)
			if !ok {
				continue
			}
			v, ok := m.pass.TypesInfo.Uses[id].(*types.Var)
			if !ok {
				continue
			}
			obj, ok := m.pass.TypesInfo.Defs[c.fn.Name].(*types.Func)
			if !ok || m.inits[obj] != nil || len(m.registers[obj]) > 0 {
				continue
			}
			params := obj.Signature().Params()
			for j := 0; j < params.Len(); j++ {
				if params.At(j) == v {
					m.registers[obj] = []*Registry{c.reg}
					delete(m.registerCache, obj)
					changed = true
					break
				}
			}
		}
	}
}

// classifyCalls keeps the candidate calls whose callee is a register
// function and decides, for each, whether it is inside an init function or
// plumbing.
func (m *Model) classifyCalls() {
	for i := range m.state.calls {
		c := &m.state.calls[i]
		regs := m.registersOf(c.callee)
		if len(regs) == 0 && m.genericRegister(c.callee, c.reg) {
			regs = []*Registry{c.reg}
		}
		if len(regs) == 0 {
			continue
		}
		reg := c.reg
		if !ContainsRegistry(regs, reg) {
			reg = regs[0]
		}
		rc := &RegisterCall{Call: c.call, Callee: c.callee, Registry: reg, Arg: c.arg, Factory: c.factory, Func: c.fn, Stmt: c.stmt, File: c.file, plain: c.plain, Siblings: c.siblings}
		if c.fn != nil {
			if obj, ok := m.pass.TypesInfo.Defs[c.fn.Name].(*types.Func); ok {
				rc.Init = m.inits[obj]
				rc.Plumbing = len(m.registersOf(obj)) > 0 || sameReceiver(obj, c.callee)
			}
		} else if c.pkgVar != nil {
			rc.Init = m.inits[c.pkgVar]
		}
		m.Calls = append(m.Calls, rc)
	}
	if len(m.Lists) == 0 {
		return
	}
	// Registry types: the receiver types of the register methods called.
	registryTypes := make(map[string]bool)
	for _, c := range m.Calls {
		if recv := c.Callee.Signature().Recv(); recv != nil {
			if key, _ := TypeKey(recv.Type()); key != "" {
				registryTypes[key] = true
			}
		}
	}
	for _, l := range m.Lists {
		if l.Func == nil {
			if l.pkgVar != nil {
				l.Init = m.inits[l.pkgVar]
			}
			continue
		}
		if obj, ok := m.pass.TypesInfo.Defs[l.Func.Name].(*types.Func); ok {
			l.Init = m.inits[obj]
			l.Plumbing = len(m.registersOf(obj)) > 0
			if recv := obj.Signature().Recv(); recv != nil {
				if key, _ := TypeKey(recv.Type()); registryTypes[key] {
					l.Plumbing = true
				}
			}
		}
	}
}

// ContainsRegistry reports whether list holds r.
func ContainsRegistry(list []*Registry, r *Registry) bool {
	for _, have := range list {
		if have == r {
			return true
		}
	}
	return false
}

// sameReceiver reports whether two functions are methods of the same named
// type (a registry type forwarding to its own register method).
func sameReceiver(a, b *types.Func) bool {
	ra, rb := a.Signature().Recv(), b.Signature().Recv()
	if ra == nil || rb == nil {
		return false
	}
	ka, _ := TypeKey(ra.Type())
	kb, _ := TypeKey(rb.Type())
	return ka != "" && ka == kb
}

// collectRegistrations gathers the registrations of each init function:
// its register calls and the elements of its adapter list literals, in
// source order, resolved to adapter types.
func (m *Model) collectRegistrations() {
	seen := make(map[string]bool)
	for _, c := range m.Calls {
		if c.Plumbing {
			continue
		}
		c.Types, c.Unresolved = m.resolver.resolve(c.Arg, c.Factory)
		if c.Init != nil {
			c.Init.add(&Registration{Registry: c.Registry, Expr: c.Arg, Call: c, Types: c.Types, Unresolved: c.Unresolved, identity: m.valueIdentity(c.Arg, c.Factory)})
			continue
		}
		// A registration outside the init function that runs in
		// production (not one in a test) keeps fixes from adding a
		// second one.
		if c.Registry.Info.Policy == config.PolicyCentral && !m.IsTestFile(c.Call.Pos()) {
			for _, t := range c.Types {
				if !seen[t] {
					seen[t] = true
					m.Outside = append(m.Outside, OutsideRegistration{Type: t, Posn: m.position(c.Call.Pos())})
				}
			}
		}
	}
	for _, l := range m.Lists {
		if l.Init == nil || l.Plumbing || m.state.rangedLits[l.Lit] {
			continue
		}
		for _, elt := range l.Lit.Elts {
			value := elt
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				value = kv.Value
			}
			r := &Registration{Registry: l.Registry, Expr: value, List: l, Elt: elt, identity: m.valueIdentity(value, l.Factory)}
			r.Types, r.Unresolved = m.resolver.resolve(value, l.Factory)
			l.Init.add(r)
		}
	}
	sort.Slice(m.Outside, func(i, j int) bool { return m.Outside[i].Type < m.Outside[j].Type })
	for _, in := range m.RegistryInits {
		sort.SliceStable(in.Registrations, func(i, j int) bool {
			return PosBefore(m.pass.Fset, in.Registrations[i].Expr.Pos(), in.Registrations[j].Expr.Pos())
		})
	}
}

// valueIdentity returns what tells a registered value apart from another
// of the same type (see [RegistryInit.Duplicates]): "" for one built
// without configuration (T{}, &T{}, new(T), NewT(), a factory function
// named as it is), "var " and the variable for a variable, else the
// expression's text.
func (m *Model) valueIdentity(e ast.Expr, factory bool) string {
	return m.identityAt(e, factory, 0)
}

func (m *Model) identityAt(e ast.Expr, factory bool, depth int) string {
	e = ast.Unparen(e)
	info := m.pass.TypesInfo
	switch x := e.(type) {
	case *ast.CompositeLit:
		if len(x.Elts) == 0 {
			return ""
		}
	case *ast.UnaryExpr:
		if lit, ok := ast.Unparen(x.X).(*ast.CompositeLit); ok && x.Op == token.AND && len(lit.Elts) == 0 {
			return ""
		}
	case *ast.CallExpr:
		if len(x.Args) == 0 || factory {
			return "" // a constructor without arguments; a factory, wrapped or not, builds anew
		}
		if id, ok := x.Fun.(*ast.Ident); ok && info.Uses[id] == types.Universe.Lookup("new") {
			return ""
		}
	case *ast.Ident, *ast.SelectorExpr:
		var id *ast.Ident
		if sel, ok := x.(*ast.SelectorExpr); ok {
			id = sel.Sel
		} else {
			id = x.(*ast.Ident)
		}
		switch obj := info.Uses[id].(type) {
		case *types.Var:
			// A variable assigned one value (in this package) is that
			// value; a range variable over a literal of one element is
			// that element.
			if depth < maxResolveDepth {
				if lit := m.state.rangeLits[obj]; lit != nil && len(lit.Elts) == 1 {
					return m.identityAt(lit.Elts[0], factory, depth+1)
				}
				if values := m.state.varValues[obj]; len(values) == 1 && values[0] != nil && obj.Pkg() == m.pass.Pkg {
					return m.identityAt(values[0], factory, depth+1)
				}
			}
			return fmt.Sprintf("var %p", obj)
		case *types.Func:
			if factory {
				return "" // piper.New, a factory
			}
		}
	}
	return ShortExpr(m.pass.Fset, e)
}

// markConstantNames records, for each registration of a single adapter in
// the package's init functions, whether that adapter is named by a
// constant (see [RegistryInit.Duplicates]). It runs once every name is
// known.
func (m *Model) markConstantNames() {
	if len(m.RegistryInits) == 0 {
		return
	}
	vis := m.VisibleAdapters()
	for _, in := range m.RegistryInits {
		for _, reg := range in.Registrations {
			if len(reg.Types) == 1 {
				if a := vis.ByKey[reg.Types[0]]; a != nil && a.Info.NameKnown && !a.Info.NameFromCall {
					reg.constantName = true
				}
			}
		}
	}
}

func (in *RegistryInit) add(r *Registration) {
	in.Registrations = append(in.Registrations, r)
	in.Registries = appendRegistries(in.Registries, r.Registry)
}

// IsGenericMethod reports a method of a generic type, whose parameters
// are written in its type parameters: a call of it on an instance passes
// values of the instance's type arguments.
func IsGenericMethod(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	if recv == nil {
		return false
	}
	t := types.Unalias(recv.Type())
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	named, ok := t.(*types.Named)
	return ok && (named.TypeParams().Len() > 0 || named.TypeArgs().Len() > 0)
}
