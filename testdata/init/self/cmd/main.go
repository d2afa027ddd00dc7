// Command prom uses the mechanisms.
package main

import _ "example.com/prom/discovery/install"

func main() {}
