package analyzer

// checkBadDirectives reports malformed and misplaced directives, and
// config entries naming nothing in an analyzed package (bad-directive).
func checkBadDirectives(rep *reporter, m *Model) {
	for _, b := range m.bad {
		rep.report(RuleBadDirective, b.pos, b.end, nil, "%s", b.msg)
	}
}
