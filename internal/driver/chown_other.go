//go:build !unix

package driver

import "os"

// chownLike does nothing where files have no Unix owner.
func chownLike(string, os.FileInfo) {}

// sameOwnerAndMode reports whether the files of a and b have one mode.
func sameOwnerAndMode(a, b os.FileInfo) bool { return a.Mode()&modeBits == b.Mode()&modeBits }

// linkCount returns 1: hard links are not counted here.
func linkCount(os.FileInfo) int { return 1 }
