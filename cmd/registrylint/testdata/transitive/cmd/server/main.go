// Command server registers a backend late, in main: outside the init
// function, although it never imports package storage itself.
package main

import (
	"fmt"

	"example.com/e2e/transitive/backends"
	"example.com/e2e/transitive/mem"
)

func main() {
	backends.Init()
	backends.Store.Register("tmp", mem.New)
	fmt.Println(backends.Store.Names())
}
