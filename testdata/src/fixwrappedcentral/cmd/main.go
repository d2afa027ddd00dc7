// Command cmd lists the registered modules, one a line.
package main

import (
	"fmt"

	"fixwrappedcentral/mods/all"
)

func main() {
	for _, id := range all.Init().IDs() {
		fmt.Printf("module %q\n", id)
	}
}
