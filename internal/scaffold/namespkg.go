package scaffold

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"github.com/registrylint/registrylint/internal/edit"
	"github.com/registrylint/registrylint/internal/newline"

	"golang.org/x/tools/go/analysis"
)

// A names package holds the names of a registry's adapters as constants
// that each adapter's own name constant refers to (kube-scheduler's
// plugins/names: NodeName = "NodeName", and in package nodename
// const Name = names.NodeName). A new adapter's name joins it the same
// way.

// namesPackage is the constant block of a names package that most
// siblings' name constants refer to.
type namesPackage struct {
	m     *Model
	pkg   *types.Package // as the siblings import it
	block *ast.GenDecl
	ident string // the new constant's name
}

// findNamesPackage returns the names package that more than half of the
// siblings' name constants refer to, with the name of the constant the
// new adapter's name gets there (its name itself when every constant
// there is named by its value, else its Go name), or nil.
func findNamesPackage(models []*Model, sibs []sibling, bySib map[string]string, goName, key string) *namesPackage {
	type ref struct {
		pkg   *types.Package
		konst *types.Const
	}
	var refs []ref
	for _, s := range sibs {
		name := bySib[s.info.Type]
		if name == "" {
			continue
		}
		scope := s.m.Pass().Pkg.Scope()
		for _, n := range scope.Names() {
			c, ok := scope.Lookup(n).(*types.Const)
			if !ok || constStringOf(c) != name {
				continue
			}
			if r, ok := constRef(s.m, c); ok {
				refs = append(refs, r)
				break
			}
		}
	}
	counts := make(map[string]int)
	for _, r := range refs {
		counts[r.pkg.Path()]++
	}
	best := mostCommon(counts)
	if best == "" || counts[best]*2 <= len(sibs) {
		return nil
	}
	m := modelOfPath(models, best)
	if m == nil {
		return nil
	}
	// The const block that holds most of the constants referred to.
	blocks := make(map[*ast.GenDecl]int)
	byValue := true
	var pkg *types.Package
	for _, r := range refs {
		if r.pkg.Path() != best {
			continue
		}
		pkg = r.pkg
		if r.konst.Name() != constStringOf(r.konst) {
			byValue = false
		}
		for _, d := range declsOf(m, m.Pass().Pkg.Scope().Lookup(r.konst.Name())) {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.CONST && gd.Lparen.IsValid() {
				blocks[gd]++
			}
		}
	}
	var block *ast.GenDecl
	for gd, n := range blocks {
		if block == nil || n > blocks[block] || n == blocks[block] && gd.Pos() < block.Pos() {
			block = gd
		}
	}
	if block == nil {
		return nil
	}
	ident := ascii(goName)
	if byValue && token.IsIdentifier(key) && token.IsExported(key) {
		ident = key
	}
	if m.Pass().Pkg.Scope().Lookup(ident) != nil {
		return nil // taken: the new constant holds the name itself
	}
	return &namesPackage{m: m, pkg: pkg, block: block, ident: ident}
}

// constRef returns the constant of another package that constant c of
// m's package is declared as (const Name = names.NodeName).
func constRef(m *Model, c *types.Const) (ref struct {
	pkg   *types.Package
	konst *types.Const
}, ok bool) {
	for _, d := range declsOf(m, c) {
		gd, isGen := d.(*ast.GenDecl)
		if !isGen {
			continue
		}
		for _, spec := range gd.Specs {
			vs, isVal := spec.(*ast.ValueSpec)
			if !isVal || len(vs.Names) != len(vs.Values) {
				continue
			}
			for i, n := range vs.Names {
				if m.Pass().TypesInfo.Defs[n] != c {
					continue
				}
				sel, isSel := vs.Values[i].(*ast.SelectorExpr)
				if !isSel {
					return ref, false
				}
				other, isConst := m.Pass().TypesInfo.Uses[sel.Sel].(*types.Const)
				if !isConst || other.Pkg() == nil || other.Pkg() == c.Pkg() {
					return ref, false
				}
				ref.pkg, ref.konst = other.Pkg(), other
				return ref, true
			}
		}
	}
	return ref, false
}

// constStringOf returns the value of a string constant, or "".
func constStringOf(c *types.Const) string {
	if v, err := strconv.Unquote(c.Val().ExactString()); err == nil {
		return v
	}
	return ""
}

// edit returns the edit that declares the new constant in the block: in
// its sorted place when the block's names are sorted, else last.
func (np *namesPackage) edit(key string) (analysis.TextEdit, bool) {
	src := np.m.Source(np.block.Pos())
	tf := np.m.Pass().Fset.File(np.block.Pos())
	if src == nil || len(np.block.Specs) == 0 {
		return analysis.TextEdit{}, false
	}
	var names []string
	for _, spec := range np.block.Specs {
		vs, ok := spec.(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 {
			return analysis.TextEdit{}, false
		}
		names = append(names, vs.Names[0].Name)
	}
	line := np.ident + " = " + strconv.Quote(key)
	at := len(names)
	if len(names) >= 3 && sort.StringsAreSorted(names) {
		at = sort.SearchStrings(names, np.ident)
	}
	if at < len(names) {
		spec := np.block.Specs[at]
		start, _ := edit.LineBounds(src, tf.Offset(spec.Pos()))
		indent := string(src[start:tf.Offset(spec.Pos())])
		if strings.TrimSpace(indent) != "" {
			return analysis.TextEdit{}, false
		}
		pos := tf.Pos(start)
		return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(indent + line + newline.Of(src))}, true
	}
	last := np.block.Specs[len(names)-1]
	start, end := edit.LineBounds(src, tf.Offset(last.End()))
	off := tf.Offset(last.Pos())
	indent := string(src[start:off])
	if strings.TrimSpace(indent) != "" || !edit.OnlyComment(src[tf.Offset(last.End()):end]) {
		return analysis.TextEdit{}, false
	}
	pos := tf.Pos(end)
	return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(newline.Of(src) + indent + line)}, true
}
