package load

import (
	"bufio"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// buildCacheEmpty reports whether the go command's build cache holds
// nothing yet, or is off. Then -load=auto loads every package from
// source: go list -export would first compile every dependency, which
// takes tens of seconds where type-checking from source takes a few (a
// fresh container with a prebuilt registrylint, say). A cache that is
// only partly filled is not detected.
func buildCacheEmpty() bool {
	dir := goCacheDir()
	switch dir {
	case "off":
		return true
	case "":
		return false // unknown: assume it is warm
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return errors.Is(err, fs.ErrNotExist)
	}
	// The cache keeps its entries in 256 subdirectories, 00 to ff.
	for _, e := range entries {
		if !e.IsDir() || len(e.Name()) != 2 {
			continue
		}
		f, err := os.Open(filepath.Join(dir, e.Name()))
		if err != nil {
			continue
		}
		names, _ := f.Readdirnames(1)
		f.Close()
		if len(names) > 0 {
			return false
		}
	}
	return true
}

// goCacheDir returns the build cache directory as the go command finds
// it: $GOCACHE, else GOCACHE in the go env file ($GOENV, by default
// go/env in the user's configuration directory), else go-build in the
// user's cache directory; "" when it cannot tell.
func goCacheDir() string {
	if v := os.Getenv("GOCACHE"); v != "" {
		return v
	}
	if v := goEnvFileValue("GOCACHE"); v != "" {
		return v
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "go-build")
}

// goEnvFileValue returns the value of key in the go env file (written by
// go env -w), or "".
func goEnvFileValue(key string) string {
	name := os.Getenv("GOENV")
	switch name {
	case "off":
		return ""
	case "":
		dir, err := os.UserConfigDir()
		if err != nil {
			return ""
		}
		name = filepath.Join(dir, "go", "env")
	}
	f, err := os.Open(name)
	if err != nil {
		return ""
	}
	defer f.Close()
	value := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(strings.TrimSpace(sc.Text()), "="); ok && strings.TrimSpace(k) == key {
			value = strings.TrimSpace(v) // the last one wins
		}
	}
	return value
}
