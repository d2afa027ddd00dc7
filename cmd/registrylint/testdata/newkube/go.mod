module example.com/kubelike

go 1.24
