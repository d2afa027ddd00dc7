package load

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/packages"

	"github.com/registrylint/registrylint/internal/gomod"
)

// A FileScanner reports whether the Go files of packages contain a
// marker (a directive prefix, say), for a [Config.FactSources] hook.
//
// A directory of the module cache never changes (its module version is
// fixed by go.sum), so the scanner remembers across runs, in a file of
// its cache directory, the module-cache directories in which no .go file
// contains the marker: a run over a module with heavy dependencies then
// reads none of their files. Everything else is read every time.
type FileScanner struct {
	marker    []byte
	cacheFile string // "" when nothing is remembered

	mu    sync.Mutex
	clean map[string]bool // module-cache directories known to be free of the marker
	added []string        // directories found clean in this run
	files map[string]bool // files read in this run: does it hold the marker?
}

// NewFileScanner returns a scanner for marker that remembers clean
// module-cache directories in the file name under cacheDir ("" to
// remember nothing).
func NewFileScanner(marker, cacheDir, name string) *FileScanner {
	s := &FileScanner{
		marker: []byte(marker),
		clean:  make(map[string]bool),
		files:  make(map[string]bool),
	}
	if cacheDir != "" {
		s.cacheFile = filepath.Join(cacheDir, name)
		if f, err := os.Open(s.cacheFile); err == nil {
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				s.clean[sc.Text()] = true
			}
			f.Close()
		}
	}
	return s
}

// ContainsAll reports, for each package of pkgs, whether one of its Go
// files contains the marker, reading files in parallel, and saves the
// directories newly found clean. A file that cannot be read counts as
// containing it.
func (s *FileScanner) ContainsAll(pkgs []*packages.Package) map[*packages.Package]bool {
	found := make([]bool, len(pkgs))
	work := make(chan int)
	var wg sync.WaitGroup
	for range 4 * runtime.GOMAXPROCS(0) { // reads wait on I/O
		wg.Go(func() {
			for i := range work {
				found[i] = s.contains(pkgs[i])
			}
		})
	}
	for i := range pkgs {
		work <- i
	}
	close(work)
	wg.Wait()
	s.save()
	result := make(map[*packages.Package]bool, len(pkgs))
	for i, p := range pkgs {
		result[p] = found[i]
	}
	return result
}

// contains reports whether a Go file of p contains the marker.
func (s *FileScanner) contains(p *packages.Package) bool {
	if len(p.GoFiles) == 0 {
		return false
	}
	if dir, ok := moduleCacheDir(p); ok {
		s.mu.Lock()
		known := s.clean[dir]
		s.mu.Unlock()
		if known {
			return false
		}
		if s.dirClean(dir) {
			s.mu.Lock()
			s.clean[dir] = true
			s.added = append(s.added, dir)
			s.mu.Unlock()
			return false
		}
	}
	for _, name := range p.GoFiles {
		if s.fileContains(name) {
			return true
		}
	}
	return false
}

// dirClean reports whether no .go file of dir contains the marker (all
// of them, whatever the build constraints, so that the answer holds for
// every build of the package).
func (s *FileScanner) dirClean(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".go") && !e.IsDir() && s.fileContains(filepath.Join(dir, e.Name())) {
			return false
		}
	}
	return true
}

// fileContains reports whether file name contains the marker; a file
// that cannot be read may.
func (s *FileScanner) fileContains(name string) bool {
	s.mu.Lock()
	v, ok := s.files[name]
	s.mu.Unlock()
	if ok {
		return v
	}
	data, err := os.ReadFile(name)
	v = err != nil || bytes.Contains(data, s.marker)
	s.mu.Lock()
	s.files[name] = v
	s.mu.Unlock()
	return v
}

// maxRemembered bounds the cache file: beyond it, only the directories
// of the latest run are kept.
const maxRemembered = 100_000

// save adds the directories found clean in this run to the cache file,
// written atomically so that concurrent runs never read half a file
// (the last writer wins; a lost entry is only read again). Errors are
// ignored: the cache only saves time.
func (s *FileScanner) save() {
	if s.cacheFile == "" || len(s.added) == 0 {
		return
	}
	dirs := make([]string, 0, len(s.clean))
	if len(s.clean) <= maxRemembered {
		for dir := range s.clean {
			dirs = append(dirs, dir)
		}
	} else {
		dirs = append(dirs, s.added...)
	}
	slices.Sort(dirs)
	var buf bytes.Buffer
	for _, dir := range dirs {
		buf.WriteString(dir)
		buf.WriteByte('\n')
	}
	dir := filepath.Dir(s.cacheFile)
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return
	}
	tmp, err := os.CreateTemp(dir, filepath.Base(s.cacheFile)+".*")
	if err != nil {
		return
	}
	_, err = tmp.Write(buf.Bytes())
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), s.cacheFile)
	}
	if err != nil {
		_ = os.Remove(tmp.Name())
	}
}

// moduleCacheDir returns the directory of p's files when it lies in the
// module cache: p belongs to a module version (not the main module, not
// a replacement by a directory) whose directory name carries that
// version, as the go command extracts it.
func moduleCacheDir(p *packages.Package) (string, bool) {
	m := p.Module
	if m == nil || m.Main {
		return "", false
	}
	if m.Replace != nil {
		m = m.Replace
	}
	if m.Version == "" || m.Dir == "" || !strings.HasSuffix(m.Dir, "@"+m.Version) {
		return "", false
	}
	dir := filepath.Dir(p.GoFiles[0])
	if !gomod.Within(dir, m.Dir) {
		return "", false // e.g. a generated file in the build cache
	}
	for _, name := range p.GoFiles[1:] {
		if filepath.Dir(name) != dir {
			return "", false
		}
	}
	return dir, true
}
