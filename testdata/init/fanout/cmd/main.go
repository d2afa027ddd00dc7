// Command tofu applies.
package main

import "example.com/tofu/views"

func main() {
	views.NewApply(views.ViewHuman, &views.View{}).Resources(1)
	views.NewPlan().Changes(1)
}
