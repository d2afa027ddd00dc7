package x

import "program/noinit"

type X struct{}

func (X) Name() string { return "x" }

var _ noinit.Thing = X{}
