package handler

import (
	"net/http"

	"basic/tts"
	"basic/tts/kokoro"
)

// Handler hot-plugs adapters.
type Handler struct{ reg *tts.Registry }

// ServeHTTP registers an adapter late, in a request handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	//registrylint:ignore outside-init the admin endpoint hot-plugs adapters on purpose
	h.reg.Register(kokoro.New())
	h.reg.Register(kokoro.New()) //nolint:registrylint // also deliberate
	h.reg.Register(kokoro.New()) //nolint:errcheck // want `h.reg.Register registers a tts.Adapter outside its init function \(a register call\)`
	/* // want `needs a reason after the rule list; it suppresses nothing` */ //registrylint:ignore outside-init
	h.reg.Register(kokoro.New())                                              // want `h.reg.Register registers`
	/* // want `unknown rule "bogus" in //registrylint:ignore` */ //registrylint:ignore bogus because
	/* // want `unknown registrylint directive "frobnicate"` */ //registrylint:frobnicate
	/* // want `directives are written without a space: //registrylint:ignore outside-init deliberate; this comment is not a directive and does nothing` */ // registrylint:ignore outside-init deliberate
	h.reg.Register(kokoro.New())                                                                                                                            // want `h.reg.Register registers`
	// registrylint is not a directive when no verb follows: registrylint:nothing here
}

// Misplaced directives.
func misplaced() {
	/* // want `misplaced //registrylint:init; put it in the doc comment of a function or method declaration` */ //registrylint:init
	var x int
	_ = x
}

// NotAnInterface is not an interface.
//
/* // want `//registrylint:adapter on NotAnInterface, which is not an interface type` */ //registrylint:adapter
type NotAnInterface struct{}

// BadOpt has a bad option.
//
/* // want `unknown policy "sometimes"` */ //registrylint:adapter policy=sometimes
type BadOpt interface{ Name() string }

// BadAggregator names a malformed aggregator.
//
/* // want `aggregator: malformed import path "not!!a/path"` */ //registrylint:adapter policy=self aggregator=not!!a/path
type BadAggregator interface{ Name() string }

// Wrong kind.
//
/* // want `//registrylint:register belongs on a function or method declaration, not on a type` */ //registrylint:register
type WrongKind int

// NoAdapterParam registers nothing.
//
/* // want `//registrylint:register on NoAdapterParam, which has no parameter of an adapter interface or factory type` */ //registrylint:register
func NoAdapterParam(name string)                                                                                          {}

// UnknownRegistry names a registry that does not exist.
//
/* // want `//registrylint:init names "nosuch.Adapter", which is not an adapter interface visible here` */ //registrylint:init nosuch.Adapter
func UnknownRegistry()                                                                                     {}

var _ = misplaced
