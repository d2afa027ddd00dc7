package main

import (
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeTree writes files (path -> content) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestLoadModesAgree: a registry declared in a dependency module (a
// replace target, or another module of a go.work workspace) or named by
// config in a dependency without directives gives the same findings
// whether dependencies come from export data where possible (-load=auto,
// the default) or all from source.
func TestLoadModesAgree(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	workspace := maps.Clone(loadModesTree)
	workspace["app/go.mod"] = "module example.com/app\n\ngo 1.24\n\nrequire (\n\texample.com/reg v0.0.0\n\texample.com/lib v0.0.0\n)\n"
	workspace["go.work"] = "go 1.24\n\nuse (\n\t./app\n\t./reg\n\t./lib\n)\n"
	for name, tree := range map[string]map[string]string{"replace": loadModesTree, "go.work": workspace} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			root := t.TempDir()
			writeTree(t, root, tree)
			dir := filepath.Join(root, "app")
			var env []string
			if _, ok := tree["go.work"]; ok {
				env = []string{"GOWORK=" + filepath.Join(root, "go.work")}
			}
			auto := commandEnv(t, dir, env, binary, "./...")
			source := commandEnv(t, dir, env, binary, "-load=source", "./...")
			if auto.code != 1 || auto.stderr != source.stderr || auto.code != source.code {
				t.Errorf("-load=auto and -load=source differ:\nauto: %v\nsource: %v", auto, source)
			}
			for _, want := range []string{"adapter codecs.Zstd", "adapter plugins.B"} {
				if !strings.Contains(auto.stderr, want) {
					t.Errorf("want a finding for %s; got %v", want, auto)
				}
			}
		})
	}
}

// loadModesTree is a module app with two dependency modules (replace
// targets): reg declares a registry by directive, lib declares a plugin
// interface that app's configuration names, lib/util is plain.
var loadModesTree = map[string]string{
	"reg/go.mod": "module example.com/reg\n\ngo 1.24\n",
	"reg/reg.go": `// Package reg declares a registry by directive.
package reg

// Codec is a codec.
//
//registrylint:adapter
type Codec interface{ Name() string }

// Set holds codecs.
type Set struct{ all []Codec }

// Register adds a codec.
func (s *Set) Register(c Codec) { s.all = append(s.all, c) }
`,
	"lib/go.mod": "module example.com/lib\n\ngo 1.24\n",
	"lib/lib.go": `// Package lib declares a plugin interface and no directive.
package lib

// Plugin is a plugin.
type Plugin interface{ Kind() string }

// Plugins holds plugins.
type Plugins struct{ all []Plugin }

// Register adds a plugin.
func (p *Plugins) Register(x Plugin) { p.all = append(p.all, x) }
`,
	"lib/util/util.go":      "// Package util is plain.\npackage util\n\n// Kind is a kind.\nconst Kind = \"a\"\n",
	"app/go.mod":            "module example.com/app\n\ngo 1.24\n\nrequire (\n\texample.com/reg v0.0.0\n\texample.com/lib v0.0.0\n)\n\nreplace example.com/reg => ../reg\n\nreplace example.com/lib => ../lib\n",
	"app/.registrylint.yml": "registries:\n  - adapter: example.com/lib.Plugin\n    init: example.com/app/wire.Plugins\n",
	"app/codecs/codecs.go": `// Package codecs has two codecs.
package codecs

import "example.com/reg"

// Gzip is a codec.
type Gzip struct{}

func (Gzip) Name() string { return "gzip" }

// Zstd is a codec, never registered.
type Zstd struct{}

func (Zstd) Name() string { return "zstd" }

var _ reg.Codec = Gzip{}
`,
	"app/plugins/plugins.go": `// Package plugins has two plugins.
package plugins

import (
	"example.com/lib"
	"example.com/lib/util"
)

// A is a plugin.
type A struct{}

func (A) Kind() string { return util.Kind }

// B is a plugin, never registered.
type B struct{}

func (B) Kind() string { return "b" }

var _ lib.Plugin = A{}
`,
	"app/wire/wire.go": `// Package wire registers everything.
package wire

import (
	"example.com/app/codecs"
	"example.com/app/plugins"
	"example.com/lib"
	"example.com/reg"
)

// Codecs registers the codecs.
//
//registrylint:init
func Codecs(s *reg.Set) { s.Register(codecs.Gzip{}) }

// Plugins registers the plugins (init function by config).
func Plugins(p *lib.Plugins) { p.Register(plugins.A{}) }
`,
}

// TestBrokenPackageModesAgree: a package that does not compile (a
// dependency with a type error, a root with a syntax error and a test
// file) has no export data; -load=auto type-checks it from source and
// prints its errors once each, as -load=source does (not go list's
// compiler output too).
func TestBrokenPackageModesAgree(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	for name, tc := range map[string]struct {
		tree map[string]string
		want string // in each error, printed once
	}{
		"dependency": {map[string]string{
			"lib/go.mod": "module example.com/lib\n\ngo 1.24\n",
			"lib/lib.go": "package lib\n\nfunc F() int { return \"x\" }\n",
			"app/go.mod": "module example.com/app\n\ngo 1.24\n\nrequire example.com/lib v0.0.0\n\nreplace example.com/lib => ../lib\n",
			"app/app.go": "package app\n\nimport \"example.com/lib\"\n\nvar X = lib.F()\n",
			// A registry is declared: a module that declares none is
			// not compiled, its errors left to go build.
			"app/registry.go": "package app\n\n// P is a registry.\n//\n//registrylint:adapter\ntype P interface{ Name() string }\n",
		}, "cannot use"},
		"root": {map[string]string{
			"app/go.mod":      "module example.com/app\n\ngo 1.24\n",
			"app/app.go":      "package app\n\nvar X int = \n",
			"app/registry.go": "package app\n\n// P is a registry.\n//\n//registrylint:adapter\ntype P interface{ Name() string }\n",
			"app/app_test.go": "package app\n\nimport \"testing\"\n\nfunc TestX(t *testing.T) {}\n",
		}, "expected operand"},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			root := t.TempDir()
			writeTree(t, root, tc.tree)
			dir := filepath.Join(root, "app")
			auto := registrylint(t, dir, "./...")
			source := registrylint(t, dir, "-load=source", "./...")
			if auto.code != 2 || auto.stderr != source.stderr {
				t.Errorf("-load=auto and -load=source differ:\nauto: %v\nsource: %v", auto, source)
			}
			if n := strings.Count(auto.stderr, tc.want); n != 1 {
				t.Errorf("%q is printed %d times, want once:\n%s", tc.want, n, auto.stderr)
			}
		})
	}
}

// TestEmptyBuildCache: with an empty build cache, -load=auto loads from
// source (go list -export would compile every dependency first) and
// prints the example's findings without compiling anything; with GOCACHE=off, which the go command
// refuses, the error says so rather than "matched no packages".
func TestEmptyBuildCache(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	dir := copyExample(t)
	// A -toolexec that refuses to compile (it lets the go command ask
	// tools for their version): a run that compiles export data fails.
	noCompile := filepath.Join(t.TempDir(), "nocompile.sh")
	script := "#!/bin/sh\ncase \"$*\" in *-V=full*) exec \"$@\" ;; esac\ncase \"$(basename \"$1\")\" in compile) echo \"nocompile: $*\" >&2; exit 1 ;; esac\nexec \"$@\"\n"
	if err := os.WriteFile(noCompile, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	res := commandEnv(t, dir, []string{"GOCACHE=" + t.TempDir(), "GOFLAGS=-toolexec=" + noCompile}, binary, "./...")
	want, err := os.ReadFile(filepath.Join(exampleDir, "expected.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if res.code != 1 || strings.TrimSpace(res.stderr) != strings.TrimSpace(string(want)) {
		t.Errorf("with an empty build cache: want exit 1 and expected.txt, nothing compiled; got %v", res)
	}
	// The control: with an entry in the cache, -load=auto asks go list
	// for export data, which needs compiling here.
	warm := t.TempDir()
	if err := os.MkdirAll(filepath.Join(warm, "00"), 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(warm, "00", "entry"), nil, 0o666); err != nil {
		t.Fatal(err)
	}
	control := commandEnv(t, dir, []string{"GOCACHE=" + warm, "GOFLAGS=-toolexec=" + noCompile}, binary, "./...")
	if control.code != 2 || !strings.Contains(control.stderr, "nocompile:") {
		t.Errorf("with a non-empty build cache: want go list -export to compile (and fail here); got %v", control)
	}
	off := commandEnv(t, dir, []string{"GOCACHE=off"}, binary, "./...")
	if off.code != 2 || !strings.Contains(off.stderr, "GOCACHE=off") {
		t.Errorf("with GOCACHE=off: want exit 2 naming GOCACHE=off; got %v", off)
	}
}
