// Package sinktest holds test doubles: no adapter.
package sinktest

// Fake records what is written.
type Fake struct{ Got []byte }

func (*Fake) Name() string { return "fake" }

func (f *Fake) Write(p []byte) (int, error) { f.Got = append(f.Got, p...); return len(p), nil }
