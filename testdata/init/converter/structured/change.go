// Package structured turns JSON changes into structured ones.
package structured

import "example.com/tofu/attribute_path"

// Change is a structured change.
type Change struct {
	Before, After      any
	RelevantAttributes attribute_path.Matcher
}

// FromJsonChange converts a change: it takes the interface and returns
// something else, a converter, not a register function.
func FromJsonChange(before, after any, relevant attribute_path.Matcher) Change {
	return Change{Before: before, After: after, RelevantAttributes: relevant}
}

// Describe formats a matcher: a formatter, not a register function.
func Describe(m attribute_path.Matcher) string {
	if m.MatchesPartial() {
		return "partial"
	}
	return "all"
}
