package analyzer

// checkBadDirectives reports malformed and misplaced directives, and
// config entries naming nothing in an analyzed package (bad-directive).
func checkBadDirectives(rep *reporter, m *Model) {
	for _, b := range m.Bad {
		rep.report(RuleBadDirective, b.Pos, b.End, nil, "%s", b.Msg)
	}
}
