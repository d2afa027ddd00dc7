module example.com/e2e/filearg

go 1.24
