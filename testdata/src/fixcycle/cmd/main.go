// Command cmd lists the registered plugins, one a line.
package main

import (
	"fmt"

	"fixcycle/reg/all"
	_ "fixcycle/reg/b"
	_ "fixcycle/reg/c"
)

func main() {
	for _, name := range all.Init().Names() {
		fmt.Printf("plugin %q\n", name)
	}
}
