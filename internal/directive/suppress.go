package directive

import (
	"go/ast"
	"go/token"
	"os"
	"slices"
	"strings"
)

// Suppressions indexes the //registrylint:ignore and //nolint comments of
// a package. A comment suppresses the findings on its own line and on the
// next line; in the doc comment of a declaration it suppresses the findings
// anywhere in that declaration.
type Suppressions struct {
	fset   *token.FileSet
	lines  map[lineKey][]suppression // by the line of the comment
	alone  map[lineKey]bool          // comment lines with no code before the comment
	ranges []rangeSuppression
}

type lineKey struct {
	file string
	line int
}

// suppression is one comment's effect: the rules it silences (all of them
// for a //nolint naming registrylint or all).
type suppression struct {
	rules []string
	all   bool
}

type rangeSuppression struct {
	pos, end token.Pos
	suppression
}

func (s suppression) covers(rule string) bool {
	return s.all || slices.Contains(s.rules, rule)
}

// Suppressed reports whether a finding of rule at pos is suppressed.
func (s *Suppressions) Suppressed(rule string, pos token.Pos) bool {
	if s == nil || !pos.IsValid() {
		return false
	}
	p := s.fset.Position(pos)
	for _, sup := range s.lines[lineKey{p.Filename, p.Line}] {
		if sup.covers(rule) {
			return true
		}
	}
	if prev := (lineKey{p.Filename, p.Line - 1}); s.alone[prev] {
		for _, sup := range s.lines[prev] {
			if sup.covers(rule) {
				return true
			}
		}
	}
	for _, r := range s.ranges {
		if r.pos <= pos && pos < r.end && r.covers(rule) {
			return true
		}
	}
	return false
}

// BadDirective is a malformed or misplaced directive (or config entry),
// reported by the bad-directive rule.
type BadDirective struct {
	Pos, End token.Pos
	Msg      string
}

// ScanComments reads every comment of the files once: it indexes
// suppressions and collects malformed directives, and role directives
// that are not in the doc comment of a declaration (placed holds those that
// are).
func ScanComments(fset *token.FileSet, files []*ast.File, placed map[*ast.Comment]bool, readFile func(string) ([]byte, error)) (*Suppressions, []BadDirective) {
	s := &Suppressions{fset: fset, lines: make(map[lineKey][]suppression), alone: make(map[lineKey]bool)}
	src := SourceReader(readFile)
	var bad []BadDirective
	for _, f := range files {
		// Doc comments of declarations suppress over the declaration.
		docOwner := make(map[*ast.CommentGroup]ast.Node)
		for _, decl := range f.Decls {
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				if decl.Doc != nil {
					docOwner[decl.Doc] = decl
				}
			case *ast.GenDecl:
				if decl.Doc != nil {
					docOwner[decl.Doc] = decl
				}
				for _, spec := range decl.Specs {
					switch spec := spec.(type) {
					case *ast.TypeSpec:
						if spec.Doc != nil {
							docOwner[spec.Doc] = spec
						}
					case *ast.ValueSpec:
						if spec.Doc != nil {
							docOwner[spec.Doc] = spec
						}
					}
				}
			}
		}
		for _, group := range f.Comments {
			owner := docOwner[group]
			for _, c := range group.List {
				sup, ok := parseSuppression(c, &bad, placed)
				if !ok {
					continue
				}
				if owner != nil {
					s.ranges = append(s.ranges, rangeSuppression{owner.Pos(), owner.End(), sup})
				}
				p := fset.Position(c.Pos())
				key := lineKey{p.Filename, p.Line}
				s.lines[key] = append(s.lines[key], sup)
				if !s.alone[key] && startsLine(src, p) {
					s.alone[key] = true
				}
			}
		}
	}
	return s, bad
}

// parseSuppression returns the suppression of comment c, if any, and
// appends a bad directive for a malformed or misplaced one.
func parseSuppression(c *ast.Comment, bad *[]BadDirective, placed map[*ast.Comment]bool) (suppression, bool) {
	if strings.HasPrefix(c.Text, "//nolint") {
		return parseNolint(c.Text)
	}
	d, ok, err := parseDirective(c)
	if !ok {
		return suppression{}, false
	}
	if err != nil {
		*bad = append(*bad, BadDirective{d.Pos, d.End, err.Error()})
		return suppression{}, false
	}
	if d.Verb != verbIgnore {
		if !placed[c] {
			*bad = append(*bad, BadDirective{d.Pos, d.End, misplacedMessage(d.Verb)})
		}
		return suppression{}, false
	}
	rules, err := parseIgnore(d.Args)
	if err != nil {
		*bad = append(*bad, BadDirective{d.Pos, d.End, err.Error() + "; it suppresses nothing"})
		return suppression{}, false
	}
	return suppression{rules: rules}, true
}

func misplacedMessage(verb string) string {
	switch verb {
	case VerbAdapter:
		return "misplaced //registrylint:adapter; put it in the doc comment of an interface type declaration"
	default:
		return "misplaced //registrylint:" + verb + "; put it in the doc comment of a function or method declaration"
	}
}

// parseNolint parses golangci-lint's //nolint[:linter,...] comment; it
// suppresses registrylint when it names no linter, registrylint or all.
func parseNolint(text string) (suppression, bool) {
	rest := strings.TrimPrefix(text, "//nolint")
	if rest == "" || rest[0] == ' ' || rest[0] == '\t' {
		return suppression{all: true}, true
	}
	if rest[0] != ':' {
		return suppression{}, false // e.g. //nolintfoo
	}
	list, _, _ := strings.Cut(rest[1:], " ")
	for _, name := range strings.Split(list, ",") {
		if name == "registrylint" || name == "all" {
			return suppression{all: true}, true
		}
	}
	return suppression{}, false
}

// SourceReader reads each file at most once, and only when asked.
func SourceReader(readFile func(string) ([]byte, error)) func(string) []byte {
	if readFile == nil {
		readFile = os.ReadFile
	}
	cache := make(map[string][]byte)
	return func(name string) []byte {
		if src, ok := cache[name]; ok {
			return src
		}
		src, _ := readFile(name)
		cache[name] = src
		return src
	}
}

// startsLine reports whether only white space precedes position p on its
// line, so that a comment there applies to the next line too.
func startsLine(source func(string) []byte, p token.Position) bool {
	src := source(p.Filename)
	if src == nil || p.Offset > len(src) {
		return p.Column == 1
	}
	for i := p.Offset - 1; i >= 0 && src[i] != '\n'; i-- {
		if src[i] != ' ' && src[i] != '\t' {
			return false
		}
	}
	return true
}
