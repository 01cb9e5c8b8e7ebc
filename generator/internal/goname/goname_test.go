package goname

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTypeName(t *testing.T) {
	for in, want := range map[string]string{
		"HostNetwork": "HostNetwork", "hostNetwork": "HostNetwork", "host_network": "HostNetwork",
		"io.k8s.api.core.v1.Probe": "IoK8sApiCoreV1Probe", "__os_bit": "UnderscoreUnderscoreOsBit",
		"[数组]": "", "名称": "", "1st": "N1st", "a-b": "AB", "x-go": "XGo",
	} {
		assert.Equal(t, want, TypeName(in), in)
	}
}

func TestValid(t *testing.T) {
	for in, want := range map[string]bool{"Foo": true, "": false, "foo": false, "N1": true, "Int": true, "1a": false} {
		assert.Equal(t, want, Valid(in), in)
	}
}
