// Command kubelike builds every in-tree plugin and checks that each is
// known by its own name.
package main

import (
	"context"
	"fmt"
	"sort"

	"example.com/kubelike/plugins"
)

func main() {
	reg := plugins.NewInTreeRegistry()
	var names []string
	for name, factory := range reg {
		p, err := factory(context.Background(), nil, nil)
		if err != nil {
			panic(err)
		}
		if p.Name() != name {
			panic(fmt.Sprintf("plugin %q calls itself %q", name, p.Name()))
		}
		names = append(names, name)
	}
	sort.Strings(names)
	fmt.Println(names)
}
