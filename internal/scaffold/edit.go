package scaffold

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"unicode"

	"github.com/registrylint/registrylint/internal/edit"
	"github.com/registrylint/registrylint/internal/newline"

	"golang.org/x/tools/go/analysis"
)

// listEntryEdit inserts text as a new element of a multi-line literal
// after the last element of its last group (elements separated by blank
// or comment lines), never under the comment of another group: when the
// literal ends with a lone element that a comment of its own introduces
// (OpenTofu's "Terraform Cloud 'backend'" entry), the new element joins
// the last group of several elements instead. In a group of three or
// more entries kept sorted by key (OpenTofu's remote state backends), the
// new entry goes to its sorted place instead. ok is false for a literal
// that is not one element per line: then the fix's own insertion applies.
func (m *Model) listEntryEdit(src []byte, lit *ast.CompositeLit, text string) (analysis.TextEdit, bool) {
	elts := lit.Elts
	tf := m.Pass().Fset.File(lit.Pos())
	if len(elts) == 0 || tf.Line(lit.Lbrace) == tf.Line(elts[0].Pos()) {
		return analysis.TextEdit{}, false
	}
	for i := 1; i < len(elts); i++ {
		if tf.Line(elts[i].Pos()) == tf.Line(elts[i-1].End()) {
			return analysis.TextEdit{}, false
		}
	}
	// Groups, as index ranges; a group is introduced by a comment when
	// a comment line precedes its first element.
	type group struct {
		first, last int
		commented   bool
	}
	var groups []group
	start := 0
	for i := 1; i <= len(elts); i++ {
		if i < len(elts) && tf.Line(elts[i].Pos())-tf.Line(elts[i-1].End()) == 1 {
			continue
		}
		g := group{first: start, last: i - 1}
		if start > 0 {
			between := src[tf.Offset(elts[start-1].End()):tf.Offset(elts[start].Pos())]
			if _, rest, ok := bytes.Cut(between, []byte("\n")); ok {
				g.commented = bytes.Contains(rest, []byte("//")) || bytes.Contains(rest, []byte("/*"))
			}
		}
		groups = append(groups, g)
		start = i
	}
	chosen := groups[len(groups)-1]
	if chosen.first == chosen.last && chosen.commented {
		for i := len(groups) - 2; i >= 0; i-- {
			if groups[i].last > groups[i].first {
				chosen = groups[i]
				break
			}
		}
	}
	if at, ok := sortedPlace(src, tf, elts[chosen.first:chosen.last+1], text); ok {
		e := elts[chosen.first+at]
		lineStart, _ := edit.LineBounds(src, tf.Offset(e.Pos()))
		indent := string(src[lineStart:tf.Offset(e.Pos())])
		if strings.TrimSpace(indent) == "" {
			pos := tf.Pos(lineStart)
			return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(indent + text + "," + newline.Of(src))}, true
		}
	}
	last := elts[chosen.last]
	off := tf.Offset(last.End())
	lineStart, lineEnd := edit.LineBounds(src, off)
	rest := bytes.TrimSpace(src[off:lineEnd])
	if !bytes.HasPrefix(rest, []byte(",")) || !edit.OnlyComment(rest[1:]) {
		return analysis.TextEdit{}, false
	}
	eltStart := tf.Offset(last.Pos())
	indent := string(src[lineStart:eltStart])
	if strings.TrimSpace(indent) != "" {
		return analysis.TextEdit{}, false
	}
	at := tf.Pos(lineEnd)
	return analysis.TextEdit{Pos: at, End: at, NewText: []byte(newline.Of(src) + indent + text + ",")}, true
}

// assumedName returns the package name that goimports assumes for an
// import path: its last element, or the one before a major version
// suffix (github.com/caddyserver/caddy/v2 is caddy), without a go- prefix
// and cut at the first character that cannot be in an identifier. An
// import needs no alias when the package's name is this.
func assumedName(path string) string {
	elems := strings.Split(path, "/")
	name := elems[len(elems)-1]
	if len(elems) > 1 && len(name) > 1 && name[0] == 'v' && strings.Trim(name[1:], "0123456789") == "" {
		name = elems[len(elems)-2]
	}
	name = strings.TrimPrefix(name, "go-")
	for i, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			return name[:i]
		}
	}
	return name
}

// sortedPlace returns the index of the entry of group before which the
// keyed entry text goes when the group's keys are sorted (three entries
// at least, strictly ascending); ok is false when they are not, or when
// it goes last.
func sortedPlace(src []byte, tf *token.File, group []ast.Expr, text string) (int, bool) {
	if len(group) < 3 {
		return 0, false
	}
	newKey, ok := keyOfEntry(text)
	if !ok {
		return 0, false
	}
	var keys []string
	for _, e := range group {
		kv, isKV := e.(*ast.KeyValueExpr)
		if !isKV {
			return 0, false
		}
		k := orderKey(string(src[tf.Offset(kv.Key.Pos()):tf.Offset(kv.Key.End())]))
		if len(keys) > 0 && keys[len(keys)-1] >= k {
			return 0, false
		}
		keys = append(keys, k)
	}
	for i, k := range keys {
		if newKey < k {
			return i, true
		}
	}
	return 0, false
}

// keyOfEntry returns the key of map entry text ("key: value") that
// orders it, as orderKey does.
func keyOfEntry(text string) (string, bool) {
	e, err := parser.ParseExpr("T{" + text + "}")
	if err != nil {
		return "", false
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok || len(lit.Elts) != 1 {
		return "", false
	}
	kv, ok := lit.Elts[0].(*ast.KeyValueExpr)
	if !ok {
		return "", false
	}
	// Positions count from 1 in "T{" + text + "}".
	return orderKey(text[int(kv.Key.Pos())-3 : int(kv.Key.End())-3]), true
}

// orderKey returns what orders a key written as text: a string literal's
// value, else the text itself (nodename.Name).
func orderKey(text string) string {
	if v, err := strconv.Unquote(text); err == nil && strings.HasPrefix(text, `"`) {
		return v
	}
	return text
}
