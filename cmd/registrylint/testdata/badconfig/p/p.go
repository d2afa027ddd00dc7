// Package p is fine; its configuration is not.
package p

// N is an int.
var N = 1
