// Package renderer renders changes.
package renderer

import (
	"example.com/tofu/attribute_path"
	"example.com/tofu/structured"
)

// Render renders the changes of a plan.
func Render(before, after any, paths [][]string) []structured.Change {
	return []structured.Change{
		structured.FromJsonChange(before, after, attribute_path.AlwaysMatcher{}),
		structured.FromJsonChange(before, after, attribute_path.Parse(paths)),
		structured.FromJsonChange(before, after, &attribute_path.PathMatcher{}),
	}
}

// Legend describes the matchers.
func Legend() []string {
	return []string{structured.Describe(attribute_path.AlwaysMatcher{}), structured.Describe(&attribute_path.PathMatcher{})}
}
