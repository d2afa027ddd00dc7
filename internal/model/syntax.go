package model

import (
	"go/ast"
	"strconv"
)

// ImportPath returns the unquoted path of an import spec.
func ImportPath(spec *ast.ImportSpec) string {
	p, err := strconv.Unquote(spec.Path.Value)
	if err != nil {
		return ""
	}
	return p
}

func IsKeyed(e ast.Expr) bool {
	_, ok := e.(*ast.KeyValueExpr)
	return ok
}
