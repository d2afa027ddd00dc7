package testonly

import "testing"

type a struct{}

func (a) Encode(b []byte) []byte { return b }

type b struct{}

func (b) Encode(p []byte) []byte { return p }

func TestRegistry(t *testing.T) {
	r := &Registry{}
	r.Register(a{})
	r.Register(b{})
	if r.Len() != 2 {
		t.Fatal(r.Len())
	}
}
