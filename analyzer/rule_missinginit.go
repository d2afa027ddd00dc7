package analyzer

import (
	"fmt"
	"maps"
	"slices"

	"github.com/registrylint/registrylint/internal/config"

	"golang.org/x/tools/go/analysis"
)

// checkProgramMissingInit reports each registry under policy central that
// has adapters but no init function anywhere in the analyzed program, at
// its interface (its adapters are then not reported one by one as
// unregistered).
func checkProgramMissingInit(p *program) []analysis.Diagnostic {
	var diags []analysis.Diagnostic
	missing := make(map[string]bool)
	report := func(reg string, r summaryRegistry) {
		if len(p.inits[reg]) > 0 || missing[reg] {
			return
		}
		missing[reg] = true
		msg := fmt.Sprintf("adapter interface %s has adapters but no init function; mark the function that registers them with //registrylint:init",
			shortKey(reg, p.registries))
		if d, ok := p.regOwner[reg].diagnostic(RuleMissingInit, r.obj.Pos(), r.obj.Pos(), msg); ok {
			diags = append(diags, d)
		}
	}
	p.centralRegistrations(func(_ string, _ programAdapter, reg string, r summaryRegistry, known bool) {
		if known {
			report(reg, r)
		}
	})
	// Registries whose adapters only their consumers see (no fact
	// declares them).
	for _, reg := range slices.Sorted(maps.Keys(p.derived)) {
		if r, known := p.registries[reg]; known && r.info.Policy == config.PolicyCentral {
			report(reg, r)
		}
	}
	return diags
}
