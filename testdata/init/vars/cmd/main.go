// Command enc encodes.
package main

import (
	"example.com/enc/app"
	"example.com/enc/enc"
)

func main() {
	r := &enc.Registry{}
	app.Setup(r)
	_ = r.Len()
}
