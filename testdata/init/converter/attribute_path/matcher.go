// Package attribute_path matches attribute paths.
package attribute_path

// Matcher says whether an attribute is relevant.
type Matcher interface {
	Matches(step string) Matcher
	MatchesPartial() bool
}

// AlwaysMatcher matches everything.
type AlwaysMatcher struct{}

func (AlwaysMatcher) Matches(step string) Matcher { return AlwaysMatcher{} }
func (AlwaysMatcher) MatchesPartial() bool        { return true }

// PathMatcher matches the paths it holds.
type PathMatcher struct{ Paths [][]string }

func (m *PathMatcher) Matches(step string) Matcher { return m }
func (m *PathMatcher) MatchesPartial() bool        { return len(m.Paths) > 0 }

// Parse returns the matcher of the paths.
func Parse(paths [][]string) Matcher { return &PathMatcher{Paths: paths} }
