package analyzer

import (
	"go/types"
	"sort"

	"golang.org/x/tools/go/analysis"
)

// initRef is an init function of a registry, declared in this package or
// in one it imports (known through its InitFact).
type initRef struct {
	obj        *types.Func
	registered []string // adapter types its registrations resolve to
}

// importedInits returns, for each registry, the init functions that
// imported packages declare, in import-path then source order: they come
// before any init function of this package.
func (m *Model) importedInits() map[string][]initRef {
	if m.imported != nil {
		return m.imported
	}
	out := make(map[string][]initRef)
	m.imported = out
	for _, of := range m.pass.AllObjectFacts() {
		fact, ok := of.Fact.(*InitFact)
		if !ok {
			continue
		}
		fn, ok := of.Object.(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() == m.pass.Pkg.Path() {
			continue // this package's own, perhaps as seen by its test variant
		}
		for _, key := range fact.Registries {
			out[key] = append(out[key], initRef{obj: fn, registered: fact.Registered})
		}
	}
	for _, refs := range out {
		sort.Slice(refs, func(i, j int) bool {
			a, b := refs[i].obj, refs[j].obj
			if a.Pkg().Path() != b.Pkg().Path() {
				return a.Pkg().Path() < b.Pkg().Path()
			}
			return a.Pos() < b.Pos()
		})
	}
	return out
}

// checkMultipleInit reports each init function of a registry after the
// first one this package can see (multiple-init): the init functions of
// imported packages come first, then those of this package in source
// order. Init functions in packages that do not import each other are
// compared by the whole-program check.
func checkMultipleInit(rep *reporter, m *Model) {
	imported := m.importedInits()
	for _, r := range m.Registries {
		var first *types.Func
		if refs := imported[r.Info.Key]; len(refs) > 0 {
			first = refs[0].obj
		}
		for _, in := range m.initsOf(r) {
			if first == nil {
				first = in.Obj
				continue
			}
			rep.reportRelated(RuleMultipleInit, in.Decl.Name.Pos(), in.Decl.Name.End(), nil,
				[]analysis.RelatedInformation{{Pos: first.Pos(), End: first.Pos(), Message: "the first init function of " + qualifiedObj(r.Obj, m.pass.Pkg)}},
				"%s is a second init function of %s after %s (%s); register every adapter in one init function",
				in.Decl.Name.Name, qualifiedObj(r.Obj, m.pass.Pkg), qualifiedFunc(first, m.pass.Pkg), m.objPosition(first))
		}
	}
}

// qualifiedFunc names fn as code in from would: F, pkg.F or (*T).M.
func qualifiedFunc(fn *types.Func, from *types.Package) string {
	if recv := fn.Signature().Recv(); recv != nil {
		return "(" + types.TypeString(recv.Type(), (*types.Package).Name) + ")." + fn.Name()
	}
	if fn.Pkg() != nil && fn.Pkg() != from {
		return fn.Pkg().Name() + "." + fn.Name()
	}
	return fn.Name()
}
