package model

import (
	"go/ast"
	"go/constant"
	"go/types"
)

// ConstString returns the value of a constant string expression.
func (m *Model) ConstString(e ast.Expr) []string {
	tv := m.pass.TypesInfo.Types[e]
	if tv.Value != nil && tv.Value.Kind() == constant.String {
		return []string{constant.StringVal(tv.Value)}
	}
	return nil
}

// IsString reports whether t is a string type (its underlying type is
// string).
func IsString(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}
