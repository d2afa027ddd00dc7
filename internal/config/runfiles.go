package config

import (
	"os"
	"path/filepath"
	"slices"
)

// Preflight loads the configuration that applies whatever the packages,
// so that a bad one stops a run before any package is loaded: the -config
// file (File), resolved as [Resolver.For] resolves it. Under go vet (vet
// set), which runs the tool in each package's directory, a relative File
// that is not found from there or from the module root is left to For
// (a standard-library or dependency package is analyzed without it), and
// without File the file discovered from the working directory is loaded:
// go vet caches the result of a run that reports the error only in its
// output. Outside go vet, File is taken relative to the working directory
// only.
func (r *Resolver) Preflight(vet bool) error {
	if r.File == "" {
		if !vet {
			return nil
		}
		wd, err := os.Getwd()
		if err != nil {
			return nil
		}
		for _, file := range r.Files(wd, nil) {
			if _, err := r.Load(file); err != nil {
				return err
			}
		}
		return nil
	}
	if !vet {
		_, err := r.Load(r.File)
		return err
	}
	file := resolveConfigPath(r.File)
	if !filepath.IsAbs(r.File) {
		if _, err := os.Stat(file); err != nil {
			return nil
		}
	}
	_, err := r.Load(file)
	return err
}

// Files returns the configuration files that the analysis may read in a
// run started in directory dir over packages in the directories pkgDirs:
// the file named by File, resolved as [Resolver.For] resolves it, and the
// file that discovery finds for dir and for each of pkgDirs (these too
// when File is set, so that a broken file in the tree fails a run with or
// without -config). Files that do not exist are left out.
func (r *Resolver) Files(dir string, pkgDirs []string) []string {
	var files []string
	add := func(name string) {
		if name != "" && IsFile(name) && !slices.Contains(files, name) {
			files = append(files, name)
		}
	}
	if r.File != "" {
		name := resolveConfigPath(r.File)
		if !filepath.IsAbs(name) {
			name = filepath.Join(dir, name)
		}
		add(name)
	}
	add(r.discover(dir))
	for _, d := range pkgDirs {
		add(r.discover(d))
	}
	return files
}
