package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// exampleDir is the bundled example module that the README's quick start
// lints.
const exampleDir = "../../testdata/example"

// copyExample copies the example module into a temporary directory.
func copyExample(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	dir := filepath.Join(t.TempDir(), "example")
	if err := os.CopyFS(dir, os.DirFS(exampleDir)); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestExample runs the command on the bundled example exactly as the
// README's quick start does and compares its findings with
// testdata/example/expected.txt.
func TestExample(t *testing.T) {
	dir := copyExample(t)
	res := registrylint(t, dir, "./...")
	if res.code != 1 {
		t.Fatalf("want exit 1 (findings), got %v", res)
	}
	want, err := os.ReadFile(filepath.Join(exampleDir, "expected.txt"))
	if err != nil {
		t.Fatal(err)
	}
	got := res.stdout + res.stderr
	if strings.TrimSpace(got) != strings.TrimSpace(string(want)) {
		t.Errorf("findings differ from testdata/example/expected.txt\n got:\n%s\nwant:\n%s", got, want)
	}
}

// TestExampleFixRestoresRegistration deletes a registration line from a
// copy of the example, runs -fix, and checks that the registration is
// back, the module builds, and a second run reports nothing for that
// adapter.
func TestExampleFixRestoresRegistration(t *testing.T) {
	dir := copyExample(t)
	file := filepath.Join(dir, "tts", "all", "registry.go")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	const line = "\t\tr.Register(tts.NewPiper())\n"
	if !strings.Contains(string(src), line) {
		t.Fatalf("%s has no line %q", file, line)
	}
	if err := os.WriteFile(file, []byte(strings.Replace(string(src), line, "", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	before := registrylint(t, dir, "./...")
	if !strings.Contains(before.stdout+before.stderr, "adapter *tts.Piper") {
		t.Fatalf("deleting the piper registration was not reported:\n%v", before)
	}
	fixed := registrylint(t, dir, "-fix", "./...")
	if fixed.code != 1 {
		t.Errorf("after -fix the planted findings without fixes remain, want exit 1: %v", fixed)
	}
	src, err = os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(src), "r.Register(tts.NewPiper())") {
		t.Errorf("-fix did not restore the piper registration:\n%s", src)
	}
	if res := command(t, dir, "go", "build", "./..."); res.code != 0 {
		t.Fatalf("fixed module does not build: %v", res)
	}
	after := registrylint(t, dir, "./...")
	if strings.Contains(after.stdout+after.stderr, "*tts.Piper (") {
		t.Errorf("piper still reported after -fix:\n%v", after)
	}
	again := registrylint(t, dir, "-fix", "./...")
	src2, _ := os.ReadFile(file)
	if string(src2) != string(src) {
		t.Errorf("a second -fix changed the file again:\n%s\n%v", src2, again)
	}
}
