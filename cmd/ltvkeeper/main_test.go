package main

import (
	"os"
	"testing"

	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }
