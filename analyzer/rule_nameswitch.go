package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"github.com/registrylint/registrylint/internal/model"
)

// checkNameSwitch reports hard-coded dispatch outside init functions
// (name-switch): an expression switch or if/else-if chain that compares a
// string to an adapter name or whose branches construct two or more
// different adapters, and a type switch with a case on a concrete adapter
// type. Generated files are exempt.
func checkNameSwitch(rep *reporter, m *pkgModel) {
	for _, d := range m.Dispatch {
		if m.isRegistryInit(d.Fn) || ast.IsGenerated(d.File) {
			continue
		}
		var names []string
		var branches []ast.Node
		switch n := d.Node.(type) {
		case *ast.TypeSwitchStmt:
			if t := m.adapterTypeCase(n); t != "" {
				rep.report(RuleNameSwitch, n.Pos(), n.Pos()+token.Pos(len("switch")), nil,
					"type switch on adapter type %s hard-codes dispatch outside the registry; add a method to the adapter interface instead", t)
			}
			continue
		case *ast.SwitchStmt:
			tagString := n.Tag != nil && model.IsString(m.Pass().TypesInfo.TypeOf(n.Tag))
			for _, s := range n.Body.List {
				cc := s.(*ast.CaseClause)
				for _, e := range cc.List {
					if tagString {
						names = append(names, m.ConstString(e)...)
					} else if n.Tag == nil {
						names = append(names, m.comparedStrings(e)...)
					}
				}
				branches = append(branches, cc)
			}
		case *ast.IfStmt:
			for s := ast.Stmt(n); s != nil; {
				ifs, ok := s.(*ast.IfStmt)
				if !ok {
					branches = append(branches, s)
					break
				}
				names = append(names, m.comparedStrings(ifs.Cond)...)
				branches = append(branches, ifs.Body)
				s = ifs.Else
			}
		}
		what := "switch"
		if _, isIf := d.Node.(*ast.IfStmt); isIf {
			what = "if/else-if chain"
		}
		var matched []string
		if len(names) > 0 {
			vis := m.VisibleAdapters()
			for _, name := range names {
				if vis.Names[name] {
					matched = append(matched, strconv.Quote(name))
				}
			}
		}
		end := d.Node.Pos() + token.Pos(len("switch"))
		if what != "switch" {
			end = d.Node.Pos() + 2
		}
		if len(matched) > 0 {
			rep.report(RuleNameSwitch, d.Node.Pos(), end, nil,
				"%s on adapter names %s is a second list of adapters that drifts from the registry; look the adapter up by name through the registry",
				what, strings.Join(dedupe(matched), ", "))
			continue
		}
		if built := m.constructedAdapters(branches); len(built) >= 2 {
			rep.report(RuleNameSwitch, d.Node.Pos(), end, nil,
				"%s that constructs different adapters (%s) is a second list of adapters that drifts from the registry; look the adapter up through the registry",
				what, strings.Join(built, ", "))
		}
	}
}

func dedupe(list []string) []string {
	seen := make(map[string]bool)
	out := list[:0]
	for _, s := range list {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// comparedStrings returns the constant strings that a condition compares
// a string with ==, through && and ||.
func (m *pkgModel) comparedStrings(e ast.Expr) []string {
	be, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok {
		return nil
	}
	switch be.Op {
	case token.LAND, token.LOR:
		return append(m.comparedStrings(be.X), m.comparedStrings(be.Y)...)
	case token.EQL:
		if model.IsString(m.Pass().TypesInfo.TypeOf(be.X)) {
			return append(m.ConstString(be.X), m.ConstString(be.Y)...)
		}
	}
	return nil
}

// adapterTypeCase returns the first concrete adapter type among a type
// switch's cases, or "".
func (m *pkgModel) adapterTypeCase(n *ast.TypeSwitchStmt) string {
	for _, s := range n.Body.List {
		for _, e := range s.(*ast.CaseClause).List {
			t := m.Pass().TypesInfo.TypeOf(e)
			if t == nil || types.IsInterface(t) {
				continue
			}
			key, pointer := model.TypeKey(t)
			if key == "" {
				continue
			}
			if _, ok := m.VisibleAdapters().ByKey[key]; ok {
				return m.TypeString(key, pointer)
			}
		}
	}
	return ""
}

// constructedAdapters returns the distinct adapters that the branches
// construct (a composite literal, new(T), or a call returning a concrete
// adapter type), if they construct at least one in two branches.
func (m *pkgModel) constructedAdapters(branches []ast.Node) []string {
	vis := m.VisibleAdapters()
	all := make(map[string]bool)
	for _, b := range branches {
		ast.Inspect(b, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.CompositeLit, *ast.CallExpr:
				t := m.Pass().TypesInfo.TypeOf(n.(ast.Expr))
				if t == nil || types.IsInterface(t) {
					return true
				}
				if key, _ := model.TypeKey(t); key != "" && vis.ByKey[key] != nil {
					all[m.TypeString(key, false)] = true
				}
			}
			return true
		})
	}
	out := make([]string, 0, len(all))
	for k := range all {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
