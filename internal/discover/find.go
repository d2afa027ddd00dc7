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
	ShapeSelf  = "register calls in func init() of the adapters' own files"
)

// Candidate is a registry found from its shape.
type Candidate struct {
	Iface  *types.TypeName
	Shape  string
	Policy string // config.PolicyCentral or config.PolicySelf
	// Init is the init function (policy central).
	Init *types.Func
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
}

// Key returns "path.Name" of the candidate's interface.
func (c *Candidate) Key() string { return c.Iface.Pkg().Path() + "." + c.Iface.Name() }

// Thresholds of the evidence a shape needs.
const (
	minDistinct         = 2 // different adapters registered in the shape
	minDistinctExternal = 3 // the same for an interface or register function declared elsewhere
)

// Find returns the registries that the evidence of the analyzed packages
// shows, one per interface, sorted by interface.
func Find(evs []*Evidence) []*Candidate {
	f := &finder{analyzed: make(map[string]bool), funcs: make(map[*types.Func]funcDecl), blank: make(map[string][]string)}
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

type finder struct {
	analyzed map[string]bool
	funcs    map[*types.Func]funcDecl
	blank    map[string][]string // blank imports by package path
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
		if deniedCallee(callee.Name()) {
			continue
		}
		external := ifaceExternal || callee.Pkg() == nil || !f.analyzed[callee.Pkg().Path()]
		if external && !strings.Contains(strings.ToLower(callee.Name()), "register") {
			continue
		}
		need := minDistinct
		if external {
			need = minDistinctExternal
		}
		var inits []*CallSite
		byFunc := make(map[*types.Func][]*CallSite)
		others := 0
		for _, c := range calls {
			switch {
			case c.PackageInit:
				inits = append(inits, c)
			case c.Func != nil:
				byFunc[c.Func] = append(byFunc[c.Func], c)
				others++
			}
		}
		// Central: most calls in one function that is not a func init().
		var top *types.Func
		for fn, cs := range byFunc {
			if top == nil || len(cs) > len(byFunc[top]) || len(cs) == len(byFunc[top]) && fn.FullName() < top.FullName() {
				top = fn
			}
		}
		if top != nil && 2*len(byFunc[top]) >= others && len(byFunc[top]) >= len(inits) {
			sites := byFunc[top]
			if d := f.distinctCalls(sites); d >= need {
				cands = append(cands, &Candidate{Iface: tn, Shape: ShapeCalls, Policy: config.PolicyCentral, Init: top, Register: callee,
					Registrations: callSites(sites), Distinct: d, External: external})
			}
		}
		// Self: calls in the func init() of several files.
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
		if l.PackageInit || l.Func == nil {
			continue
		}
		need := minDistinct
		if ifaceExternal {
			need = minDistinctExternal
		}
		if d, sites := f.distinctList(l); d >= need {
			cands = append(cands, &Candidate{Iface: tn, Shape: ShapeList, Policy: config.PolicyCentral, Init: l.Func,
				Registrations: sites, Distinct: d, External: ifaceExternal})
		}
	}
	if len(cands) == 0 {
		return nil
	}
	rank := map[string]int{ShapeCalls: 0, ShapeList: 1, ShapeSelf: 2}
	slices.SortStableFunc(cands, func(a, b *Candidate) int {
		return cmp.Or(cmp.Compare(b.Distinct, a.Distinct), cmp.Compare(rank[a.Shape], rank[b.Shape]),
			strings.Compare(funcName(a.Init)+funcName(a.Register), funcName(b.Init)+funcName(b.Register)))
	})
	best := cands[0]
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
// resolves to, else the expression itself (two different expressions
// count as two adapters).
func (f *finder) identities(info *types.Info, e ast.Expr) []string {
	if keys := f.resolve(info, e, 3); len(keys) > 0 {
		return keys
	}
	return []string{"expr:" + types.ExprString(e)}
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
		if fn, ok := info.Uses[identOf(e)].(*types.Func); ok {
			return f.resolveFunc(fn, depth)
		}
	case *ast.CallExpr:
		if fn, ok := info.Uses[identOf(e.Fun)].(*types.Func); ok {
			if keys := f.resolveFunc(fn, depth-1); len(keys) > 0 {
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

// resolveFunc returns the concrete types that fn returns first.
func (f *finder) resolveFunc(fn *types.Func, depth int) []string {
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
