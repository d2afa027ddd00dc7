// Command app links every standard module.
package main

import (
	"fmt"

	"twolevel/mods"
	_ "twolevel/mods/standard"
)

func main() { fmt.Println(len(mods.IDs())) }
