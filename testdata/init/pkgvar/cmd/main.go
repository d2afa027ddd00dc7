// Command conv converts values.
package main

import (
	"example.com/conv/codec/all"
	_ "example.com/conv/codec/toml"
)

func main() { _, _ = all.Get("json").Encode(1) }
