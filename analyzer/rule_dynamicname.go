package analyzer

import "github.com/registrylint/registrylint/internal/model"

// checkDynamicName reports name methods that do not return one constant
// (dynamic-name), once per method.
func checkDynamicName(rep *reporter, m *pkgModel) {
	seen := make(map[*model.Adapter]bool)
	reported := make(map[any]bool)
	for _, a := range m.Adapters {
		if a.DynamicName == "" || a.NameMethod == nil || seen[a] || reported[a.NameMethod] {
			continue
		}
		if vis := m.VisibleAdapters(); vis.Bases[a.Info.Type] {
			continue
		}
		reported[a.NameMethod] = true
		rep.report(RuleDynamicName, a.NameMethod.Name.Pos(), a.NameMethod.Name.End(), nil,
			"name method %s of adapter %s %s; return one constant string so the adapter's name is fixed",
			a.NameMethod.Name.Name, m.TypeString(a.Info.Type, a.Info.Pointer), a.DynamicName)
	}
}
