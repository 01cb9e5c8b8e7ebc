package analyze

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestKubeDiscoveryName(t *testing.T) {
	for path, want := range map[string]string{
		"/api":                               "GetCoreAPIVersions",
		"/apis":                              "GetAPIVersions",
		"/api/v1":                            "GetCoreV1APIResources",
		"/apis/batch/v1":                     "GetBatchV1APIResources",
		"/apis/apps/v1beta1":                 "GetAppsV1beta1APIResources",
		"/apis/rbac.authorization.k8s.io/v1": "GetRbacAuthorizationV1APIResources",
		"/apis/networking.cci.io/v1beta1":    "GetNetworkingCciIoV1beta1APIResources",
		"/apis/storage.k8s.io":               "GetStorageAPIGroup",
		"/api/v1/pods":                       "",
		"/apis/batch/v1/jobs":                "",
		"/v3/{project_id}/apis":              "",
		"/apis/{group}/v1":                   "",
	} {
		assert.Equal(t, want, kubeDiscoveryName("GET", path), path)
	}
	assert.Equal(t, "", kubeDiscoveryName("POST", "/apis"))
}

func TestKubeResourceName(t *testing.T) {
	for _, c := range []struct{ method, path, want string }{
		{"GET", "/api/v1/namespaces/{namespace}/pods", "ListCoreV1NamespacedPod"},
		{"POST", "/api/v1/namespaces/{namespace}/pods", "CreateCoreV1NamespacedPod"},
		{"DELETE", "/api/v1/namespaces/{namespace}/pods", "DeleteCoreV1CollectionNamespacedPod"},
		{"GET", "/api/v1/namespaces/{namespace}/pods/{name}", "ReadCoreV1NamespacedPod"},
		{"PUT", "/api/v1/namespaces/{namespace}/pods/{name}", "ReplaceCoreV1NamespacedPod"},
		{"PATCH", "/api/v1/namespaces/{namespace}/pods/{name}", "PatchCoreV1NamespacedPod"},
		{"DELETE", "/api/v1/namespaces/{namespace}/pods/{name}", "DeleteCoreV1NamespacedPod"},
		{"GET", "/api/v1/namespaces/{namespace}/pods/{name}/log", "ReadCoreV1NamespacedPodLog"},
		{"POST", "/api/v1/namespaces/{namespace}/pods/{name}/eviction", "CreateCoreV1NamespacedPodEviction"},
		// across namespaces; resources of no namespace
		{"GET", "/api/v1/pods", "ListCoreV1PodForAllNamespaces"},
		{"GET", "/api/v1/nodes", "ListCoreV1Node"},
		{"GET", "/api/v1/nodes/{name}", "ReadCoreV1Node"},
		{"GET", "/api/v1/namespaces/{name}", "ReadCoreV1Namespace"},
		{"PUT", "/api/v1/namespaces/{name}/finalize", "ReplaceCoreV1NamespaceFinalize"},
		{"GET", "/api/v1/namespaces/{name}/status", "ReadCoreV1NamespaceStatus"},
		// groups, versions, kinds of two words, watches
		{"PATCH", "/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale", "PatchAppsV1NamespacedDeploymentScale"},
		{"GET", "/apis/apps/v1beta1/namespaces/{namespace}/statefulsets", "ListAppsV1beta1NamespacedStatefulSet"},
		{"GET", "/apis/rbac.authorization.k8s.io/v1/clusterroles/{name}", "ReadRbacAuthorizationV1ClusterRole"},
		{"GET", "/apis/apps/v1/watch/namespaces/{namespace}/deployments", "WatchAppsV1NamespacedDeploymentList"},
		{"GET", "/apis/apps/v1/watch/deployments", "WatchAppsV1DeploymentListForAllNamespaces"},
		{"GET", "/apis/apps/v1/watch/namespaces/{namespace}/deployments/{name}", "WatchAppsV1NamespacedDeployment"},
		// a custom resource: its plural made singular
		{"GET", "/apis/batch.volcano.sh/v1alpha1/namespaces/{namespace}/jobs", "ListBatchVolcanoShV1alpha1NamespacedJob"},
		{"POST", "/apis/kubeflow.org/v1/namespaces/{namespace}/tfjobs", "CreateKubeflowOrgV1NamespacedTfjob"},
		// not Kubernetes' resource paths
		{"GET", "/api/v3/projects/{project_id}/clusters", ""},
		{"GET", "/api/v1", ""},
		{"GET", "/apis/apps/v1", ""},
		{"GET", "/api/v1/namespaces/{namespace}/services/{name}/proxy/{path}", ""},
		{"GET", "/v1/{project_id}/apis/apps/v1/pods", ""},
		{"POST", "/apis/apps/v1/watch/deployments", ""},
		{"GET", "/api/v1/shelves/{name}", ""},
		{"GET", "/apis/shelves/v1/books", ""},
	} {
		assert.Equal(t, c.want, kubeResourceName(c.method, c.path, ""), "%s %s", c.method, c.path)
	}
	// a kind not built in, as the title writes it
	assert.Equal(t, "CreateKubeflowOrgV1NamespacedMXJob", kubeResourceName("POST", "/apis/kubeflow.org/v1/namespaces/{namespace}/mxjobs", "Creating an MXJob"))
	assert.Equal(t, "ListLibraryV1NamespacedShelfSet", kubeResourceName("GET", "/apis/library/v1/namespaces/{namespace}/shelfsets", "Listing Shelf Sets"))
	assert.Equal(t, "ListCoreV1NamespacedPod", kubeResourceName("GET", "/api/v1/namespaces/{namespace}/pods", "Listing Pods of a Namespace"))
}
