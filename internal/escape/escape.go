// Package escape makes strings from the analyzed repository safe to
// print: names, messages, file names and configuration values reach
// terminals, CI logs and rendered documents, where a raw newline starts a
// line of the attacker's choosing (a GitHub workflow command such as
// "::error::...", a forged finding) and a terminal escape rewrites the
// screen. Every output of registrylint passes such strings through [Line]
// (text), [MarkdownCode] or [MarkdownText] (markdown tables) or
// [Mermaid] (diagram labels); JSON and SARIF are escaped by their
// encoders.
package escape

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// Line returns s with every character that could break a line or
// control a terminal written as a Go escape, as strconv.Quote writes it
// (\n, \t, \x1b, \u2028, \xff for an invalid byte), and the rest as is.
// It escapes control characters (C0, DEL, C1), format characters (bidi
// overrides, zero-width spaces, a byte order mark), line and paragraph
// separators and invalid UTF-8; a string of none of them is returned
// unchanged.
func Line(s string) string {
	return escape(s, false)
}

// Source is [Line] for a line of source code printed as context: tabs,
// its indentation, are kept.
func Source(s string) string {
	return escape(s, true)
}

func escape(s string, keepTab bool) string {
	if !strings.ContainsFunc(s, unsafe) && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case unsafe(r) && (!keepTab || r != '\t'):
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// unsafe reports whether r must not be printed raw.
func unsafe(r rune) bool {
	return unicode.IsControl(r) || unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp)
}

// HasUnsafe reports whether s holds a character that [Line] escapes.
func HasUnsafe(s string) bool {
	return Line(s) != s
}

// MarkdownCode returns s as a markdown code span for a table cell: [Line]
// escaped, "|" escaped (it would end the cell, even in a code span), and
// fenced with more backticks than s holds in a row, so that a backtick in
// s does not end the span.
func MarkdownCode(s string) string {
	s = strings.ReplaceAll(Line(s), "|", `\|`)
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return fence + s + fence
}

// MarkdownText returns s as plain text of a markdown table cell: [Line]
// escaped, with the characters that would end the cell, open a code span,
// a link or an HTML tag backslash-escaped (not "_" nor "*": file names
// such as default_binder.go read as they are, and emphasis cannot break
// the table).
func MarkdownText(s string) string {
	var b strings.Builder
	for _, r := range Line(s) {
		if strings.ContainsRune("\\|`<>[]", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Mermaid returns s for a quoted mermaid label (["..."], -- "..." -->):
// [Line] escaped, with the quote that would end the label and the
// characters of HTML and of mermaid's own entity codes written as entity
// codes.
func Mermaid(s string) string {
	return mermaidReplacer.Replace(Line(s))
}

var mermaidReplacer = strings.NewReplacer(`#`, `#35;`, `"`, `#quot;`, `<`, `#lt;`, `>`, `#gt;`)

// JSON returns data, JSON written by encoding/json, with the format
// characters (bidi overrides, zero-width spaces) that encoding/json
// leaves raw written as \u escapes, as it writes U+2028: outside strings
// JSON holds only ASCII, so every such rune is inside a string, where the
// escape stands for the same rune.
func JSON(data []byte) []byte {
	if !bytes.ContainsFunc(data, unsafe) {
		return data
	}
	var b bytes.Buffer
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if unsafe(r) && r > 0x7f {
			for _, u := range utf16.Encode([]rune{r}) {
				fmt.Fprintf(&b, `\u%04x`, u)
			}
		} else {
			b.Write(data[i : i+size])
		}
		i += size
	}
	return b.Bytes()
}
