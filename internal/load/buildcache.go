package load

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// buildCacheEmpty reports whether the build cache of the go command run
// in dir holds nothing yet, or is off. Then Load loads every package from
// source: go list -export would first compile every dependency, which
// takes tens of seconds where type-checking from source takes a few (a
// fresh container with a prebuilt registrylint, say). A cache that is
// only partly filled is not detected.
func buildCacheEmpty(ctx context.Context, dir string) bool {
	return BuildCacheEmpty(ctx, dir)
}

// BuildCacheEmpty is the test of [Load] for a build cache that holds
// nothing yet, for a caller that runs the go command before Load (which
// fills the cache a little) and must decide as Load would have: set
// Config.Source when it reports true.
func BuildCacheEmpty(ctx context.Context, dir string) bool {
	cache := goCacheDir(ctx, dir)
	switch cache {
	case "off":
		return true
	case "":
		return false // unknown: assume it is warm
	}
	entries, err := os.ReadDir(cache)
	if err != nil {
		return errors.Is(err, fs.ErrNotExist)
	}
	// The cache keeps its entries in 256 subdirectories, 00 to ff.
	for _, e := range entries {
		if !e.IsDir() || len(e.Name()) != 2 {
			continue
		}
		f, err := os.Open(filepath.Join(cache, e.Name()))
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

// goCacheDir returns the build cache directory of the go command run in
// dir: $GOCACHE when it is set (the go command takes it before its env
// file), else what go env GOCACHE says there (set by go env -w, or the
// default); "" when it cannot tell. Only a run whose environment does not
// set GOCACHE pays for the go process, and only with the mixed load,
// which must know before its go list whether -export would compile.
func goCacheDir(ctx context.Context, dir string) string {
	if v := os.Getenv("GOCACHE"); v != "" {
		return v
	}
	cmd := exec.CommandContext(ctx, "go", "env", "GOCACHE")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}
