// Package p does not type-check.
package p

// N is not an int.
var N int = "not an int"
