package driver

import (
	"path/filepath"
	"strings"
)

// relPath returns filename relative to the working directory of the run
// when that is shorter, else filename.
func (r *runner) relPath(filename string) string {
	if !filepath.IsAbs(filename) {
		return filename
	}
	rel, err := filepath.Rel(r.dir, filename)
	if err != nil || len(rel) >= len(filename) {
		return filename
	}
	return rel
}

// within reports whether path is dir or lies below it.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}
