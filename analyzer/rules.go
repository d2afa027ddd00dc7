package analyzer

import (
	"fmt"
	"go/token"
	"strings"

	"github.com/registrylint/registrylint/internal/config"
	"github.com/registrylint/registrylint/internal/model"

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

// RuleIDs returns every rule ID in documentation order.
func RuleIDs() []string {
	return []string{
		RuleUnregistered, RuleOutsideInit, RuleNameSwitch, RuleHardcodedList,
		RuleDuplicateName, RuleDynamicName, RuleDuplicateRegistration,
		RuleUnresolvedRegistration, RuleMissingInit, RuleMultipleInit, RuleBadDirective,
	}
}

// RuleSummaries maps each rule ID to a one-line description (used by
// SARIF output and -help).
var ruleSummaries = map[string]string{
	RuleUnregistered:           "an adapter that no registration in its registry's init function resolves to",
	RuleOutsideInit:            "a call of a register function outside the registry's init function",
	RuleNameSwitch:             "hard-coded dispatch on adapter names or types outside the init function",
	RuleHardcodedList:          "a literal list of adapters or adapter factories outside the init function",
	RuleDuplicateName:          "two adapters of one registry with the same constant name",
	RuleDynamicName:            "an adapter whose name method does not return one constant",
	RuleDuplicateRegistration:  "the same adapter registered twice in an init function",
	RuleUnresolvedRegistration: "a registration whose adapter type cannot be determined statically",
	RuleMissingInit:            "an adapter interface with adapters but no init function",
	RuleMultipleInit:           "a registry with more than one init function",
	RuleBadDirective:           "a malformed or misplaced //registrylint: directive or config entry",
}

// RuleSummary returns the one-line description of rule id.
func RuleSummary(id string) string { return ruleSummaries[id] }

// DocURL is the base of the rule documentation; each rule is a section of
// docs/rules.md.
const DocURL = "https://github.com/registrylint/registrylint/blob/main/docs/rules.md#"

// RuleURL returns the documentation URL of rule id.
func RuleURL(id string) string { return DocURL + id }

func isRule(id string) bool {
	_, ok := ruleSummaries[id]
	return ok
}

// reporter reports diagnostics of one package, applying the configuration
// (disabled rules, test files) and suppressions.
type reporter struct {
	pass          *analysis.Pass
	cfg           *config.Config
	suppress      *model.Suppressions
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
	if !r.cfg.RuleEnabled(rule) {
		return
	}
	if !r.cfg.IncludeTests {
		if f := r.pass.Fset.File(pos); f != nil && strings.HasSuffix(f.Name(), "_test.go") {
			return
		}
	}
	if r.suppress.Suppressed(rule, pos) {
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
