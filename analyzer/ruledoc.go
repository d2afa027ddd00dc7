package analyzer

import (
	"embed"
	"regexp"
	"strings"
)

// ruleDocs holds each rule's Doc, in Markdown: the text of its section of
// docs/rules.md (a test generates the one from the other).
//
//go:embed ruledocs/*.md
var ruleDocs embed.FS

// ruleDoc returns the Markdown documentation of rule id, "" if it has none.
func ruleDoc(id string) string {
	data, err := ruleDocs.ReadFile("ruledocs/" + id + ".md")
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
