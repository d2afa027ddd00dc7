package analyzer

import (
	"go/ast"

	"github.com/registrylint/registrylint/internal/config"
	"github.com/registrylint/registrylint/internal/model"
)

// checkHardcodedList reports literal maps, slices and arrays of adapters or
// factories outside init functions (hardcoded-list). Generated files, and
// literals inside register functions or registry methods, are exempt.
func checkHardcodedList(rep *reporter, m *pkgModel) {
	for _, l := range m.Lists {
		if l.Init != nil || l.Plumbing || ast.IsGenerated(l.File) {
			continue
		}
		if l.Registry.Info.Policy == config.PolicySelf && model.IsPackageInit(l.Func) {
			continue // under policy self, init() is where registration happens
		}
		kind := "adapters"
		if l.Factory {
			kind = "adapter factories"
		}
		where := "the registry's init function"
		if inits := m.registryInitsOf(l.Registry); len(inits) > 0 {
			where = inits[0].Name.Name
		}
		rep.report(RuleHardcodedList, l.Lit.Pos(), l.Lit.Lbrace+1, nil,
			"literal list of %s %s outside the init function is a second registry that drifts; register them in %s and look them up through the registry",
			model.QualifiedObj(l.Registry.Obj, m.Pass().Pkg), kind, where)
	}
}
