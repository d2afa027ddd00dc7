package all

import "testing"

func TestInitRegistry(t *testing.T) {
	if _, ok := InitRegistry().Get("piper"); !ok {
		t.Fatal("piper is not registered")
	}
}
