// Command sinks prints the names of the sinks, as the server logs them
// at start-up.
package main

import (
	"fmt"

	"consumer/server"
)

func main() {
	for _, name := range server.Names() {
		fmt.Println(name)
	}
}
