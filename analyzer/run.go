package analyzer

import (
	"go/ast"
	"go/types"

	"github.com/registrylint/registrylint/internal/config"
	"github.com/registrylint/registrylint/internal/model"

	"golang.org/x/tools/go/analysis"
)

// runRules applies every rule to the model of one package and returns the
// package's summary for the whole-program checks.
func runRules(pass *analysis.Pass, cfg *config.Config, opts Options, m *pkgModel) (*Summary, error) {
	rep := &reporter{pass: pass, cfg: cfg, suppress: m.Suppressions(), ruleInMessage: opts.RuleInMessage, omitRelated: opts.OmitRelated}
	checkBadDirectives(rep, m)
	if m.SeesRegistry() {
		checkUnregistered(rep, m)
		checkMultipleInit(rep, m)
		checkOutsideInit(rep, m)
		checkSelfOutsideInit(rep, m)
		checkSelfUnregistered(rep, m)
		checkDuplicateRegistration(rep, m)
		checkDuplicateName(rep, m)
		checkDynamicName(rep, m)
		checkUnresolvedRegistration(rep, m)
		checkNameSwitch(rep, m)
		checkHardcodedList(rep, m)
	}
	s := m.summary()
	s.ruleInMessage = opts.RuleInMessage
	return s, nil
}

// isRegistryInit reports whether decl is an init function of the package.
func (m *pkgModel) isRegistryInit(decl *ast.FuncDecl) bool {
	if decl == nil {
		return false
	}
	obj, ok := m.Pass().TypesInfo.Defs[decl.Name].(*types.Func)
	return ok && m.RegistryInitOf(obj) != nil
}

// registryInitsOf returns the package's init functions of registry r.
func (m *pkgModel) registryInitsOf(r *model.Registry) []*model.RegistryInit {
	var out []*model.RegistryInit
	for _, in := range m.RegistryInits {
		if model.ContainsRegistry(in.Registries, r) {
			out = append(out, in)
		}
	}
	return out
}
