package tested

import "testing"

func TestName(t *testing.T) {
	if (Sink{}).Name() != "tested" {
		t.Fatal("name")
	}
}
