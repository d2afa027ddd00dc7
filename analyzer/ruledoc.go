package analyzer

import (
	"embed"
	"regexp"
	"strings"
)

// ruleDocs holds each rule's documentation, in Markdown: the text of its
// section of docs/rules.md (a test keeps the two identical), so that
// SARIF help and the rule reference say the same thing.
//
//go:embed ruledocs/*.md
var ruleDocs embed.FS

// RuleDoc returns the Markdown documentation of rule id: what it reports,
// where, a bad and a good example, and how to suppress it.
func RuleDoc(id string) string {
	data, err := ruleDocs.ReadFile("ruledocs/" + id + ".md")
	if err != nil {
		return ""
	}
	return string(data)
}

// RuleDescription returns the first paragraph of rule id's documentation
// as plain text (Markdown links and code spans reduced to their text).
func RuleDescription(id string) string {
	para, _, _ := strings.Cut(RuleDoc(id), "\n\n")
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
