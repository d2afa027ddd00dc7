//go:build unix

package driver

import (
	"os"
	"syscall"
)

// chownLike gives file name the owner and group of info's file, where the
// process may (as root); otherwise it leaves them.
func chownLike(name string, info os.FileInfo) {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		_ = os.Chown(name, int(st.Uid), int(st.Gid))
	}
}

// sameOwnerAndMode reports whether the files of a and b have one owner,
// group and mode.
func sameOwnerAndMode(a, b os.FileInfo) bool {
	sa, ok1 := a.Sys().(*syscall.Stat_t)
	sb, ok2 := b.Sys().(*syscall.Stat_t)
	return ok1 && ok2 && sa.Uid == sb.Uid && sa.Gid == sb.Gid && a.Mode()&modeBits == b.Mode()&modeBits
}

// linkCount returns the number of hard links of info's file.
func linkCount(info os.FileInfo) int {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return int(st.Nlink)
	}
	return 1
}
