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

// isInit reports whether decl is an init function of the package.
func (m *pkgModel) isInit(decl *ast.FuncDecl) bool {
	if decl == nil {
		return false
	}
	obj, ok := m.Pass().TypesInfo.Defs[decl.Name].(*types.Func)
	return ok && m.InitOf(obj) != nil
}

// initsOf returns the package's init functions of registry r.
func (m *pkgModel) initsOf(r *model.Registry) []*model.InitFunc {
	var out []*model.InitFunc
	for _, in := range m.Inits {
		if model.ContainsRegistry(in.Registries, r) {
			out = append(out, in)
		}
	}
	return out
}
