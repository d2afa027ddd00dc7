package edit

import (
	"go/types"
	"sort"
	"strings"

	"github.com/registrylint/registrylint/internal/model"
)

// Affixes splits type name typ around val, a name derived from it
// ("loadavg" in loadavgCollector: "", "Collector"); ok is false when
// typ does not contain val (case aside).
func Affixes(typ, val string) (prefix, suffix string, ok bool) {
	if val == "" {
		return "", "", false
	}
	i := strings.Index(strings.ToLower(typ), strings.ToLower(val))
	if i < 0 {
		return "", "", false
	}
	return typ[:i], typ[i+len(val):], true
}

// PackageRegisterFuncs returns the exported package-level register
// functions of registry r that m knows (declared by directive or config,
// or derived), sorted, then the Register function beside the interface.
func PackageRegisterFuncs(m *Model, r *model.Registry) []*types.Func {
	var candidates []*types.Func
	for fn, regs := range m.RegisterFuncs() {
		if model.ContainsRegistry(regs, r) && fn.Signature().Recv() == nil && fn.Exported() {
			candidates = append(candidates, fn)
		}
	}
	sort.Slice(candidates, func(i, j int) bool { return candidates[i].FullName() < candidates[j].FullName() })
	if fn := registerByName(r); fn != nil {
		candidates = append(candidates, fn)
	}
	return candidates
}

// registerByName finds a package-level Register function beside the
// registry's interface.
func registerByName(r *model.Registry) *types.Func {
	fn, _ := r.Obj.Pkg().Scope().Lookup("Register").(*types.Func)
	return fn
}
