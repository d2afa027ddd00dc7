package analyzer

// checkDuplicateRegistration reports the second registration of the same
// adapter in a package's init functions (duplicate-registration); T and *T
// are one adapter.
func checkDuplicateRegistration(rep *reporter, m *Model) {
	for _, in := range m.Inits {
		first := make(map[string]*Registration)
		for _, reg := range in.Registrations {
			if len(reg.Types) != 1 || reg.Unresolved {
				continue
			}
			key := reg.Registry.Info.Key + " " + reg.Types[0]
			prev, dup := first[key]
			if !dup {
				first[key] = reg
				continue
			}
			pointer := false
			if a := m.visibleAdapters().byKey[reg.Types[0]]; a != nil {
				pointer = a.Info.Pointer
			}
			rep.report(RuleDuplicateRegistration, reg.Expr.Pos(), reg.Expr.End(), deleteRegistrationFix(m, reg),
				"adapter %s is already registered in %s (line %d); delete this registration",
				m.typeString(reg.Types[0], pointer), in.Decl.Name.Name, m.pass.Fset.Position(prev.Expr.Pos()).Line)
		}
	}
}

// checkDuplicateName reports two adapters of one registry whose names are
// the same constant (duplicate-name): at the later type when its package
// can see the earlier adapter, otherwise at the later registration.
func checkDuplicateName(rep *reporter, m *Model) {
	for _, a := range m.Adapters {
		if a.clash == nil {
			continue
		}
		rep.report(RuleDuplicateName, a.Obj.Pos(), a.Obj.Pos()+1, nil,
			"adapter %s has name %q, already used by %s (%s); give it a unique name",
			a.Obj.Name(), a.Info.Name, m.typeString(a.clash.Info.Type, a.clash.Info.Pointer), a.clash.Info.Posn)
	}
	if len(m.Inits) == 0 {
		return
	}
	vis := m.visibleAdapters()
	for _, in := range m.Inits {
		byName := make(map[string]*visibleAdapter)
		for _, reg := range in.Registrations {
			if len(reg.Types) != 1 {
				continue
			}
			a := vis.byKey[reg.Types[0]]
			if a == nil || !a.Info.NameKnown {
				continue
			}
			key := reg.Registry.Info.Key + " " + a.Info.Name
			prev, seen := byName[key]
			if !seen {
				byName[key] = a
				continue
			}
			if prev == a || prev.Info.NameClash || a.Info.NameClash {
				continue // the same adapter, or reported at the type already
			}
			rep.report(RuleDuplicateName, reg.Expr.Pos(), reg.Expr.End(), nil,
				"adapter %s has name %q, already used by %s (%s) registered before it; give it a unique name",
				m.typeString(a.Info.Type, a.Info.Pointer), a.Info.Name,
				m.typeString(prev.Info.Type, prev.Info.Pointer), prev.Info.Posn)
		}
	}
}

// checkDynamicName reports name methods that do not return one constant
// (dynamic-name), once per method.
func checkDynamicName(rep *reporter, m *Model) {
	seen := make(map[*Adapter]bool)
	reported := make(map[any]bool)
	for _, a := range m.Adapters {
		if a.DynamicName == "" || a.NameMethod == nil || seen[a] || reported[a.NameMethod] {
			continue
		}
		if vis := m.visibleAdapters(); vis.bases[a.Info.Type] {
			continue
		}
		reported[a.NameMethod] = true
		rep.report(RuleDynamicName, a.NameMethod.Name.Pos(), a.NameMethod.Name.End(), nil,
			"name method %s of adapter %s %s; return one constant string so the adapter's name is fixed",
			a.NameMethod.Name.Name, a.Obj.Name(), a.DynamicName)
	}
}

// checkUnresolvedRegistration reports registrations whose adapter type
// cannot be determined statically (unresolved-registration).
func checkUnresolvedRegistration(rep *reporter, m *Model) {
	for _, in := range m.Inits {
		for _, reg := range in.Registrations {
			if !reg.Unresolved {
				continue
			}
			rep.report(RuleUnresolvedRegistration, reg.Expr.Pos(), reg.Expr.End(), nil,
				"cannot tell which adapter %s registers; register a constructor call, a concrete value or a function that returns concrete types",
				shortExpr(m.pass.Fset, reg.Expr))
		}
	}
}
