package load

import (
	"os"
	"path/filepath"
	"testing"
)

// TestBuildCacheEmpty: a missing or empty cache directory, or GOCACHE=off,
// is empty (-load=auto then loads from source); one entry makes it warm;
// GOCACHE set by go env -w (the GOENV file) is found, through the go
// command, and so is GOCACHE=off set there.
func TestBuildCacheEmpty(t *testing.T) {
	root := t.TempDir()
	cache := filepath.Join(root, "cache")
	t.Setenv("GOENV", "off")

	t.Setenv("GOCACHE", cache)
	if !buildCacheEmpty(t.Context(), "") {
		t.Errorf("a missing cache directory: want empty")
	}
	for _, sub := range []string{"00", "01", "ff"} {
		if err := os.MkdirAll(filepath.Join(cache, sub), 0o777); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(cache, "README"), []byte("cache"), 0o666); err != nil {
		t.Fatal(err)
	}
	if !buildCacheEmpty(t.Context(), "") {
		t.Errorf("a cache with empty subdirectories: want empty")
	}
	if err := os.WriteFile(filepath.Join(cache, "ff", "ffee-d"), []byte("entry"), 0o666); err != nil {
		t.Fatal(err)
	}
	if buildCacheEmpty(t.Context(), "") {
		t.Errorf("a cache with an entry: want not empty")
	}
	t.Setenv("GOCACHE", "off")
	if !buildCacheEmpty(t.Context(), "") {
		t.Errorf("GOCACHE=off: want empty")
	}

	// go env -w GOCACHE=...: found in the GOENV file when GOCACHE is
	// not set.
	envFile := filepath.Join(root, "env")
	if err := os.WriteFile(envFile, []byte("GOPROXY=off\nGOCACHE="+filepath.Join(root, "elsewhere")+"\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GOENV", envFile)
	t.Setenv("GOCACHE", "")
	if got, want := goCacheDir(t.Context(), ""), filepath.Join(root, "elsewhere"); got != want {
		t.Errorf("goCacheDir() = %q, want %q (from the GOENV file)", got, want)
	}
	if !buildCacheEmpty(t.Context(), "") {
		t.Errorf("the GOENV file's missing cache: want empty")
	}
	if err := os.WriteFile(envFile, []byte("GOCACHE=off\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	if got := goCacheDir(t.Context(), ""); got != "off" {
		t.Errorf("goCacheDir() = %q, want off (from the GOENV file)", got)
	}
	if !buildCacheEmpty(t.Context(), "") {
		t.Errorf("GOCACHE=off in the GOENV file: want empty")
	}
}
