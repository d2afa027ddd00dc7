package discover

import (
	"cmp"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/registrylint/registrylint/internal/config"
	"github.com/registrylint/registrylint/internal/model"
	"github.com/registrylint/registrylint/internal/stdlib"
)

// Shapes of registries, as [Candidate.Shape] names them.
const (
	ShapeCalls = "register calls gathered in one function"
	ShapeList  = "a literal list of adapters in one function"
	ShapeVar   = "a literal list of adapters held by a package-level variable"
	ShapeSelf  = "register calls in func init() of the adapters' own files"
)

// Candidate is a registry found from its shape.
type Candidate struct {
	Iface  *types.TypeName
	Shape  string
	Policy string // config.PolicyCentral or config.PolicySelf
	// Init is the init function (policy central), or InitVar the
	// package-level variable whose initializer is the literal list.
	Init    *types.Func
	InitVar *types.Var
	// Register is the register function whose calls were counted (nil
	// for a literal list).
	Register *types.Func
	// Aggregator is the package that blank-imports the adapter packages
	// (policy self), "" when none does.
	Aggregator string
	// Registrations are the registrations found; Distinct counts the
	// different adapters (or, unresolved, expressions) they register.
	Registrations []Site
	Distinct      int
	// External reports an interface or register function declared
	// outside the analyzed packages (stronger evidence was required).
	External bool
	// Confidence is "high" or "medium".
	Confidence string

	f *finder
}

// Key returns "path.Name" of the candidate's interface.
func (c *Candidate) Key() string { return c.Iface.Pkg().Path() + "." + c.Iface.Name() }

// initName returns the full name of the init function or variable, ""
// when there is none (policy self).
func (c *Candidate) initName() string {
	switch {
	case c.Init != nil:
		return c.Init.FullName()
	case c.InitVar != nil:
		return c.InitVar.Pkg().Path() + "." + c.InitVar.Name()
	}
	return ""
}

// Thresholds of the evidence a shape needs: the different adapters (resolved
// types, never nil or an unresolved value) that it registers. Two are
// enough where the shape is unambiguous (a literal of the interface type,
// a register function whose body keeps its argument); a register function
// whose body is not among the analyzed packages is known by its name
// only, and needs three.
const (
	minDistinct         = 2
	minDistinctExternal = 3
)

// Find returns the registries that the evidence of the analyzed packages
// shows, one per interface, sorted by interface.
func Find(evs []*Evidence) []*Candidate {
	f := &finder{analyzed: make(map[string]bool), funcs: make(map[*types.Func]funcDecl), vars: make(map[*types.Var]varInit),
		blank: make(map[string][]string), testTypes: make(map[string]bool), storing: make(map[storeKey]bool)}
	byIface := make(map[*types.TypeName]*group)
	get := func(tn *types.TypeName) *group {
		g := byIface[tn]
		if g == nil {
			g = &group{}
			byIface[tn] = g
		}
		return g
	}
	for _, ev := range evs {
		if ev == nil {
			continue
		}
		f.analyzed[ev.Pkg.Path()] = true
		f.blank[ev.Pkg.Path()] = ev.BlankImports
		for fn, decl := range ev.Funcs {
			f.funcs[fn] = funcDecl{decl, ev.Info}
		}
		for v, e := range ev.Vars {
			f.vars[v] = varInit{e, ev.Info}
		}
		for k := range ev.TestTypes {
			f.testTypes[k] = true
		}
	}
	for _, ev := range evs {
		if ev == nil {
			continue
		}
		for _, c := range ev.Calls {
			if !c.Plumbing {
				g := get(c.Iface)
				g.calls = append(g.calls, c)
			}
		}
		for _, l := range ev.Lists {
			g := get(l.Iface)
			g.lists = append(g.lists, l)
		}
	}
	var out []*Candidate
	for tn, g := range byIface {
		if c := f.best(tn, g); c != nil {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b *Candidate) int { return strings.Compare(a.Key(), b.Key()) })
	return out
}

// group is the evidence about one interface.
type group struct {
	calls []*CallSite
	lists []*ListSite
}

type funcDecl struct {
	decl *ast.FuncDecl
	info *types.Info
}

type varInit struct {
	expr ast.Expr
	info *types.Info
}

type finder struct {
	analyzed  map[string]bool
	funcs     map[*types.Func]funcDecl
	vars      map[*types.Var]varInit // package-level variables' initializers
	blank     map[string][]string    // blank imports by package path
	testTypes map[string]bool        // see Evidence.TestTypes
	storing   map[storeKey]bool      // memo of stores
	resolved  map[*types.Func][]string
}

// best returns the strongest shape that the evidence about interface tn
// has, or nil.
func (f *finder) best(tn *types.TypeName, g *group) *Candidate {
	path := tn.Pkg().Path()
	// A path without a dot is the standard library's, unless the package
	// is one of those analyzed: the user's own module may have a dotless
	// path ("module myapp").
	if stdlib.IsPath(path) && !f.analyzed[path] || isOptionName(tn.Name()) || !tn.Exported() {
		return nil // an unexported interface has no adapters in other packages
	}
	ifaceExternal := !f.analyzed[path]
	var cands []*Candidate
	byCallee := make(map[*types.Func][]*CallSite)
	for _, c := range g.calls {
		byCallee[c.Callee] = append(byCallee[c.Callee], c)
	}
	for callee, calls := range byCallee {
		if deniedCallee(callee.Name()) || calls[0].CalleeTestHelper {
			continue
		}
		keeps, known := f.registers(callee, tn, calls[0].Param)
		if !keeps {
			continue // a converter, a formatter, a composite's append
		}
		external := ifaceExternal || callee.Pkg() == nil || !f.analyzed[callee.Pkg().Path()]
		need := minDistinct
		if !known {
			need = minDistinctExternal
		}
		var inits []*CallSite
		byFunc := make(map[*types.Func][]*CallSite)
		others := 0
		for _, c := range calls {
			switch {
			case c.TestHelper:
				// A test helper neither registers nor outweighs the
				// init function.
			case c.PackageInit:
				inits = append(inits, c)
			case c.Func != nil:
				byFunc[c.Func] = append(byFunc[c.Func], c)
				others++
			}
		}
		// Central: the function that registers the most different
		// adapters (then the most calls), not a func init().
		var top *types.Func
		topDistinct := 0
		for fn, cs := range byFunc {
			d := f.distinctCalls(cs)
			if top == nil || d > topDistinct || d == topDistinct && (len(cs) > len(byFunc[top]) || len(cs) == len(byFunc[top]) && fn.FullName() < top.FullName()) {
				top, topDistinct = fn, d
			}
		}
		if top != nil && 2*len(byFunc[top]) >= others && len(byFunc[top]) >= len(inits) && topDistinct >= need {
			cands = append(cands, &Candidate{Iface: tn, Shape: ShapeCalls, Policy: config.PolicyCentral, Init: top, Register: callee,
				Registrations: callSites(byFunc[top]), Distinct: topDistinct, External: external})
		}
		// Self: calls in the func init() of several files (not of
		// packages of test helpers: a fake registering itself).
		if len(inits) >= 2 && len(inits) >= others && files(inits) >= 2 {
			if d := f.distinctCalls(inits); d >= need {
				c := &Candidate{Iface: tn, Shape: ShapeSelf, Policy: config.PolicySelf, Register: callee,
					Registrations: callSites(inits), Distinct: d, External: external}
				c.Aggregator = f.aggregator(inits, tn, callee)
				cands = append(cands, c)
			}
		}
	}
	for _, l := range g.lists {
		if l.PackageInit || l.TestHelper || l.FanOut || l.Func == nil && l.Var == nil {
			continue
		}
		if d, sites := f.distinctList(l); d >= minDistinct {
			shape := ShapeList
			if l.Var != nil {
				shape = ShapeVar
			}
			cands = append(cands, &Candidate{Iface: tn, Shape: shape, Policy: config.PolicyCentral, Init: l.Func, InitVar: l.Var,
				Registrations: sites, Distinct: d, External: ifaceExternal})
		}
	}
	if len(cands) == 0 {
		return nil
	}
	rank := map[string]int{ShapeCalls: 0, ShapeList: 1, ShapeVar: 1, ShapeSelf: 2}
	slices.SortStableFunc(cands, func(a, b *Candidate) int {
		return cmp.Or(cmp.Compare(b.Distinct, a.Distinct), cmp.Compare(rank[a.Shape], rank[b.Shape]),
			strings.Compare(a.initName()+funcName(a.Register), b.initName()+funcName(b.Register)))
	})
	best := cands[0]
	best.f = f
	best.Confidence = "medium"
	if !best.External && best.Distinct >= 3 {
		best.Confidence = "high"
	}
	return best
}

func funcName(fn *types.Func) string {
	if fn == nil {
		return ""
	}
	return fn.FullName()
}

// aggregator returns the package that blank-imports the packages of the
// self-registration calls (other than the interface's and the register
// function's own packages), "" when none does.
func (f *finder) aggregator(inits []*CallSite, tn *types.TypeName, callee *types.Func) string {
	var pkgs []string
	for _, c := range inits {
		p := c.ev.Pkg.Path()
		if p != tn.Pkg().Path() && (callee.Pkg() == nil || p != callee.Pkg().Path()) && !slices.Contains(pkgs, p) {
			pkgs = append(pkgs, p)
		}
	}
	return model.InferAggregator(f.blank, pkgs)
}

// files returns the number of files the calls are in.
func files(calls []*CallSite) int {
	seen := make(map[string]bool)
	for _, c := range calls {
		seen[c.ev.Fset.Position(c.Pos).Filename] = true
	}
	return len(seen)
}

func callSites(calls []*CallSite) []Site {
	out := make([]Site, len(calls))
	for i, c := range calls {
		out[i] = c.Site
	}
	return out
}

// distinctCalls counts the different adapters that the calls register.
func (f *finder) distinctCalls(calls []*CallSite) int {
	seen := make(map[string]bool)
	for _, c := range calls {
		for _, id := range f.identities(c.ev.Info, c.Arg) {
			seen[id] = true
		}
	}
	return len(seen)
}

// depth is how many calls deep resolution follows function bodies and
// the initializers of package-level variables.
const depth = 5

// distinctList counts the different adapters that the elements of a list
// are, and returns a site per element.
func (f *finder) distinctList(l *ListSite) (int, []Site) {
	seen := make(map[string]bool)
	var sites []Site
	for _, elt := range l.Lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			elt = kv.Value
		}
		for _, id := range f.identities(l.ev.Info, elt) {
			seen[id] = true
		}
		s := l.Site
		s.Pos = elt.Pos()
		sites = append(sites, s)
	}
	return len(seen), sites
}

// identities returns what an argument registers: the concrete types it
// resolves to. Only they count as different adapters: nil, or a value
// whose type cannot be told, is none (a test helper called with one
// adapter and nil registers one).
func (f *finder) identities(info *types.Info, e ast.Expr) []string {
	var keys []string
	for _, k := range f.resolve(info, e, depth) {
		if !strings.Contains(k, "$") { // a type parameter left: unresolved
			keys = append(keys, k)
		}
	}
	return keys
}

// resolve returns the concrete named types that e evaluates to (or, for a
// factory, returns), following function bodies up to depth calls deep.
func (f *finder) resolve(info *types.Info, e ast.Expr, depth int) []string {
	if depth < 0 || info == nil {
		return nil
	}
	e = ast.Unparen(e)
	if t := info.TypeOf(e); t != nil && !types.IsInterface(t) {
		if _, isFunc := t.Underlying().(*types.Signature); !isFunc {
			if k := typeKey(t); k != "" {
				return []string{k}
			}
		}
	}
	switch e := e.(type) {
	case *ast.UnaryExpr:
		return f.resolve(info, e.X, depth)
	case *ast.FuncLit:
		return f.returns(info, e.Body, depth)
	case *ast.Ident, *ast.SelectorExpr:
		switch obj := info.Uses[identOf(e)].(type) {
		case *types.Func:
			return f.resolveFunc(obj, depth)
		case *types.Var:
			// A package-level variable: what its initializer holds.
			if vi, ok := f.vars[obj]; ok {
				return f.resolve(vi.info, vi.expr, depth-1)
			}
		}
	case *ast.CallExpr:
		id := identOf(e.Fun)
		if fn, ok := info.Uses[id].(*types.Func); ok {
			keys := f.resolveFunc(fn, depth-1)
			if inst, ok := info.Instances[id]; ok {
				// An instance of a generic function: its type
				// arguments in the keys of what its body returns.
				for i, k := range keys {
					keys[i] = model.SubstituteTypeArgs(k, inst.TypeArgs)
				}
			}
			if len(keys) > 0 {
				return keys
			}
		}
		// A wrapper of a factory: FactoryAdapter(opts, piper.New).
		var keys []string
		for _, arg := range e.Args {
			if t := info.TypeOf(arg); t != nil {
				if _, isFunc := t.Underlying().(*types.Signature); isFunc {
					keys = append(keys, f.resolve(info, arg, depth-1)...)
				}
			}
		}
		return keys
	}
	return nil
}

// resolveFunc returns the concrete types that fn returns first, once per
// function (the first depth it is followed at decides).
func (f *finder) resolveFunc(fn *types.Func, depth int) []string {
	if keys, ok := f.resolved[fn]; ok {
		return slices.Clone(keys)
	}
	if f.resolved == nil {
		f.resolved = make(map[*types.Func][]string)
	}
	f.resolved[fn] = nil // a recursive function returns nothing more
	keys := f.resolveFuncBody(fn, depth)
	f.resolved[fn] = keys
	return slices.Clone(keys)
}

func (f *finder) resolveFuncBody(fn *types.Func, depth int) []string {
	res := fn.Signature().Results()
	if res.Len() == 0 {
		return nil
	}
	if t := res.At(0).Type(); !types.IsInterface(t) {
		if k := typeKey(t); k != "" {
			return []string{k}
		}
	}
	fd, ok := f.funcs[fn.Origin()]
	if !ok || fd.decl.Body == nil {
		return nil
	}
	return f.returns(fd.info, fd.decl.Body, depth-1)
}

// returns resolves the first result of the return statements of body
// (not those of nested function literals).
func (f *finder) returns(info *types.Info, body *ast.BlockStmt, depth int) []string {
	var keys []string
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) > 0 {
				for _, k := range f.resolve(info, n.Results[0], depth) {
					if !slices.Contains(keys, k) {
						keys = append(keys, k)
					}
				}
			}
		}
		return true
	})
	return keys
}

// identOf returns the identifier that names what e refers to.
func identOf(e ast.Expr) *ast.Ident {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e
	case *ast.SelectorExpr:
		return e.Sel
	case *ast.IndexExpr:
		return identOf(e.X)
	case *ast.IndexListExpr:
		return identOf(e.X)
	}
	return nil
}

// isOptionName reports an interface named like a functional option.
func isOptionName(name string) bool {
	for _, suffix := range []string{"Option", "Options", "Opt", "Opts"} {
		if strings.HasSuffix(name, suffix) {
			return true
		}
	}
	return false
}

// deniedCallee reports callee names that subscribe or route rather than
// register: event buses, middleware, routing tables.
func deniedCallee(name string) bool {
	switch name {
	case "Handle", "HandleFunc", "Subscribe", "Unsubscribe", "Use", "AddListener", "AddHandler", "Watch", "Listen":
		return true
	}
	return len(name) > 2 && strings.HasPrefix(name, "On") && name[2] >= 'A' && name[2] <= 'Z'
}
