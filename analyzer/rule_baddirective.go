package analyzer

import (
	"fmt"
	"go/token"
	"maps"
	"slices"

	"golang.org/x/tools/go/analysis"
)

// checkBadDirectives reports malformed and misplaced directives, and
// config entries naming nothing in an analyzed package (bad-directive).
func checkBadDirectives(rep *reporter, m *pkgModel) {
	for _, b := range m.BadDirectives() {
		rep.report(RuleBadDirective, b.Pos, b.End, nil, "%s", b.Msg)
	}
}

// checkProgramAggregators reports, at the registry, an aggregator of a
// policy-self registry that is not among the analyzed packages: it turns
// the check of adapter packages against it off, which the finding says
// rather than pass silently. It is reported when some adapter package
// would have been checked (the unregistered rule is on there), and not
// for an aggregator whose files are all outside this build (see
// taggedAggregators).
func checkProgramAggregators(summaries []*Summary, registries map[string]summaryRegistry) []analysis.Diagnostic {
	byPath := make(map[string]*Summary)
	for _, s := range summaries {
		if s != nil {
			if _, ok := byPath[s.Path]; !ok {
				byPath[s.Path] = s
			}
		}
	}
	oob := newOutOfBuild(byPath)
	missing := make(map[string]bool)
	for _, p := range slices.Sorted(maps.Keys(byPath)) {
		s := byPath[p]
		if s.firstFile == nil {
			continue
		}
		for _, key := range selfRegistriesOf(s, registries) {
			agg := registries[key].info.Aggregator
			if agg == "" || byPath[agg] != nil || missing[key] || !s.cfg.RuleEnabled(RuleUnregistered) || s.suppress.Suppressed(RuleUnregistered, s.firstFile.Package) {
				continue
			}
			if oob.lookup(agg) != nil {
				continue // out of this build: unregistered says so (checkSelfImports)
			}
			missing[key] = true
		}
	}
	var diags []analysis.Diagnostic
	for _, key := range slices.Sorted(maps.Keys(missing)) {
		r := registries[key]
		owner := byPath[r.obj.Pkg().Path()]
		if owner == nil {
			continue
		}
		if d, ok := owner.diagnostic(RuleBadDirective, r.obj.Pos(), r.obj.Pos()+token.Pos(len(r.obj.Name())),
			fmt.Sprintf("aggregator %s of %s is not among the analyzed packages, so no adapter package is checked against it; correct the path, or lint it with the adapter packages", r.info.Aggregator, shortKey(key, registries))); ok {
			diags = append(diags, d)
		}
	}
	return diags
}
