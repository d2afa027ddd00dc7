package analyzer

import (
	"go/types"

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
// before any init function of this package. importRegistries collects
// them, in its pass over the facts about objects.
func (m *Model) importedInits() map[string][]initRef {
	return m.imported
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
