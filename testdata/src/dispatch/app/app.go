// Package app dispatches in the ways the registry exists to replace, and
// in look-alike ways that are fine.
package app

import (
	"errors"
	"fmt"
	"io"
	"net/http"

	"dispatch/codec"
	"dispatch/codec/gz"
	"dispatch/codec/zs"
)

// Pick switches on names of adapters declared in other packages.
func Pick(name string) codec.Codec {
	switch name { // want `switch on adapter names "gzip", "zstd" is a second list of adapters that drifts from the registry; look the adapter up by name through the registry`
	case gz.Name:
		return gz.New()
	case "zstd":
		return zs.New()
	}
	return nil
}

// Chain is an if/else-if chain on names: reported once, at the first if.
func Chain(name string) codec.Codec {
	if name == "raw" { // want `if/else-if chain on adapter names "raw", "gzip"`
		return codec.Raw{}
	} else if name == "gzip" {
		return gz.New()
	} else {
		return nil
	}
}

// Tagless is a switch with no tag comparing names.
func Tagless(name string) codec.Codec {
	switch { // want `switch on adapter names "zstd"`
	case name == "zstd" && true:
		return zs.New()
	}
	return nil
}

// Build picks by a flag but constructs different adapters.
func Build(fast bool, level int) codec.Codec {
	switch level { // want `switch that constructs different adapters \(gz.Gzip, zs.Zstd\)`
	case 1:
		return gz.New()
	default:
		return &zs.Zstd{}
	}
}

// BuildIf does the same with if/else-if.
func BuildIf(level int) codec.Codec {
	if level == 1 { // want `if/else-if chain that constructs different adapters \(codec.Raw, zs.Zstd\)`
		return codec.Raw{}
	} else if level == 2 {
		return new(zs.Zstd)
	}
	return nil
}

// Kind is a type switch on concrete adapter types.
func Kind(c codec.Codec) string {
	switch c.(type) { // want `type switch on adapter type \*gz.Gzip hard-codes dispatch outside the registry`
	case *gz.Gzip:
		return "g"
	}
	return ""
}

// Negatives below.

// Method switches on HTTP methods: plain strings, not adapter names.
func Method(r *http.Request) int {
	switch r.Method {
	case http.MethodGet, "POST":
		return 1
	}
	return 0
}

// Level switches on log levels.
func Level(l string) int {
	if l == "debug" {
		return 0
	} else if l == "info" {
		return 1
	}
	return 2
}

// Lone is a lone if on a name, with an else: not a chain.
func Lone(name string) codec.Codec {
	if name == "gzip" {
		return gz.New()
	} else {
		return codec.Get(name)
	}
}

// Same builds the same adapter in every branch.
func Same(level int) codec.Codec {
	switch level {
	case 1:
		return gz.New()
	default:
		return &gz.Gzip{}
	}
}

// Errs is a type switch on errors and interfaces.
func Errs(err error, v any) string {
	switch err.(type) {
	case fmt.Stringer, interface{ Timeout() bool }:
		return "t"
	}
	switch v.(type) {
	case io.Reader, codec.Codec, error:
		return "i"
	}
	if errors.Is(err, codec.ErrUnknown) {
		return "u"
	}
	return ""
}

// Lookup goes through the registry.
func Lookup(name string) codec.Codec { return codec.Get(name) }

// Known is a list of adapters outside the init function.
var Known = []codec.Codec{codec.Raw{}, gz.New()} // want `literal list of codec.Codec adapters outside the init function is a second registry that drifts; register them in the registry's init function and look them up through the registry`

// Factories is a map of factories.
var Factories = map[string]func() codec.Codec{ // want `literal list of codec.Codec adapter factories outside the init function`
	"gzip": func() codec.Codec { return gz.New() },
}

// Empty literals are not lists.
var Empty = []codec.Codec{}

// Suppressed is deliberate.
func Suppressed(name string) codec.Codec {
	//registrylint:ignore name-switch legacy flag, removed in v2
	switch name {
	case "gzip":
		return gz.New()
	}
	return nil
}
