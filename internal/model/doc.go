// Package model computes the registry model of a package: which
// interfaces are registries, which types are their adapters, which
// functions register them and which function is each registry's init
// function (the one place that knows every adapter, as opposed to Go's
// package initializer, func init(), which the code calls a package init),
// and where registrations, literal adapter lists and dispatch on adapter
// names appear.
//
// [NewAnalyzer] returns the model analyzer, staticcheck style: it reports
// nothing, exports facts for the packages that import this one (gob-
// serializable, see [FactTypes]) and returns a [*Model], which the rule
// analyzer of package analyzer, the list inventory and the new
// scaffolder read through its exported fields and methods and never
// change.
package model
