package inventory

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/registrylint/registrylint/internal/escape"
)

// The formats an inventory is written in by `registrylint list`.
const (
	FormatText     = "text"
	FormatJSON     = "json"
	FormatMarkdown = "markdown"
	FormatMermaid  = "mermaid"
)

// Normalize returns a recorded inventory (a file that `registrylint
// list` wrote, then an editor or a checkout touched) as list writes it:
// without a leading byte order mark, with "\n" line ends and a final
// newline. Those are not differences worth a failed check.
func Normalize(data []byte) []byte {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	if len(data) > 0 && data[len(data)-1] != '\n' {
		data = append(data[:len(data):len(data)], '\n')
	}
	return data
}

// DetectFormat returns the format that normalized data would be an
// inventory of, from its first line: json, markdown, mermaid or text.
func DetectFormat(data []byte) string {
	s := strings.TrimLeft(string(data), " \t\n")
	switch {
	case strings.HasPrefix(s, "{"):
		return FormatJSON
	case strings.HasPrefix(s, "## ") || strings.HasPrefix(s, "No registries."):
		return FormatMarkdown
	case strings.HasPrefix(s, "graph "):
		return FormatMermaid
	}
	return FormatText
}

// Check reports why normalized data is not an inventory that list
// writes in format (nil when it is one): a file to compare with the code
// must be one, or the comparison reports a "difference" that rewriting
// the file with list would "fix" by overwriting something else (go.mod,
// a baseline, a binary). It checks the shape of every line, not the
// content: an inventory edited by hand still differs from the code.
func Check(format string, data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return errors.New("empty")
	}
	if bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data) {
		return errors.New("binary (it holds NUL bytes or invalid UTF-8)")
	}
	for i, l := range strings.Split(string(data), "\n") {
		// list escapes every control character it writes, in every format.
		if escape.HasUnsafe(l) {
			return fmt.Errorf("line %d holds a control character: %s", i+1, strconv.Quote(truncate(l, 60)))
		}
	}
	if format == FormatJSON {
		return checkJSON(data)
	}
	shape := lineShapes[format]
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	for i, l := range lines {
		re := shape.line
		if i == 0 {
			re = shape.first
		}
		if !re.MatchString(l) {
			return fmt.Errorf("line %d, %s, is not a line of a %s inventory", i+1, strconv.Quote(truncate(l, 60)), format)
		}
	}
	return nil
}

// lineShapes are, per format, the shapes of the first line and of the
// others of an inventory as list writes it.
var lineShapes = map[string]struct{ first, line *regexp.Regexp }{
	FormatText: {
		regexp.MustCompile(`^(no registries|registry \S.*)$`),
		regexp.MustCompile(`^(|registry \S.*|  \S.*|    \S.*)$`),
	},
	FormatMarkdown: {
		regexp.MustCompile(`^(No registries\.|## \S.*)$`),
		regexp.MustCompile(`^(|## \S.*|` + "`" + `.*|> .*|\|.*\|)$`),
	},
	FormatMermaid: {
		regexp.MustCompile(`^graph LR$`),
		regexp.MustCompile(`^  ([ria][0-9]+_[0-9]+[ [].*|classDef .*)$`),
	},
}

// checkJSON reports why data is not one JSON inventory.
func checkJSON(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var inv Inventory
	if err := dec.Decode(&inv); err != nil {
		return fmt.Errorf("not a JSON inventory: %v", err)
	}
	if inv.Registries == nil {
		return errors.New(`not a JSON inventory: no "registries" list`)
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("not a JSON inventory: more follows the inventory")
	}
	return nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "..."
}
