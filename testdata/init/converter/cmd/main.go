// Command tofu renders a plan.
package main

import "example.com/tofu/renderer"

func main() {
	_ = renderer.Render(nil, nil, nil)
	_ = renderer.Legend()
}
