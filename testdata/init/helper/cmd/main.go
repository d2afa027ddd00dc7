// Command ne serves the collectors.
package main

import "example.com/ne/collector"

func main() { _ = collector.Names() }
