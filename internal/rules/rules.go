// Package rules is the table of registrylint's rules: each rule's ID (the
// Category of its diagnostics, and what the configuration's disable: list
// and //registrylint:ignore accept), its one-line summary and its manual.
//
// The table is the single source of every rule's summary and manual: the
// SARIF rules and -help read it, and a test of package analyzer generates
// the rule lists of analyzer/doc.go, docs/rules.md and the README from it
// (go test ./analyzer -run TestRuleDocs -update).
package rules

import (
	"embed"
	"regexp"
	"strings"
)

// Rule IDs.
const (
	Unregistered           = "unregistered"
	OutsideInit            = "outside-init"
	NameSwitch             = "name-switch"
	HardcodedList          = "hardcoded-list"
	DuplicateName          = "duplicate-name"
	DynamicName            = "dynamic-name"
	DuplicateRegistration  = "duplicate-registration"
	UnresolvedRegistration = "unresolved-registration"
	MissingInit            = "missing-init"
	MultipleInit           = "multiple-init"
	BadDirective           = "bad-directive"
)

// A Rule is one of registrylint's rules: the Category of its diagnostics
// and its documentation.
type Rule struct {
	ID      string // the Category of its diagnostics, as in disable: and //registrylint:ignore
	Summary string // one line, lower-case: what it reports
	Doc     string // Markdown manual: what it reports, where, a bad and a good example, how to suppress it
	URL     string // the rule's section of docs/rules.md
}

// table lists every rule in documentation order. Each rule's Doc is
// ruledocs/ID.md; All fills it in, and URL.
var table = []Rule{
	{ID: Unregistered, Summary: "an adapter that no registration in its registry's init function resolves to"},
	{ID: OutsideInit, Summary: "a call of a register function outside the registry's init function"},
	{ID: NameSwitch, Summary: "a switch, if/else-if chain or type switch dispatching on adapter names or types outside the init function"},
	{ID: HardcodedList, Summary: "a literal map, slice or array of adapters or adapter factories outside the init function"},
	{ID: DuplicateName, Summary: "two adapters of one registry with the same constant name"},
	{ID: DynamicName, Summary: "an adapter whose name method does not return one constant"},
	{ID: DuplicateRegistration, Summary: "the same adapter registered twice in an init function"},
	{ID: UnresolvedRegistration, Summary: "a registration whose adapter type cannot be determined statically"},
	{ID: MissingInit, Summary: "an adapter interface with adapters but no init function anywhere in the analyzed program"},
	{ID: MultipleInit, Summary: "a registry with more than one init function"},
	{ID: BadDirective, Summary: "a malformed or misplaced //registrylint: directive or config entry"},
}

// All returns every rule, in documentation order.
func All() []Rule {
	rules := make([]Rule, len(table))
	for i, r := range table {
		r.Doc = doc(r.ID)
		r.URL = URL(r.ID)
		rules[i] = r
	}
	return rules
}

// IDs returns every rule ID in documentation order.
func IDs() []string {
	ids := make([]string, len(table))
	for i, r := range table {
		ids[i] = r.ID
	}
	return ids
}

// Known reports whether id is a rule ID.
func Known(id string) bool {
	for _, r := range table {
		if r.ID == id {
			return true
		}
	}
	return false
}

// docURL is the base of the rule documentation; each rule is a section of
// docs/rules.md.
const docURL = "https://github.com/registrylint/registrylint/blob/main/docs/rules.md#"

// URL returns the documentation URL of rule id: the URL of its
// diagnostics and its Rule.
func URL(id string) string { return docURL + id }

// docs holds each rule's Doc, in Markdown: the text of its section of
// docs/rules.md (a test generates the one from the other).
//
//go:embed ruledocs/*.md
var docs embed.FS

// doc returns the Markdown documentation of rule id, "" if it has none.
func doc(id string) string {
	data, err := docs.ReadFile("ruledocs/" + id + ".md")
	if err != nil {
		return ""
	}
	return string(data)
}

// Description returns the first paragraph of the rule's Doc as one line of
// plain text (Markdown links and code spans reduced to their text).
func (r Rule) Description() string {
	para, _, _ := strings.Cut(r.Doc, "\n\n")
	return plainText(para)
}

var (
	mdLinkRE = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	mdCodeRE = regexp.MustCompile("`([^`]*)`")
)

// plainText turns a Markdown paragraph into one line of plain text.
func plainText(md string) string {
	s := mdLinkRE.ReplaceAllString(md, "$1")
	s = mdCodeRE.ReplaceAllString(s, "$1")
	return strings.Join(strings.Fields(s), " ")
}
