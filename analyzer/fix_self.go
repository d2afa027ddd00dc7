package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"github.com/registrylint/registrylint/internal/config"
	"github.com/registrylint/registrylint/internal/edit"
	"github.com/registrylint/registrylint/internal/model"
	"github.com/registrylint/registrylint/internal/newline"
	"golang.org/x/tools/go/analysis"
)

// selfRegistration says what to add, and the fix that adds it after the
// adapter's type: a func init() with a register call like the package's
// own self-registrations (registerCollector("disk", defaultEnabled,
// NewDiskCollector) after registerCollector("loadavg", defaultEnabled,
// NewLoadavgCollector)); else "add func init() { sql.Register(PG{}) }"
// when a register function that takes the adapter alone is known (no
// fix: no registration to imitate); else in words.
func selfRegistration(m *pkgModel, r *model.Registry, a *model.Adapter) (string, []analysis.SuggestedFix) {
	if call := m.siblingRegistration(r, a); call != "" {
		text := "func init() { " + call + " }"
		fix := m.insertAfterType(a, "func init() {\n\t"+call+"\n}")
		if fix == nil {
			return "add " + text + " (no automatic fix: its declaration cannot be edited here)", nil
		}
		return "add " + text, fix
	}
	ctor := edit.InstanceExpr(&model.VisibleAdapter{Info: a.Info, Local: a, Pkg: m.Pass().Pkg}, "")
	for _, fn := range edit.PackageRegisterFuncs(m.Model, r) {
		if args, ok := selfRegisterArgs(m, fn, a, ctor); ok {
			return "add func init() { " + model.QualifiedObj(fn, m.Pass().Pkg) + "(" + args + ") } (no automatic fix: no self-registration in the package to imitate)", nil
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
func (m *pkgModel) siblingRegistration(r *model.Registry, a *model.Adapter) string {
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
func (m *pkgModel) selfCallShapes(r *model.Registry) []*model.RegisterCall {
	if calls, ok := m.selfShapes[r]; ok {
		return calls
	}
	var order []string
	last := make(map[string]*model.RegisterCall)
	for _, c := range m.Calls {
		if c.Registry != r || c.Plumbing || !model.IsPackageInit(c.Func) || len(c.Types) != 1 || c.Unresolved || m.IsTestFile(c.Call.Pos()) {
			continue
		}
		if p, _, _ := config.SplitPkgName(c.Types[0]); p != m.Pass().Pkg.Path() {
			continue
		}
		key := m.callShape(c)
		if _, seen := last[key]; !seen {
			order = append(order, key)
		}
		last[key] = c
	}
	calls := make([]*model.RegisterCall, 0, len(order))
	for _, key := range order {
		calls = append(calls, last[key])
	}
	// Source order of the representatives, as the loop over m.Calls
	// would meet them: the last of equal fit still wins.
	sort.SliceStable(calls, func(i, j int) bool { return model.PosBefore(m.Pass().Fset, calls[i].Call.Pos(), calls[j].Call.Pos()) })
	if m.selfShapes == nil {
		m.selfShapes = make(map[*model.Registry][]*model.RegisterCall)
	}
	m.selfShapes[r] = calls
	return calls
}

// callShape describes what registrationLike makes of sibling call c,
// whatever the adapter: the callee, each argument's text, the adapter
// argument and string names replaced by how they derive from the
// sibling.
func (m *pkgModel) callShape(c *model.RegisterCall) string {
	var b strings.Builder
	b.WriteString(c.Callee.FullName())
	sib := m.AdapterOf(c.Types[0])
	for _, arg := range c.Call.Args {
		b.WriteString("|")
		switch lit, isLit := ast.Unparen(arg).(*ast.BasicLit); {
		case arg == c.Arg:
			b.WriteString("ADAPTER")
		case isLit && lit.Kind == token.STRING && sib != nil:
			val, _ := strconv.Unquote(lit.Value)
			if prefix, suffix, ok := edit.Affixes(sib.Obj.Name(), val); ok {
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

// registrationLike writes register call sib for adapter a, and how well
// the names fit: the length of the affixes that a's type name shares
// with the sibling's where the name is derived from it.
func (m *pkgModel) registrationLike(sib *model.RegisterCall, a *model.Adapter) (string, int, bool) {
	va := &model.VisibleAdapter{Info: a.Info, Local: a, Pkg: m.Pass().Pkg}
	value := edit.InstanceExpr(va, "")
	if sib.Factory {
		value = m.FactoryFunc(va, m.Pass().TypesInfo.TypeOf(sib.Arg))
		if value == "" {
			return "", 0, false
		}
	}
	fit := 0
	text, ok := m.CallLike(sib, value, func(val string) (string, bool, bool) {
		name, affixes, ok := m.newName(sib, val, a)
		fit += affixes
		return strconv.Quote(name), false, ok
	})
	return text, fit, ok
}

// newName returns the name a gets where the sibling registration passes
// the string val: a's constant name when the sibling's is val; else val
// is the sibling type's name less the same affixes
// ("loadavg" for loadavgCollector), applied to a's type name ("disk" for
// diskCollector), and fit is the length of those affixes.
func (m *pkgModel) newName(sib *model.RegisterCall, val string, a *model.Adapter) (name string, fit int, ok bool) {
	if val == "" {
		return "", 0, false
	}
	sibAdapter := m.AdapterOf(sib.Types[0])
	if sibAdapter == nil {
		return "", 0, false
	}
	if sibAdapter.Info.NameKnown && sibAdapter.Info.Name == val && a.Info.NameKnown {
		return a.Info.Name, len(val), true
	}
	newType := a.Obj.Name()
	prefix, suffix, ok := edit.Affixes(sibAdapter.Obj.Name(), val)
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
func (m *pkgModel) insertAfterType(a *model.Adapter, text string) []analysis.SuggestedFix {
	file := m.FileOf(a.Obj.Pos())
	src := m.Source(a.Obj.Pos())
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
	tf := m.Pass().Fset.File(decl.End())
	_, lineEnd := edit.LineBounds(src, tf.Offset(decl.End()))
	nl := newline.Of(src)
	at := tf.Pos(lineEnd)
	return []analysis.SuggestedFix{{
		Message:   "Register " + a.Obj.Name() + " in a func init()",
		TextEdits: []analysis.TextEdit{{Pos: at, End: at, NewText: []byte(nl + nl + strings.ReplaceAll(text, "\n", nl))}},
	}}
}

// selfRegisterArgs builds the arguments of a call of register function fn
// for adapter a: the adapter where the adapter parameter is, its constant
// name where a string is; ok is false for any other parameter.
func selfRegisterArgs(m *pkgModel, fn *types.Func, a *model.Adapter, ctor string) (string, bool) {
	_, index, factory := m.AdapterParam(fn.Signature())
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
