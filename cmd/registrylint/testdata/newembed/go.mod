module example.com/e2e/newembed

go 1.24
