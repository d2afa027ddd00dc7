package driver

import "path/filepath"

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
