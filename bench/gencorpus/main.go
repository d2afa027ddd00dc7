// Command gencorpus writes a synthetic Go module in the shape of the
// registry pattern, with planted mistakes, for benchmarking registrylint
// (see package github.com/registrylint/registrylint/internal/corpus).
//
// Usage:
//
//	gencorpus -out DIR [-size small|medium|large] [-registries R] [-pkgs P] [-adapters A] [-filler F]
//	          [-unregistered PERCENT] [-duplicates] [-module PATH]
//
// -size picks about 50, 250 or 1,000 packages; the other flags override
// its values. Without -size the defaults are those of "small". The
// planted mistakes are listed in DIR/planted.txt, one "RULE COUNT" line
// per rule; the same output always comes from the same flags. DIR must
// not exist, be empty, or hold a corpus written before (it is replaced).
package main

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/registrylint/registrylint/internal/corpus"
)

func main() {
	out := flag.String("out", "", "write the module into `dir` (required)")
	size := flag.String("size", "", "named size: small (~50 packages), medium (~250) or large (~1000)")
	registries := flag.Int("registries", corpus.Small.Registries, "number of registry packages")
	pkgs := flag.Int("pkgs", corpus.Small.Pkgs, "number of adapter packages")
	adapters := flag.Int("adapters", corpus.Small.Adapters, "adapters in each adapter package")
	filler := flag.Int("filler", -1, "number of filler packages (-1: make the module 5×pkgs packages)")
	module := flag.String("module", corpus.DefaultModule, "module path")
	unregistered := flag.Int("unregistered", 0, "percent of adapters left unregistered (0: about 5%)")
	duplicates := flag.Bool("duplicates", false, "end each init function with a duplicate registration")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: gencorpus -out DIR [flags]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	cfg := corpus.Config{Registries: *registries, Pkgs: *pkgs, Adapters: *adapters, Filler: *filler, Module: *module,
		UnregisteredPercent: *unregistered, Duplicates: *duplicates}
	if *size != "" {
		named, ok := corpus.Sizes[*size]
		if !ok {
			fmt.Fprintf(os.Stderr, "gencorpus: unknown size %q (small, medium or large)\n", *size)
			os.Exit(2)
		}
		set := make(map[string]bool)
		flag.Visit(func(f *flag.Flag) { set[f.Name] = true })
		if !set["registries"] {
			cfg.Registries = named.Registries
		}
		if !set["pkgs"] {
			cfg.Pkgs = named.Pkgs
		}
		if !set["adapters"] {
			cfg.Adapters = named.Adapters
		}
		if !set["filler"] {
			cfg.Filler = named.Filler
		}
	}
	c, err := corpus.Generate(cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(2)
	}
	if err := c.Write(*out); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	var planted []string
	for rule, n := range c.Planted {
		planted = append(planted, fmt.Sprintf("%s %d", rule, n))
	}
	slices.Sort(planted)
	fmt.Printf("wrote %d packages (%d registries, %d adapter packages, %d adapters, %d filler) to %s; planted: %s\n",
		c.Packages, c.Config.Registries, c.Config.Pkgs, c.AdapterCount, c.Config.Filler, *out, strings.Join(planted, ", "))
}
