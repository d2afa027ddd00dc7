module example.com/e2e/noinit

go 1.24
