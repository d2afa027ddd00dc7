// Command shop serves the shop.
package main

import "example.com/shop/server"

func main() { _ = server.Run() }
