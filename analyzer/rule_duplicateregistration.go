package analyzer

// checkDuplicateRegistration reports the second registration of the same
// adapter in a package's init functions (duplicate-registration); T and *T
// are one adapter. A type the configuration excludes is no adapter, and
// its registrations are not reported.
func checkDuplicateRegistration(rep *reporter, m *pkgModel) {
	for _, in := range m.RegistryInits {
		dups := in.Duplicates()
		for _, reg := range in.Registrations {
			prev := dups[reg]
			if prev == nil || m.Config().Excludes(reg.Registry.Info.Key, reg.Types[0]) {
				continue
			}
			pointer := false
			if a := m.VisibleAdapters().ByKey[reg.Types[0]]; a != nil {
				pointer = a.Info.Pointer
			}
			if reg.SameValue(prev) {
				rep.report(RuleDuplicateRegistration, reg.Expr.Pos(), reg.Expr.End(), deleteRegistrationFix(m, reg),
					"adapter %s is already registered in %s (line %d); delete this registration",
					m.TypeString(reg.Types[0], pointer), in.Name.Name, m.Pass().Fset.Position(prev.Expr.Pos()).Line)
				continue
			}
			// Built differently (another configuration, another
			// variable): which one to keep is the user's choice.
			rep.report(RuleDuplicateRegistration, reg.Expr.Pos(), reg.Expr.End(), nil,
				"adapter %s is already registered in %s (line %d), under the same constant name; keep one of the two (no automatic fix: they are built differently)",
				m.TypeString(reg.Types[0], pointer), in.Name.Name, m.Pass().Fset.Position(prev.Expr.Pos()).Line)
		}
	}
}
