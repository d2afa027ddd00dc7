// Command logs writes a record.
package main

import "example.com/logs/server"

func main() { _, _ = server.Open("file").Write([]byte(server.Broker)) }
