module example.com/e2e/unregistered

go 1.24
