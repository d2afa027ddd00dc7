// Command srv runs the server with the standard modules.
package main

import (
	srv "example.com/srv"
	_ "example.com/srv/modules/standard"
)

func main() { _ = srv.Modules() }
