// Command cmd lists the registered modules, one a line.
package main

import (
	"fmt"

	"fixwrapped/caddy"
	_ "fixwrapped/caddy/caddyconfig"
	_ "fixwrapped/caddy/caddyfile"
)

func main() {
	for _, id := range caddy.Modules() {
		fmt.Printf("module %q\n", id)
	}
}
