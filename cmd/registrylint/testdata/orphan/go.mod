module example.com/e2e/orphan

go 1.24
