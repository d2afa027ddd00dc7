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
