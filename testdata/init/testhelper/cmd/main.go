// Command kv reads a value.
package main

import "example.com/kv/app"

func main() { _ = app.Open().Value("k") }
