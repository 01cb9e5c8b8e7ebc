//go:build !unix

package generator

import "errors"

func mkfifo(p string) error { return errors.New("no named pipes") }
