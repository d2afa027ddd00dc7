package init

import "testing"

func TestInit(t *testing.T) {
	Init()
	for _, name := range Names() {
		if b := backends[name](); b == nil {
			t.Errorf("%s: nil backend", name)
		}
	}
}
