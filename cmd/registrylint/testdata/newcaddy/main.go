// Command caddylike lists its modules.
package main

import (
	"fmt"

	"example.com/caddylike/caddy"
	_ "example.com/caddylike/modules/standard"
)

func main() {
	for _, id := range caddy.Modules() {
		fmt.Println(id)
	}
}
