module example.com/e2e/clean

go 1.24
