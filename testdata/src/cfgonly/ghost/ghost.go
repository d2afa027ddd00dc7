package ghost // want `config registries\[1\].adapter "cfgonly/ghost.Missing": package cfgonly/ghost has no type Missing` `config registries\[1\].init "cfgonly/ghost.Nope": package cfgonly/ghost has no such function or method`

// Real exists, Missing does not.
type Real int
