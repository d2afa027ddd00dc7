// Command caddy lists its modules.
package main

import (
	"fmt"

	"example.com/caddy/v2"
	_ "example.com/caddy/v2/modules/standard"
)

func main() {
	for _, id := range caddy.Modules() {
		fmt.Println(id)
	}
}
