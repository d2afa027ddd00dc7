package ghost // want `config registries\[1\].adapter "cfgonly/ghost.Missing": package cfgonly/ghost has no type Missing` `config registries\[1\].init "cfgonly/ghost.Nope": package cfgonly/ghost has no such function, method or package-level variable`

// Real exists, Missing does not.
type Real int
