package config

import (
	"os"
	"path/filepath"
	"slices"

	"github.com/registrylint/registrylint/internal/gomod"
)

// configNames are the file names that config discovery looks for, in
// order of preference.
var configNames = []string{".registrylint.yml", "registrylint.yml"}

// DiscoverConfigIn returns the configuration file that applies to a
// package in directory dir: the first of configNames found in dir or a
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

// ConfigFiles returns the configuration files that the analyzer may read
// in a run started in directory dir over packages in the directories
// pkgDirs: the file named by configFlag (the -config flag; "" for none),
// resolved as the analyzer resolves it, and the file that discovery finds
// for dir and for each of pkgDirs. Files that do not exist are left out.
func ConfigFiles(configFlag, dir string, pkgDirs []string) []string {
	var files []string
	add := func(name string) {
		if name != "" && IsFile(name) && !slices.Contains(files, name) {
			files = append(files, name)
		}
	}
	if configFlag != "" {
		name := ResolveConfigPath(configFlag)
		if !filepath.IsAbs(name) {
			name = filepath.Join(dir, name)
		}
		add(name)
	}
	cache := make(map[string]string)
	add(DiscoverConfigIn(dir, cache))
	for _, d := range pkgDirs {
		add(DiscoverConfigIn(d, cache))
	}
	return files
}

// ResolveConfigPath resolves a relative -config path: against the working
// directory when the file is there, else against the module root of the
// working directory (go vet runs its tool in each package's directory).
func ResolveConfigPath(name string) string {
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

func IsFile(name string) bool {
	fi, err := os.Stat(name)
	return err == nil && fi.Mode().IsRegular()
}
