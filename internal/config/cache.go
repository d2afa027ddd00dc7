package config

import (
	"os"
	"path/filepath"
	"sync"
)

// A Cache loads each configuration file once and remembers which file
// discovery finds from each directory, for the length of one run: the
// command's up-front checks and the analyzers can share one through
// [Resolver.Cache], so that a file is parsed once however many ask. It is
// safe for concurrent use. A file changed during the run is not read
// again.
type Cache struct {
	mu    sync.Mutex
	files map[string]decoded // by absolute file name
	dirs  map[string]string  // DiscoverConfigIn's answers, by directory
}

// decoded is a decoded configuration file: its configuration, or its
// problems, to be reported under the name the file is asked for.
type decoded struct {
	cfg      *Config
	problems problems
}

// Load returns the validated configuration in file, as [LoadConfig] does
// (with the same errors, naming file as given), decoding the file the
// first time only. A file that cannot be read is not remembered.
func (c *Cache) Load(file string) (*Config, error) {
	key := file
	if abs, err := filepath.Abs(file); err == nil {
		key = abs
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	f, ok := c.files[key]
	if !ok {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, readError(err)
		}
		f.cfg, f.problems = decodeFile(data)
		if f.cfg != nil {
			f.cfg.file = file
		}
		if c.files == nil {
			c.files = make(map[string]decoded)
		}
		c.files[key] = f
	}
	if err := f.problems.err(file); err != nil {
		return nil, err
	}
	return f.cfg, nil
}

// Discover returns [DiscoverConfigIn](dir), walking each directory once
// per Cache (the packages of a module share their parents' answers).
func (c *Cache) Discover(dir string) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.dirs == nil {
		c.dirs = make(map[string]string)
	}
	return DiscoverConfigIn(dir, c.dirs)
}
