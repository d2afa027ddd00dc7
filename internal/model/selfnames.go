package model

// namesFromSelfRegistrations gives the package's adapters that have no
// constant name of their own (no name method) the name their
// self-registration passes: node_exporter's registerCollector("loadavg",
// ...) names loadavgCollector "loadavg", as the registry keys it. Only a
// call in a func init() that registers one adapter of the package and
// passes one constant string counts; so two collectors registered under
// one name are a duplicate-name.
func (m *Model) namesFromSelfRegistrations() {
	if len(m.Adapters) == 0 {
		return
	}
	// unnamed returns the adapter of type key if it has no name yet: its
	// first registration names it.
	unnamed := func(key string) *Adapter {
		if a := m.AdapterOf(key); a != nil && !a.Info.NameKnown && a.DynamicName == "" {
			return a
		}
		return nil
	}
	for _, c := range m.Calls {
		if c.Plumbing || !IsPackageInit(c.Func) || len(c.Types) != 1 || c.Unresolved || m.IsTestFile(c.Call.Pos()) {
			continue
		}
		a := unnamed(c.Types[0])
		if a == nil {
			continue
		}
		name, n := "", 0
		for _, arg := range c.Call.Args {
			if arg == c.Arg {
				continue
			}
			if v := m.ConstString(arg); len(v) == 1 && IsString(m.pass.TypesInfo.TypeOf(arg)) {
				name, n = v[0], n+1
			}
		}
		if n == 1 && name != "" {
			a.Info.Name, a.Info.NameKnown, a.Info.NameFromCall = name, true, true
		}
	}
}
