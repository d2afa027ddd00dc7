package a

type A struct{}

func (A) Name() string { return "a" }
