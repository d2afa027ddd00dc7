package analyzer

import (
	"github.com/registrylint/registrylint/internal/config"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Policy self (docs/manual.md, Policies): each adapter package registers its own adapters in
// its own func init(), and an aggregator blank-imports every adapter
// package. These are the per-package checks of that policy; the
// whole-program check (adapter packages nothing imports) is in
// CheckProgram.

// isPackageInit reports whether decl is a func init() of its package.
func isPackageInit(decl *ast.FuncDecl) bool {
	return decl != nil && decl.Recv == nil && decl.Name.Name == "init"
}

// checkSelfRegistration reports, for registries under policy self, the
// package's adapters that no init() of the package registers
// (unregistered, at the type), and registrations outside an init() of the
// registered adapter's own package (outside-init).
func checkSelfRegistration(rep *reporter, m *Model) {
	registered := make(map[string]bool)
	for _, c := range m.Calls {
		if c.Registry.Info.Policy != config.PolicySelf || c.Plumbing {
			continue
		}
		if !isPackageInit(c.Func) {
			rep.report(RuleOutsideInit, c.Call.Pos(), c.Call.End(), nil,
				"%s registers a %s outside func init() (policy self); register adapters in an init() of their own package",
				shortExpr(m.pass.Fset, c.Call.Fun), qualifiedObj(c.Registry.Obj, m.pass.Pkg))
			continue
		}
		var foreign []string
		for _, k := range c.Types {
			if p, _, _ := config.SplitPkgName(k); p != m.pass.Pkg.Path() {
				foreign = append(foreign, m.typeString(k, false))
			} else {
				registered[k] = true
			}
		}
		if len(foreign) > 0 {
			rep.report(RuleOutsideInit, c.Call.Pos(), c.Call.End(), nil,
				"%s registers %s of another package (policy self); register it in an init() of its own package",
				shortExpr(m.pass.Fset, c.Call.Fun), strings.Join(foreign, ", "))
		}
	}
	if len(m.Adapters) == 0 {
		return
	}
	vis := m.visibleAdapters()
	for _, a := range m.Adapters {
		if vis.bases[a.Info.Type] {
			continue
		}
		for _, key := range a.Info.Registries {
			r := m.registries[key]
			if r == nil || r.Info.Policy != config.PolicySelf || registered[a.Info.Type] {
				continue
			}
			hint, fix := selfRegistration(m, r, a)
			rep.report(RuleUnregistered, a.Obj.Pos(), a.Obj.Pos()+token.Pos(len(a.Obj.Name())), fix,
				"adapter %s implements %s but no init() of its package registers it (policy self); %s",
				m.typeString(a.Info.Type, a.Info.Pointer), qualifiedObj(r.Obj, m.pass.Pkg), hint)
		}
	}
}

// selfRegistration says what to add, and the fix that adds it after the
// adapter's type: a func init() with a register call like the package's
// own self-registrations (registerCollector("disk", defaultEnabled,
// NewDiskCollector) after registerCollector("loadavg", defaultEnabled,
// NewLoadavgCollector)); else "add func init() { sql.Register(PG{}) }"
// when a register function that takes the adapter alone is known (no
// fix: no registration to imitate); else in words.
func selfRegistration(m *Model, r *Registry, a *Adapter) (string, []analysis.SuggestedFix) {
	if call := m.siblingRegistration(r, a); call != "" {
		text := "func init() { " + call + " }"
		fix := m.insertAfterType(a, "func init() {\n\t"+call+"\n}")
		if fix == nil {
			return "add " + text + " (no automatic fix: its declaration cannot be edited here)", nil
		}
		return "add " + text, fix
	}
	ctor := instanceExpr(&visibleAdapter{Info: a.Info, Local: a, Pkg: m.pass.Pkg}, "")
	for _, fn := range packageRegisterFuncs(m, r) {
		if args, ok := selfRegisterArgs(m, fn, a, ctor); ok {
			return "add func init() { " + qualifiedObj(fn, m.pass.Pkg) + "(" + args + ") } (no automatic fix: no self-registration in the package to imitate)", nil
		}
	}
	return "register " + ctor + " in a func init() of its package (no automatic fix: no self-registration in the package to imitate)", nil
}

// siblingRegistration returns the register call that registers a as a
// self-registration of another adapter of r in the package registers that
// one (the one whose type is named most like a's, the last on a tie): the
// same call, with a's value in the form of the sibling's (instance or
// factory) and, where the sibling's name is a string argument, a's name;
// "" when there is none to imitate.
func (m *Model) siblingRegistration(r *Registry, a *Adapter) string {
	best, bestFit := "", -1
	for _, c := range m.selfCallShapes(r) {
		if c.Types[0] == a.Info.Type {
			continue
		}
		// The sibling named most like a wins (diskCollector imitates
		// loadavgCollector, not a type with no common affix).
		if call, fit, ok := m.registrationLike(c, a); ok && fit >= bestFit {
			best, bestFit = call, fit
		}
	}
	return best
}

// selfCallShapes returns the package's self-registrations of one adapter
// of r in a func init(), one per shape (the callee, the other arguments,
// and how the name argument derives from the sibling's type name: all of
// node_exporter's registerCollector("loadavg", defaultEnabled,
// NewLoadavgCollector) calls are two or three shapes), the last of each
// in source order. Computed once per registry, so that an unregistered
// adapter costs the number of shapes, not of the package's registrations.
func (m *Model) selfCallShapes(r *Registry) []*RegisterCall {
	if calls, ok := m.selfShapes[r]; ok {
		return calls
	}
	var order []string
	last := make(map[string]*RegisterCall)
	for _, c := range m.Calls {
		if c.Registry != r || c.Plumbing || !isPackageInit(c.Func) || len(c.Types) != 1 || c.Unresolved || m.isTestFile(c.Call.Pos()) {
			continue
		}
		if p, _, _ := config.SplitPkgName(c.Types[0]); p != m.pass.Pkg.Path() {
			continue
		}
		key := m.callShape(c)
		if _, seen := last[key]; !seen {
			order = append(order, key)
		}
		last[key] = c
	}
	calls := make([]*RegisterCall, 0, len(order))
	for _, key := range order {
		calls = append(calls, last[key])
	}
	// Source order of the representatives, as the loop over m.Calls
	// would meet them: the last of equal fit still wins.
	sort.SliceStable(calls, func(i, j int) bool { return posBefore(m.pass.Fset, calls[i].Call.Pos(), calls[j].Call.Pos()) })
	if m.selfShapes == nil {
		m.selfShapes = make(map[*Registry][]*RegisterCall)
	}
	m.selfShapes[r] = calls
	return calls
}

// callShape describes what registrationLike makes of sibling call c,
// whatever the adapter: the callee, each argument's text, the adapter
// argument and string names replaced by how they derive from the
// sibling.
func (m *Model) callShape(c *RegisterCall) string {
	var b strings.Builder
	b.WriteString(c.Callee.FullName())
	sib := m.adapterOf(c.Types[0])
	for _, arg := range c.Call.Args {
		b.WriteString("|")
		switch lit, isLit := ast.Unparen(arg).(*ast.BasicLit); {
		case arg == c.Arg:
			b.WriteString("ADAPTER")
		case isLit && lit.Kind == token.STRING && sib != nil:
			val, _ := strconv.Unquote(lit.Value)
			if prefix, suffix, ok := affixes(sib.Obj.Name(), val); ok {
				b.WriteString("NAME:" + prefix + ":" + suffix + ":" + strconv.FormatBool(val == strings.ToLower(val)))
			} else {
				b.WriteString(lit.Value)
			}
		default:
			b.WriteString(types.ExprString(arg))
		}
	}
	return b.String()
}

// adapterOf returns the package's adapter of type key, or nil.
func (m *Model) adapterOf(key string) *Adapter {
	if m.adapterByType == nil {
		m.adapterByType = make(map[string]*Adapter, len(m.Adapters))
		for _, a := range m.Adapters {
			m.adapterByType[a.Info.Type] = a
		}
	}
	return m.adapterByType[key]
}

// affixes splits type name typ around val, a name derived from it
// ("loadavg" in loadavgCollector: "", "Collector"); ok is false when
// typ does not contain val (case aside).
func affixes(typ, val string) (prefix, suffix string, ok bool) {
	if val == "" {
		return "", "", false
	}
	i := strings.Index(strings.ToLower(typ), strings.ToLower(val))
	if i < 0 {
		return "", "", false
	}
	return typ[:i], typ[i+len(val):], true
}

// registrationLike writes register call sib for adapter a, and how well
// the names fit: the length of the affixes that a's type name shares
// with the sibling's where the name is derived from it.
func (m *Model) registrationLike(sib *RegisterCall, a *Adapter) (string, int, bool) {
	src := m.source(sib.Call.Pos())
	if src == nil {
		return "", 0, false
	}
	va := &visibleAdapter{Info: a.Info, Local: a, Pkg: m.pass.Pkg}
	value := instanceExpr(va, "")
	if sib.Factory {
		value = m.factoryFunc(va, m.pass.TypesInfo.TypeOf(sib.Arg))
		if value == "" {
			return "", 0, false
		}
	}
	tf := m.pass.Fset.File(sib.Call.Pos())
	off := func(p token.Pos) int { return tf.Offset(p) }
	var b strings.Builder
	last, fit := off(sib.Call.Pos()), 0
	for _, arg := range sib.Call.Args {
		var repl string
		if arg == sib.Arg {
			repl = value
		} else {
			lit, ok := ast.Unparen(arg).(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				continue
			}
			name, affixes, ok := m.newName(sib, lit, a)
			if !ok {
				return "", 0, false
			}
			repl, fit = strconv.Quote(name), fit+affixes
		}
		b.Write(src[last:off(arg.Pos())])
		b.WriteString(repl)
		last = off(arg.End())
	}
	b.Write(src[last:off(sib.Call.End())])
	return b.String(), fit, true
}

// newName returns the name a gets where the sibling registration passes
// lit: a's constant name when the sibling's is lit's value; else lit's
// value is the sibling type's name less the same affixes
// ("loadavg" for loadavgCollector), applied to a's type name ("disk" for
// diskCollector), and fit is the length of those affixes.
func (m *Model) newName(sib *RegisterCall, lit *ast.BasicLit, a *Adapter) (name string, fit int, ok bool) {
	val, err := strconv.Unquote(lit.Value)
	if err != nil || val == "" {
		return "", 0, false
	}
	sibAdapter := m.adapterOf(sib.Types[0])
	if sibAdapter == nil {
		return "", 0, false
	}
	if sibAdapter.Info.NameKnown && sibAdapter.Info.Name == val && a.Info.NameKnown {
		return a.Info.Name, len(val), true
	}
	newType := a.Obj.Name()
	prefix, suffix, ok := affixes(sibAdapter.Obj.Name(), val)
	if !ok || !strings.HasPrefix(newType, prefix) || !strings.HasSuffix(newType, suffix) || len(newType) <= len(prefix)+len(suffix) {
		return "", 0, false
	}
	core := newType[len(prefix) : len(newType)-len(suffix)]
	if val == strings.ToLower(val) {
		core = strings.ToLower(core)
	}
	return core, len(prefix) + len(suffix), true
}

// insertAfterType returns the fix that inserts text, a declaration, after
// the declaration of a's type.
func (m *Model) insertAfterType(a *Adapter, text string) []analysis.SuggestedFix {
	file := m.fileOf(a.Obj.Pos())
	src := m.source(a.Obj.Pos())
	if file == nil || src == nil {
		return nil
	}
	var decl ast.Decl
	for _, d := range file.Decls {
		if d.Pos() <= a.Obj.Pos() && a.Obj.Pos() < d.End() {
			decl = d
			break
		}
	}
	if decl == nil {
		return nil
	}
	tf := m.pass.Fset.File(decl.End())
	_, lineEnd := lineBounds(src, tf.Offset(decl.End()))
	nl := newline(src)
	at := tf.Pos(lineEnd)
	return []analysis.SuggestedFix{{
		Message:   "Register " + a.Obj.Name() + " in a func init()",
		TextEdits: []analysis.TextEdit{{Pos: at, End: at, NewText: []byte(nl + nl + strings.ReplaceAll(text, "\n", nl))}},
	}}
}

// selfRegisterArgs builds the arguments of a call of register function fn
// for adapter a: the adapter where the adapter parameter is, its constant
// name where a string is; ok is false for any other parameter.
func selfRegisterArgs(m *Model, fn *types.Func, a *Adapter, ctor string) (string, bool) {
	_, index, factory := m.adapterParam(fn.Signature())
	if index < 0 || factory {
		return "", false
	}
	params := fn.Signature().Params()
	args := make([]string, params.Len())
	for i := range args {
		switch {
		case i == index:
			args[i] = ctor
		case a.Info.NameKnown && types.Identical(params.At(i).Type().Underlying(), types.Typ[types.String]):
			args[i] = strconv.Quote(a.Info.Name)
		default:
			return "", false
		}
	}
	return strings.Join(args, ", "), true
}

// packageRegisterFuncs returns the exported package-level register
// functions of registry r that m knows (declared by directive or config,
// or derived), sorted, then the Register function beside the interface.
func packageRegisterFuncs(m *Model, r *Registry) []*types.Func {
	var candidates []*types.Func
	for fn, regs := range m.registers {
		if containsRegistry(regs, r) && fn.Signature().Recv() == nil && fn.Exported() {
			candidates = append(candidates, fn)
		}
	}
	sort.Slice(candidates, func(i, j int) bool { return candidates[i].FullName() < candidates[j].FullName() })
	if fn := registerByName(r); fn != nil {
		candidates = append(candidates, fn)
	}
	return candidates
}

// registerByName finds a package-level Register function beside the
// registry's interface.
func registerByName(r *Registry) *types.Func {
	fn, _ := r.Obj.Pkg().Scope().Lookup("Register").(*types.Func)
	return fn
}

// namesFromSelfRegistrations gives the package's adapters that have no
// constant name of their own (no name method) the name their
// self-registration passes: node_exporter's registerCollector("loadavg",
// ...) names loadavgCollector "loadavg", as the registry keys it. Only a
// call in a func init() that registers one adapter of the package and
// passes one constant string counts; so two collectors registered under
// one name are a duplicate-name.
func (m *Model) namesFromSelfRegistrations() {
	if len(m.Adapters) == 0 {
		return
	}
	byType := make(map[string]*Adapter, len(m.Adapters))
	for _, a := range m.Adapters {
		if !a.Info.NameKnown && a.DynamicName == "" {
			byType[a.Info.Type] = a
		}
	}
	if len(byType) == 0 {
		return
	}
	for _, c := range m.Calls {
		if c.Plumbing || !isPackageInit(c.Func) || len(c.Types) != 1 || c.Unresolved || m.isTestFile(c.Call.Pos()) {
			continue
		}
		a := byType[c.Types[0]]
		if a == nil {
			continue
		}
		name, n := "", 0
		for _, arg := range c.Call.Args {
			if arg == c.Arg {
				continue
			}
			if v := m.constString(arg); len(v) == 1 && isString(m.pass.TypesInfo.TypeOf(arg)) {
				name, n = v[0], n+1
			}
		}
		if n == 1 && name != "" {
			a.Info.Name, a.Info.NameKnown, a.Info.NameFromCall = name, true, true
			delete(byType, a.Info.Type) // its first registration names it
		}
	}
}
