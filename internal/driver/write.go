package driver

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/registrylint/registrylint/internal/gomod"
)

// errChanged is the error of replaceFile when the file no longer holds
// the content it was read with.
var errChanged = errors.New("changed since it was read")

// modeBits are the bits of a file's mode that a write keeps.
const modeBits = fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky

// replaceFile replaces the content of the existing file name by data, and
// returns the number of other hard links the file has.
//
// A symbolic link is written through, and kept; its target must lie in
// one of the directories within (nil: anywhere). When expect is non-nil,
// the file must still hold expect, checked just before it is replaced,
// else the error is errChanged and the file is left as it is.
//
// The file is written to a temporary file in its directory, with its
// mode bits and owner, and renamed over it, so that a failed write leaves
// it as it was. When the temporary file cannot carry them (the file has
// other hard links, which a rename would split; an owner or group the
// process cannot give), the file is written in place instead, and put
// back as it was should that fail.
func replaceFile(name string, expect, data []byte, within []string) (links int, err error) {
	target, err := linkTarget(name, within)
	if err != nil {
		return 0, err
	}
	info, err := os.Stat(target)
	if err != nil {
		return 0, err
	}
	if !info.Mode().IsRegular() {
		return 0, fmt.Errorf("%s is not a regular file", name)
	}
	links = linkCount(info) - 1
	if links > 0 {
		return links, writeInPlace(target, info, expect, data)
	}
	tmp, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".registrylint-*")
	if err != nil {
		return 0, err
	}
	renamed := false
	defer func() {
		if !renamed {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return 0, fmt.Errorf("writing %s: %w", name, err)
	}
	if err := tmp.Sync(); err != nil {
		return 0, err
	}
	// The owner first: a change of owner clears the setuid and setgid bits.
	chownLike(tmp.Name(), info)
	if err := os.Chmod(tmp.Name(), info.Mode()&modeBits); err != nil {
		return 0, err
	}
	if tinfo, err := tmp.Stat(); err != nil || !sameOwnerAndMode(tinfo, info) {
		return 0, writeInPlace(target, info, expect, data)
	}
	if err := tmp.Close(); err != nil {
		return 0, err
	}
	if err := checkContent(target, expect); err != nil {
		return 0, err
	}
	if err := os.Rename(tmp.Name(), target); err != nil {
		return 0, err
	}
	renamed = true
	return 0, nil
}

// checkContent returns errChanged when expect is non-nil and the file
// name does not hold it.
func checkContent(name string, expect []byte) error {
	if expect == nil {
		return nil
	}
	cur, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	if !bytes.Equal(cur, expect) {
		return errChanged
	}
	return nil
}

// writeInPlace writes data over the content of the regular file name,
// whose information is info, keeping its inode (its hard links, owner and
// mode bits). On a failed write it puts the old content back.
func writeInPlace(name string, info fs.FileInfo, expect, data []byte) error {
	old, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	if expect != nil && !bytes.Equal(old, expect) {
		return errChanged
	}
	f, err := os.OpenFile(name, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	_, err = f.WriteAt(data, 0)
	if err == nil {
		err = f.Truncate(int64(len(data)))
	}
	if err == nil {
		err = f.Sync()
	}
	if err != nil {
		// The old content fits where the new one was being written.
		_, _ = f.WriteAt(old, 0)
		_ = f.Truncate(int64(len(old)))
		_ = f.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := f.Close(); err != nil {
		return err
	}
	// A write by a process without the privilege clears setuid and setgid.
	if fi, err := os.Stat(name); err == nil && fi.Mode()&modeBits != info.Mode()&modeBits {
		return os.Chmod(name, info.Mode()&modeBits)
	}
	return nil
}

// linkTarget returns the file that name designates, following symbolic
// links, which may not exist yet; name itself when it is no link. A link
// must lead into one of the directories within (nil: anywhere).
func linkTarget(name string, within []string) (string, error) {
	target := name
	for hops := 0; ; hops++ {
		fi, err := os.Lstat(target)
		if errors.Is(err, fs.ErrNotExist) {
			dir, err := filepath.EvalSymlinks(filepath.Dir(target))
			if err != nil {
				return "", err
			}
			target = filepath.Join(dir, filepath.Base(target))
			break
		}
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			if target, err = filepath.EvalSymlinks(target); err != nil {
				return "", err
			}
			break
		}
		if hops == 255 {
			return "", fmt.Errorf("%s: too many levels of symbolic links", name)
		}
		link, err := os.Readlink(target)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(link) {
			link = filepath.Join(filepath.Dir(target), link)
		}
		target = link
	}
	if within != nil && !insideAny(target, within) {
		return "", &outsideLinkError{target}
	}
	return target, nil
}

// An outsideLinkError is the error of a symbolic link that leads out of
// the main module; its message follows the name of the link.
type outsideLinkError struct{ target string }

func (e *outsideLinkError) Error() string {
	return "is a symbolic link to " + e.target + ", outside the main module"
}

// insideAny reports whether the file name, without symbolic links, lies in
// one of dirs, themselves with or without their symbolic links.
func insideAny(name string, dirs []string) bool {
	for _, dir := range dirs {
		if gomod.Within(name, dir) {
			return true
		}
		if real, err := filepath.EvalSymlinks(dir); err == nil && gomod.Within(name, real) {
			return true
		}
	}
	return false
}

// linksNote says that file, which has links other hard links, was
// written in place.
func linksNote(file string, links int) string {
	return fmt.Sprintf("%s has %d other hard %s: written in place to keep %s",
		file, links, plural(links, "link", "links"), plural(links, "it", "them"))
}

// createFile writes data to the new file name; it fails when name exists.
func createFile(name string, data []byte) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		_ = f.Close()
		_ = os.Remove(name)
		return err
	}
	return f.Close()
}
