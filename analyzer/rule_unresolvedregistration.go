package analyzer

import "github.com/registrylint/registrylint/internal/model"

// checkUnresolvedRegistration reports registrations whose adapter type
// cannot be determined statically (unresolved-registration).
func checkUnresolvedRegistration(rep *reporter, m *pkgModel) {
	for _, in := range m.RegistryInits {
		for _, reg := range in.Registrations {
			if !reg.Unresolved {
				continue
			}
			rep.report(RuleUnresolvedRegistration, reg.Expr.Pos(), reg.Expr.End(), nil,
				"cannot tell which adapter %s registers; register a constructor call, a concrete value or a function that returns concrete types",
				model.ShortExpr(m.Pass().Fset, reg.Expr))
		}
	}
}
