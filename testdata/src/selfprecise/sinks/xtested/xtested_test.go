package xtested_test

import (
	"testing"

	"selfprecise/sinks/xtested"
)

func TestName(t *testing.T) {
	if (xtested.Sink{}).Name() != "xtested" {
		t.Fatal("name")
	}
}
