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
	p.centralRegistrations(func(_ string, _ programAdapter, reg string, r summaryRegistry, known bool) {
		if !known || len(p.inits[reg]) > 0 || missing[reg] {
			return
		}
		missing[reg] = true
		msg := fmt.Sprintf("adapter interface %s has adapters but no init function; mark the function that registers them with //registrylint:init",
			shortKey(reg, p.registries))
		if d, ok := p.regOwner[reg].diagnostic(RuleMissingInit, r.obj.Pos(), r.obj.Pos(), msg); ok {
			diags = append(diags, d)
		}
	})
	// Registries whose adapters only their consumers see (no fact
	// declares them).
	for _, reg := range slices.Sorted(maps.Keys(p.derived)) {
		r, known := p.registries[reg]
		if !known || r.info.Policy != config.PolicyCentral || len(p.inits[reg]) > 0 || missing[reg] {
			continue
		}
		missing[reg] = true
		msg := fmt.Sprintf("adapter interface %s has adapters but no init function; mark the function that registers them with //registrylint:init",
			shortKey(reg, p.registries))
		if d, ok := p.regOwner[reg].diagnostic(RuleMissingInit, r.obj.Pos(), r.obj.Pos(), msg); ok {
			diags = append(diags, d)
		}
	}
	return diags
}
