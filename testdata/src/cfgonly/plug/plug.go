package plug

import "cfgonly/lib"

type A struct{}

func (A) Name() string { return "a" }

type B struct{}

func (*B) Name() string { return "b" }

// MockPlugin lives in a non-test file; the config excludes it.
type MockPlugin struct{}

func (MockPlugin) Name() string { return "mock" }

var _ lib.Plugin = A{}
