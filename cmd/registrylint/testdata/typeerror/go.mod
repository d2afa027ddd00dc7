module example.com/e2e/typeerror

go 1.24
