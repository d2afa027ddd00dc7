package model

import (
	"bytes"
	"go/ast"
	"go/format"
	"go/token"
	"go/types"
	"strings"
)

// ShortExpr formats an expression for a message, eliding long ones.
func ShortExpr(fset *token.FileSet, e ast.Expr) string {
	var buf bytes.Buffer
	if err := format.Node(&buf, fset, e); err != nil {
		return "an expression"
	}
	s := buf.String()
	if i := strings.IndexByte(s, '\n'); i >= 0 || len(s) > 40 {
		if i < 0 || i > 40 {
			i = 40
		}
		s = s[:i] + "…"
	}
	return s
}

// QualifiedType names a type as code in pkg would: "*piper.Piper" or
// "Piper". key is "import/path.Name"; pkgName is the name of the type's
// package ("" to guess it from the path).
func QualifiedType(key, pkgName string, pointer bool, pkg *types.Package) string {
	from := ""
	if pkg != nil {
		from = pkg.Path()
	}
	s := displayKey(key, from, func(p string) string {
		if b, _ := splitKey(key); p == b && pkgName != "" {
			return pkgName
		}
		return ""
	})
	if pointer {
		s = "*" + s
	}
	return s
}

// QualifiedObj names a declared object as code in pkg would.
func QualifiedObj(obj types.Object, pkg *types.Package) string {
	if obj.Pkg() == nil || obj.Pkg() == pkg {
		return obj.Name()
	}
	return obj.Pkg().Name() + "." + obj.Name()
}

// TypeString names the type of key as code in the package would, with the
// real name of its package (not the last element of its path, which
// differs for versioned module paths such as example.com/foo/v2).
func (m *Model) TypeString(key string, pointer bool) string {
	s := displayKey(key, m.pass.Pkg.Path(), m.packageName)
	if pointer {
		s = "*" + s
	}
	return s
}

// packageName returns the name of the package with the given path among
// the package and its imports, transitively, or "" when it is not found.
func (m *Model) packageName(path string) string {
	if p := m.ImportedPackage(path); p != nil {
		return p.Name()
	}
	return ""
}

// ImportedPackage returns the package with the given path among the
// package and its imports, transitively, or nil. The index is built once.
func (m *Model) ImportedPackage(path string) *types.Package {
	if m.pkgsByPath == nil {
		m.pkgsByPath = make(map[string]*types.Package)
		var visit func(p *types.Package)
		visit = func(p *types.Package) {
			if _, seen := m.pkgsByPath[p.Path()]; seen {
				return
			}
			m.pkgsByPath[p.Path()] = p
			for _, imp := range p.Imports() {
				visit(imp)
			}
		}
		visit(m.pass.Pkg)
	}
	return m.pkgsByPath[path]
}

// PathBase returns the last element of an import path (the usual package
// name).
func PathBase(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[i+1:]
	}
	return p
}

// QualifiedFuncOrVar names an init function, a function or a
// package-level variable, as code in from would.
func QualifiedFuncOrVar(obj types.Object, from *types.Package) string {
	if fn, ok := obj.(*types.Func); ok {
		return QualifiedFunc(fn, from)
	}
	return QualifiedObj(obj, from)
}

// QualifiedFunc names fn as code in from would: F, pkg.F or (*T).M.
func QualifiedFunc(fn *types.Func, from *types.Package) string {
	if recv := fn.Signature().Recv(); recv != nil {
		return "(" + types.TypeString(recv.Type(), (*types.Package).Name) + ")." + fn.Name()
	}
	if fn.Pkg() != nil && fn.Pkg() != from {
		return fn.Pkg().Name() + "." + fn.Name()
	}
	return fn.Name()
}
