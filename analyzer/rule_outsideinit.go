package analyzer

import (
	"strings"

	"github.com/registrylint/registrylint/internal/config"
	"github.com/registrylint/registrylint/internal/model"
)

// checkOutsideInit reports calls of register functions outside the init
// function: self-registration in func init(), late registrations, helpers
// called from the init function (outside-init). Calls inside register
// functions and methods of the registry type are plumbing.
func checkOutsideInit(rep *reporter, m *pkgModel) {
	for _, c := range m.Calls {
		if c.Init != nil || c.Plumbing || c.Registry.Info.Policy != config.PolicyCentral || m.registersExcluded(c) {
			continue
		}
		where := "the registry's init function"
		if inits := m.registryInitsOf(c.Registry); len(inits) > 0 {
			where = inits[0].Name.Name
		}
		what := "a register call"
		if c.Func != nil && c.Func.Recv == nil && c.Func.Name.Name == "init" {
			what = "self-registration in func init()"
		}
		rep.report(RuleOutsideInit, c.Call.Pos(), c.Call.End(), nil,
			"%s registers a %s outside its init function (%s); move the registration into %s",
			model.ShortExpr(m.Pass().Fset, c.Call.Fun), model.QualifiedObj(c.Registry.Obj, m.Pass().Pkg), what, where)
	}
}

// checkSelfOutsideInit reports, for registries under policy self,
// registrations outside an init() of the registered adapter's own package.
func checkSelfOutsideInit(rep *reporter, m *pkgModel) {
	for _, c := range m.Calls {
		if c.Registry.Info.Policy != config.PolicySelf || c.Plumbing || m.registersExcluded(c) {
			continue
		}
		if !model.IsPackageInit(c.Func) {
			rep.report(RuleOutsideInit, c.Call.Pos(), c.Call.End(), nil,
				"%s registers a %s outside func init() (policy self); register adapters in an init() of their own package",
				model.ShortExpr(m.Pass().Fset, c.Call.Fun), model.QualifiedObj(c.Registry.Obj, m.Pass().Pkg))
			continue
		}
		var foreign []string
		for _, k := range c.Types {
			if p, _, _ := config.SplitPkgName(k); p != m.Pass().Pkg.Path() {
				foreign = append(foreign, m.TypeString(k, false))
			}
		}
		if len(foreign) > 0 {
			rep.report(RuleOutsideInit, c.Call.Pos(), c.Call.End(), nil,
				"%s registers %s of another package (policy self); register it in an init() of its own package",
				model.ShortExpr(m.Pass().Fset, c.Call.Fun), strings.Join(foreign, ", "))
		}
	}
}

// registersExcluded reports whether call c registers only types that the
// configuration excludes from its registry (a mock that tests install):
// exclude silences every rule for them.
func (m *pkgModel) registersExcluded(c *model.RegisterCall) bool {
	if len(c.Types) == 0 || c.Unresolved {
		return false
	}
	for _, k := range c.Types {
		if !m.Config().Excludes(c.Registry.Info.Key, k) {
			return false
		}
	}
	return true
}
