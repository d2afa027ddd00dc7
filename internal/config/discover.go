package config

import (
	"os"
	"path/filepath"

	"github.com/registrylint/registrylint/internal/gomod"
)

// configNames are the file names that config discovery looks for, in
// order of preference.
var configNames = []string{".registrylint.yml", "registrylint.yml"}

// DiscoverConfigIn returns the configuration file that discovery finds for
// a package in directory dir (which file applies is for a [Resolver] to
// say): the first of configNames found in dir or a
// parent directory, up to and including the module root (the directory
// with the go.mod file); "" when there is none. cache keeps the answer
// for every directory walked through (nil: none), so that the packages of
// one module share the stat calls of their common parents.
func DiscoverConfigIn(dir string, cache map[string]string) string {
	var walked []string
	result := ""
	for d := dir; ; {
		if file, ok := cache[d]; ok {
			result = file
			break
		}
		walked = append(walked, d)
		if f := configIn(d); f != "" {
			result = f
			break
		}
		if gomod.IsRoot(d) {
			break
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	if cache != nil {
		for _, d := range walked {
			cache[d] = result
		}
	}
	return result
}

// configIn returns the configuration file in directory d itself, or "".
func configIn(d string) string {
	for _, name := range configNames {
		if f := filepath.Join(d, name); IsFile(f) {
			return f
		}
	}
	return ""
}

// resolveConfigPath resolves a relative -config path: against the working
// directory when the file is there, else against the module root of the
// working directory (go vet runs its tool in each package's directory).
func resolveConfigPath(name string) string {
	if filepath.IsAbs(name) || IsFile(name) {
		return name
	}
	wd, err := os.Getwd()
	if err != nil {
		return name
	}
	if root := gomod.Root(wd); root != "" {
		if f := filepath.Join(root, name); IsFile(f) {
			return f
		}
	}
	return name
}

// IsFile reports whether name is a regular file.
func IsFile(name string) bool {
	fi, err := os.Stat(name)
	return err == nil && fi.Mode().IsRegular()
}
