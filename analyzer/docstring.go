package analyzer

import "strings"

// analyzerDoc extracts the "# Analyzer registrylint" section of the package
// documentation in src (the text of doc.go) as the analyzer's Doc: the
// first line is the title, as go/analysis expects.
func analyzerDoc(src string) string {
	var lines []string
	in := false
	for _, line := range strings.Split(src, "\n") {
		if !strings.HasPrefix(line, "//") {
			if in {
				break
			}
			continue
		}
		text := strings.TrimPrefix(strings.TrimPrefix(line, "//"), " ")
		if strings.HasPrefix(text, "# Analyzer ") {
			in = true
			continue
		}
		if in {
			if strings.HasPrefix(text, "# ") {
				break
			}
			if strings.HasPrefix(text, "\t") {
				text = "  " + text[1:]
			}
			lines = append(lines, text)
		}
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}
