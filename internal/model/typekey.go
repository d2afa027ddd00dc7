package model

import (
	"go/types"
	"strconv"
	"strings"
)

// Adapter type keys. A registration resolves to the keys of the concrete
// types it can register: "import/path.Name" for a named type, and, for an
// instance of a generic type, its type arguments in brackets,
// "import/path.factory[example.com/s3.config,*example.com/s3.backend]",
// so that two instantiations are the same key exactly when they are
// identical types (types.Identical), and nine backends that are values of
// one generic factory type are nine adapters, not one registered nine
// times. A type parameter of the function whose body is being resolved
// is written "$i" (its index); the call of an instance of that function
// substitutes its type arguments (see substituteTypeArgs), and a key
// still holding a "$" is unresolved.

// typeKeyOfNamed returns the key of a named type, with its type arguments.
func typeKeyOfNamed(named *types.Named) string {
	obj := named.Obj()
	key := obj.Pkg().Path() + "." + obj.Name()
	args := named.TypeArgs()
	if args.Len() == 0 {
		return key
	}
	var b strings.Builder
	b.WriteString(key)
	b.WriteByte('[')
	for i := 0; i < args.Len(); i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(typeArgKey(args.At(i)))
	}
	b.WriteByte(']')
	return b.String()
}

// typeArgKey writes a type argument: a key for named types (through
// pointers), "$i" for a type parameter, else the type with full package
// paths.
func typeArgKey(t types.Type) string {
	switch t := types.Unalias(t).(type) {
	case *types.TypeParam:
		return "$" + strconv.Itoa(t.Index())
	case *types.Pointer:
		return "*" + typeArgKey(t.Elem())
	case *types.Named:
		if t.Obj().Pkg() != nil {
			return typeKeyOfNamed(t)
		}
	}
	return types.TypeString(t, func(p *types.Package) string { return p.Path() })
}

// IsGenericKey reports whether key names an instance of a generic type.
func IsGenericKey(key string) bool { return strings.Contains(key, "[") }

// GenericBase returns the key of the generic type that key instantiates
// (key itself when it is no instance).
func GenericBase(key string) string {
	if i := strings.IndexByte(key, '['); i >= 0 {
		return key[:i]
	}
	return key
}

// hasTypeParam reports whether key still holds a type parameter of a
// generic function (it was not substituted at a call of an instance).
func hasTypeParam(key string) bool { return strings.Contains(key, "$") }

// SubstituteTypeArgs replaces each "$i" in key with the key of the i-th
// type argument of an instance: the key of what a call of that instance
// returns, when the generic function's body returns a type of its type
// parameters.
func SubstituteTypeArgs(key string, args *types.TypeList) string {
	return substituteTypeArgs(key, args)
}

// substituteTypeArgs replaces each "$i" in key with the key of the i-th
// type argument of an instance.
func substituteTypeArgs(key string, args *types.TypeList) string {
	if args == nil || args.Len() == 0 || !hasTypeParam(key) {
		return key
	}
	var b strings.Builder
	for i := 0; i < len(key); i++ {
		if key[i] != '$' {
			b.WriteByte(key[i])
			continue
		}
		j := i + 1
		for j < len(key) && key[j] >= '0' && key[j] <= '9' {
			j++
		}
		n, err := strconv.Atoi(key[i+1 : j])
		if err != nil || n >= args.Len() {
			b.WriteString(key[i:j])
		} else {
			b.WriteString(typeArgKey(args.At(n)))
		}
		i = j - 1
	}
	return b.String()
}

// splitKey splits a key into its package path and its name, the type
// arguments included ("factory[...]").
func splitKey(key string) (pkg, name string) {
	base := GenericBase(key)
	dot := strings.LastIndex(base, ".")
	if dot < 0 {
		return "", key
	}
	return key[:dot], key[dot+1:]
}

// displayKey names a key as code in package pkgPath (with package names
// pkgName(path)) would: "s3.config" for "example.com/s3.config", its type
// arguments likewise.
func displayKey(key, pkgPath string, pkgName func(string) string) string {
	p, name := splitKey(key)
	args := ""
	if i := strings.IndexByte(name, '['); i >= 0 {
		name, args = name[:i], name[i+1:len(name)-1]
	}
	s := name
	if p != "" && p != pkgPath {
		n := pkgName(p)
		if n == "" {
			n = PathBase(p)
		}
		s = n + "." + name
	}
	if args == "" {
		return s
	}
	parts := splitTopLevel(args)
	for i, a := range parts {
		star := ""
		for strings.HasPrefix(a, "*") {
			star, a = star+"*", a[1:]
		}
		if strings.ContainsAny(a, "(){} ") || !strings.Contains(GenericBase(a), ".") {
			parts[i] = star + a
			continue
		}
		parts[i] = star + displayKey(a, pkgPath, pkgName)
	}
	return s + "[" + strings.Join(parts, ", ") + "]"
}

// splitTopLevel splits a comma-separated list of type arguments at the
// commas outside brackets and parentheses.
func splitTopLevel(s string) []string {
	var parts []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[', '(', '{':
			depth++
		case ']', ')', '}':
			depth--
		case ',':
			if depth == 0 {
				parts = append(parts, s[start:i])
				start = i + 1
			}
		}
	}
	return append(parts, s[start:])
}
