package model

import (
	"go/types"
	"sort"
)

// addWrapperRegistrations adds to Outside the types that register calls
// inside register functions and registry methods (plumbing) build
// themselves: Caddy's RegisterAdapter(name, adapter) registers
// adapterModule{name, adapter}, one per adapter name. Such a type is
// registered, by a function, so no fix may add a registration of a zero
// value of it (a module with an empty name). Calls in tests do not count.
func (m *Model) addWrapperRegistrations() {
	have := make(map[string]bool, len(m.Outside))
	for _, o := range m.Outside {
		have[o.Type] = true
	}
	added := false
	for _, c := range m.Calls {
		if !c.Plumbing || m.IsTestFile(c.Call.Pos()) {
			continue
		}
		t := m.pass.TypesInfo.TypeOf(c.Arg)
		if t == nil || types.IsInterface(t) {
			continue // the parameter passed on: the caller's registration
		}
		if key, _ := TypeKey(t); key != "" && !have[key] {
			have[key] = true
			added = true
			m.Outside = append(m.Outside, OutsideRegistration{Type: key, Posn: m.position(c.Call.Pos()), Wrapper: true})
		}
	}
	if added {
		sort.Slice(m.Outside, func(i, j int) bool { return m.Outside[i].Type < m.Outside[j].Type })
	}
}
