// Command backends prints the names of the registered backends, as the
// application's startup log does.
package main

import (
	"fmt"

	"example.com/store/all"
)

func main() {
	for _, name := range all.Backends().Names() {
		fmt.Println(name)
	}
}
