// Command tofu uses the backends.
package main

import (
	backendinit "example.com/tofu/backend/init"
	_ "example.com/tofu/backend/remote/azure"
)

func main() {
	backendinit.Init()
	_ = backendinit.Backend("s3")
}
