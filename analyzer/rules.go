package analyzer

import (
	"fmt"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Rule IDs: the Category of every diagnostic, and the names accepted by
// disable: and //registrylint:ignore.
const (
	RuleUnregistered           = "unregistered"
	RuleOutsideInit            = "outside-init"
	RuleNameSwitch             = "name-switch"
	RuleHardcodedList          = "hardcoded-list"
	RuleDuplicateName          = "duplicate-name"
	RuleDynamicName            = "dynamic-name"
	RuleDuplicateRegistration  = "duplicate-registration"
	RuleUnresolvedRegistration = "unresolved-registration"
	RuleMissingInit            = "missing-init"
	RuleMultipleInit           = "multiple-init"
	RuleBadDirective           = "bad-directive"
)

// A Rule is one of registrylint's rules: the Category of its diagnostics
// and its documentation.
//
// The table of rules is the single source of every rule's summary and
// manual: the SARIF rules and, through a test that fails when they differ
// (go test ./analyzer -run TestRuleDocs -update rewrites them), the rule
// list of this package's documentation and of -help, the sections of
// docs/rules.md and the rule table of the README.
type Rule struct {
	ID      string // the Category of its diagnostics, as in disable: and //registrylint:ignore
	Summary string // one line, lower-case: what it reports
	Doc     string // Markdown manual: what it reports, where, a bad and a good example, how to suppress it
	URL     string // the rule's section of docs/rules.md
}

// ruleTable lists every rule in documentation order. Each rule's Doc is
// ruledocs/ID.md; Rules fills it in, and URL.
var ruleTable = []Rule{
	{ID: RuleUnregistered, Summary: "an adapter that no registration in its registry's init function resolves to"},
	{ID: RuleOutsideInit, Summary: "a call of a register function outside the registry's init function"},
	{ID: RuleNameSwitch, Summary: "a switch, if/else-if chain or type switch dispatching on adapter names or types outside the init function"},
	{ID: RuleHardcodedList, Summary: "a literal map, slice or array of adapters or adapter factories outside the init function"},
	{ID: RuleDuplicateName, Summary: "two adapters of one registry with the same constant name"},
	{ID: RuleDynamicName, Summary: "an adapter whose name method does not return one constant"},
	{ID: RuleDuplicateRegistration, Summary: "the same adapter registered twice in an init function"},
	{ID: RuleUnresolvedRegistration, Summary: "a registration whose adapter type cannot be determined statically"},
	{ID: RuleMissingInit, Summary: "an adapter interface with adapters but no init function anywhere in the analyzed program"},
	{ID: RuleMultipleInit, Summary: "a registry with more than one init function"},
	{ID: RuleBadDirective, Summary: "a malformed or misplaced //registrylint: directive or config entry"},
}

// Rules returns every rule, in documentation order.
func Rules() []Rule {
	rules := make([]Rule, len(ruleTable))
	for i, r := range ruleTable {
		r.Doc = ruleDoc(r.ID)
		r.URL = RuleURL(r.ID)
		rules[i] = r
	}
	return rules
}

// docURL is the base of the rule documentation; each rule is a section of
// docs/rules.md.
const docURL = "https://github.com/registrylint/registrylint/blob/main/docs/rules.md#"

// RuleURL returns the documentation URL of rule id: the URL of its
// diagnostics and its Rule.
func RuleURL(id string) string { return docURL + id }

// ruleIDs returns every rule ID in documentation order.
func ruleIDs() []string {
	ids := make([]string, len(ruleTable))
	for i, r := range ruleTable {
		ids[i] = r.ID
	}
	return ids
}

// isRule reports whether id is a rule ID.
func isRule(id string) bool {
	for _, r := range ruleTable {
		if r.ID == id {
			return true
		}
	}
	return false
}

// reporter reports diagnostics of one package, applying the configuration
// (disabled rules, test files) and suppressions.
type reporter struct {
	pass          *analysis.Pass
	cfg           *Config
	suppress      *suppressions
	ruleInMessage bool // see Options.RuleInMessage
	omitRelated   bool // see Options.OmitRelated
}

// report reports a diagnostic of rule at [pos, end) unless it is disabled
// or suppressed.
func (r *reporter) report(rule string, pos, end token.Pos, fixes []analysis.SuggestedFix, format string, args ...any) {
	r.reportRelated(rule, pos, end, fixes, nil, format, args...)
}

// reportRelated is report with related positions.
func (r *reporter) reportRelated(rule string, pos, end token.Pos, fixes []analysis.SuggestedFix, related []analysis.RelatedInformation, format string, args ...any) {
	if !r.cfg.ruleEnabled(rule) {
		return
	}
	if !r.cfg.IncludeTests {
		if f := r.pass.Fset.File(pos); f != nil && strings.HasSuffix(f.Name(), "_test.go") {
			return
		}
	}
	if r.suppress.suppressed(rule, pos) {
		return
	}
	msg := fmt.Sprintf(format, args...)
	if r.ruleInMessage {
		msg = rule + ": " + msg
	}
	if r.omitRelated {
		related = nil
	}
	r.pass.Report(analysis.Diagnostic{
		Pos:            pos,
		End:            end,
		Category:       rule,
		URL:            RuleURL(rule),
		Message:        msg,
		SuggestedFixes: fixes,
		Related:        related,
	})
}
