// Package load loads Go packages for an analysis driver: one go list
// through [golang.org/x/tools/go/packages], then syntax and types.
//
// [Load] has two modes. By default (-load=auto in the driver), it runs go
// list once, as a fact-free driver does (-deps -export -compiled), and
// type-checks from source only the root packages and the dependencies
// that may carry analysis facts ([Config.FactSources]) or import one,
// directly or not; every other dependency gets the types of its export
// data and is left out of the import graph handed back, so that an
// analysis never visits it. With [Config.Source], or when the go
// command's build cache is empty or off (go list -export would first
// compile every dependency), every package is type-checked from source,
// which needs no export data.
//
// A [FileScanner] finds, for a FactSources hook, the packages whose files
// hold a marker such as a directive prefix, remembering across runs the
// module-cache directories that hold none. [InStandardLibrary] tells the
// packages of the standard library apart.
//
// Load prints nothing: the errors of packages that do not load or
// type-check are returned, as a [*PackageErrors], for the driver to
// print.
package load
