// Command press lists the compressors.
package main

import (
	"fmt"

	"example.com/press/app"
)

func main() { fmt.Println(app.Compressors().Names(), app.Fastest()) }
