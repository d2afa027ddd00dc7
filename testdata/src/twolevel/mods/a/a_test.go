package a

import (
	"testing"

	_ "twolevel/mods/modtest"
)

func TestA(t *testing.T) {
	if (M{}).ID() != "a" {
		t.Fatal("a")
	}
}
