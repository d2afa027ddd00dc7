package analyzer

import (
	"fmt"
	"go/token"
	"strings"

	"github.com/registrylint/registrylint/internal/config"
	"github.com/registrylint/registrylint/internal/directive"
	"github.com/registrylint/registrylint/internal/rules"

	"golang.org/x/tools/go/analysis"
)

// Rule IDs: the Category of every diagnostic, and the names accepted by
// disable: and //registrylint:ignore.
const (
	RuleUnregistered           = rules.Unregistered
	RuleOutsideInit            = rules.OutsideInit
	RuleNameSwitch             = rules.NameSwitch
	RuleHardcodedList          = rules.HardcodedList
	RuleDuplicateName          = rules.DuplicateName
	RuleDynamicName            = rules.DynamicName
	RuleDuplicateRegistration  = rules.DuplicateRegistration
	RuleUnresolvedRegistration = rules.UnresolvedRegistration
	RuleMissingInit            = rules.MissingInit
	RuleMultipleInit           = rules.MultipleInit
	RuleBadDirective           = rules.BadDirective
)

// A Rule is one of registrylint's rules: the Category of its diagnostics
// (ID), a one-line Summary, its manual in Markdown (Doc) and the URL of
// its section of docs/rules.md.
type Rule = rules.Rule

// Rules returns every rule, in documentation order. Its table is the
// single source of every rule's summary and manual: SARIF and -help read
// it, and a test generates the rule lists of this package's documentation,
// docs/rules.md and the README from it.
func Rules() []Rule { return rules.All() }

// reporter reports diagnostics of one package, applying the configuration
// (disabled rules, test files) and suppressions.
type reporter struct {
	pass          *analysis.Pass
	cfg           *config.Config
	suppress      *directive.Suppressions
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
		URL:            rules.URL(rule),
		Message:        msg,
		SuggestedFixes: fixes,
		Related:        related,
	})
}
