package analyze

import (
	"regexp"
	"strings"
)

// Kubernetes' own API, which container services serve beside theirs, has
// its own naming convention: an operation is named after the verb, the API
// group and version, the scope and the resource's kind, as Kubernetes' API
// names it (GET /apis/apps/v1/namespaces/{namespace}/deployments →
// ListAppsV1NamespacedDeployment). These names read as a Go programmer
// who knows Kubernetes expects them, and they never clash across groups,
// versions or scopes, as names built from the last segments would.

// kubeVersion: a Kubernetes API version ("v1", "v1beta1"); kubeGroup: an
// API group ("batch", "rbac.authorization.k8s.io").
var (
	kubeVersion = regexp.MustCompile(`^v[0-9]+(?:(?:alpha|beta)[0-9]+)?$`)
	kubeGroup   = regexp.MustCompile(`^[a-z][a-z0-9.-]*$`)
)

// kubeGroupName is an API group as it reads in a name: "core" for the
// core group (/api/v1), the group without ".k8s.io", each of its dotted
// words capitalised ("rbac.authorization.k8s.io" → RbacAuthorization,
// "batch.volcano.sh" → BatchVolcanoSh).
func kubeGroupName(g string) string {
	return exportName(strings.ReplaceAll(strings.TrimSuffix(g, ".k8s.io"), ".", " "))
}

// kubeName is Kubernetes' name of an operation of its API (a discovery
// endpoint's or a resource's); "" for any other path.
func kubeName(method, path, title string) string {
	if n := kubeDiscoveryName(method, path); n != "" {
		return n
	}
	return kubeResourceName(method, path, title)
}

// kubeDiscoveryName names a GET of a Kubernetes discovery endpoint as the
// Kubernetes API does: GetCoreAPIVersions (/api), GetAPIVersions (/apis),
// GetCoreV1APIResources (/api/v1), GetBatchV1APIResources
// (/apis/batch/v1), GetStorageAPIGroup (/apis/storage.k8s.io); "" for any
// other endpoint.
func kubeDiscoveryName(method, path string) string {
	segs := strings.Split(strings.Trim(path, "/"), "/")
	if method != "GET" {
		return ""
	}
	switch {
	case len(segs) == 1 && segs[0] == "api":
		return "GetCoreAPIVersions"
	case len(segs) == 1 && segs[0] == "apis":
		return "GetAPIVersions"
	case len(segs) == 2 && segs[0] == "api" && kubeVersion.MatchString(segs[1]):
		return "GetCore" + exportFirst(segs[1]) + "APIResources"
	case len(segs) == 2 && segs[0] == "apis" && kubeGroup.MatchString(segs[1]) && !kubeVersion.MatchString(segs[1]):
		return "Get" + kubeGroupName(segs[1]) + "APIGroup"
	case len(segs) == 3 && segs[0] == "apis" && kubeGroup.MatchString(segs[1]) && !kubeVersion.MatchString(segs[1]) && kubeVersion.MatchString(segs[2]):
		return "Get" + kubeGroupName(segs[1]) + exportFirst(segs[2]) + "APIResources"
	}
	return ""
}

// kubeKind is a Kubernetes resource's kind, and whether the resource
// belongs to no namespace.
type kubeKind struct {
	name    string
	cluster bool
}

// kubeKinds: the resources of Kubernetes' built-in API groups, by the
// plural their paths use. A resource not listed (a custom one) is named
// after its plural made singular ("mxjobs" → Mxjob) and taken to live in
// namespaces; its title may write it in camel case ("Creating an MXJob").
var kubeKinds = map[string]kubeKind{
	"bindings": {"Binding", false}, "componentstatuses": {"ComponentStatus", true},
	"configmaps": {"ConfigMap", false}, "endpoints": {"Endpoints", false}, "events": {"Event", false},
	"limitranges": {"LimitRange", false}, "namespaces": {"Namespace", true}, "nodes": {"Node", true},
	"persistentvolumeclaims": {"PersistentVolumeClaim", false}, "persistentvolumes": {"PersistentVolume", true},
	"pods": {"Pod", false}, "podtemplates": {"PodTemplate", false},
	"replicationcontrollers": {"ReplicationController", false}, "resourcequotas": {"ResourceQuota", false},
	"secrets": {"Secret", false}, "serviceaccounts": {"ServiceAccount", false}, "services": {"Service", false},
	"controllerrevisions": {"ControllerRevision", false}, "daemonsets": {"DaemonSet", false},
	"deployments": {"Deployment", false}, "replicasets": {"ReplicaSet", false}, "statefulsets": {"StatefulSet", false},
	"jobs": {"Job", false}, "cronjobs": {"CronJob", false},
	"horizontalpodautoscalers": {"HorizontalPodAutoscaler", false},
	"ingresses":                {"Ingress", false}, "ingressclasses": {"IngressClass", true}, "networkpolicies": {"NetworkPolicy", false},
	"poddisruptionbudgets": {"PodDisruptionBudget", false}, "podsecuritypolicies": {"PodSecurityPolicy", true},
	"roles": {"Role", false}, "rolebindings": {"RoleBinding", false},
	"clusterroles": {"ClusterRole", true}, "clusterrolebindings": {"ClusterRoleBinding", true},
	"storageclasses": {"StorageClass", true}, "volumeattachments": {"VolumeAttachment", true},
	"csidrivers": {"CSIDriver", true}, "csinodes": {"CSINode", true},
	"customresourcedefinitions": {"CustomResourceDefinition", true}, "apiservices": {"APIService", true},
	"priorityclasses": {"PriorityClass", true}, "leases": {"Lease", false}, "runtimeclasses": {"RuntimeClass", true},
	"certificatesigningrequests": {"CertificateSigningRequest", true}, "endpointslices": {"EndpointSlice", false},
	"mutatingwebhookconfigurations":   {"MutatingWebhookConfiguration", true},
	"validatingwebhookconfigurations": {"ValidatingWebhookConfiguration", true},
	"tokenreviews":                    {"TokenReview", true}, "subjectaccessreviews": {"SubjectAccessReview", true},
	"selfsubjectaccessreviews":  {"SelfSubjectAccessReview", true},
	"localsubjectaccessreviews": {"LocalSubjectAccessReview", false},
}

// namespaceSubresources: the subresources of a namespace itself.
var namespaceSubresources = map[string]bool{"status": true, "finalize": true}

// kubeVerbs: the verb of a Kubernetes operation on one resource (an item,
// or its subresource), by method.
var kubeVerbs = map[string]string{"GET": "Read", "PUT": "Replace", "PATCH": "Patch", "DELETE": "Delete", "POST": "Create"}

// kubeResourceName names an operation of Kubernetes' API (/api/v1/…, or
// /apis/GROUP/VERSION/…) as Kubernetes does:
//
//	GET    /api/v1/namespaces/{namespace}/pods              ListCoreV1NamespacedPod
//	POST   /api/v1/namespaces/{namespace}/pods              CreateCoreV1NamespacedPod
//	DELETE /api/v1/namespaces/{namespace}/pods              DeleteCoreV1CollectionNamespacedPod
//	GET    /api/v1/pods                                     ListCoreV1PodForAllNamespaces
//	GET    /api/v1/nodes/{name}                             ReadCoreV1Node
//	PUT    /apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale
//	                                                        ReplaceAppsV1NamespacedDeploymentScale
//	GET    /apis/apps/v1/watch/namespaces/{namespace}/deployments
//	                                                        WatchAppsV1NamespacedDeploymentList
//
// "" for any other path, and for a Kubernetes path of another shape
// (a proxy's, one segment more than a subresource).
func kubeResourceName(method, path, title string) string {
	segs := strings.Split(strings.Trim(path, "/"), "/")
	var group, version string
	switch {
	case len(segs) > 2 && segs[0] == "api" && segs[1] == "v1":
		group, version, segs = "core", segs[1], segs[2:]
	case len(segs) > 3 && segs[0] == "apis" && kubeGroup.MatchString(segs[1]) && !kubeVersion.MatchString(segs[1]) && kubeVersion.MatchString(segs[2]):
		group, version, segs = segs[1], segs[2], segs[3:]
	default:
		return ""
	}
	// Other APIs have paths that start so too (/api/v1/shelves): Kubernetes'
	// are in namespaces or watched, name a resource of its built-in groups,
	// or belong to a group named by a domain ("kubeflow.org").
	if _, known := kubeKinds[segs[0]]; !known && segs[0] != "namespaces" && segs[0] != "watch" && !strings.Contains(group, ".") {
		return ""
	}
	placeholder := func(s string) bool { return strings.HasPrefix(s, "{") && strings.HasSuffix(s, "}") }
	watch := segs[0] == "watch"
	if watch {
		segs = segs[1:]
	}
	// namespaces/{namespace}/pods, not a namespace's own subresource
	// (namespaces/{name}/status)
	namespaced := len(segs) > 2 && segs[0] == "namespaces" && placeholder(segs[1]) &&
		!(len(segs) == 3 && namespaceSubresources[segs[2]])
	if namespaced {
		segs = segs[2:]
	}
	if len(segs) == 0 || len(segs) > 3 || placeholder(segs[0]) || !kubeGroup.MatchString(segs[0]) {
		return ""
	}
	item := len(segs) > 1
	if item && !placeholder(segs[1]) || len(segs) == 3 && (placeholder(segs[2]) || !kubeGroup.MatchString(segs[2])) {
		return ""
	}
	kind, known := kubeKinds[segs[0]]
	if !known {
		kind.name = kubeTitleKind(singular(segs[0]), title)
	}
	scope := ""
	if namespaced {
		scope = "Namespaced"
	}
	sub := ""
	if len(segs) == 3 {
		sub = exportFirst(segs[2])
	}
	gv := exportFirst(kubeGroupName(group)) + exportFirst(version)
	switch {
	case watch && item && sub == "" && method == "GET":
		return "Watch" + gv + scope + kind.name
	case watch && !item && method == "GET":
		if !namespaced && !kind.cluster {
			return "Watch" + gv + kind.name + "ListForAllNamespaces"
		}
		return "Watch" + gv + scope + kind.name + "List"
	case watch:
		return ""
	case item:
		verb, ok := kubeVerbs[method]
		if !ok {
			return ""
		}
		return verb + gv + scope + kind.name + sub
	}
	switch method {
	case "GET":
		if !namespaced && !kind.cluster {
			return "List" + gv + kind.name + "ForAllNamespaces"
		}
		return "List" + gv + scope + kind.name
	case "POST":
		return "Create" + gv + scope + kind.name
	case "DELETE":
		return "Delete" + gv + "Collection" + scope + kind.name
	}
	return ""
}

// kubeTitleKind is the kind of a resource not built in, by its plural made
// singular: as the title writes it, in one to three words ("MXJob", "Shelf
// Set" → ShelfSet), or else that word capitalised ("mxjob" → Mxjob).
func kubeTitleKind(one, title string) string {
	tw := asciiWord.FindAllString(title, -1)
	for i := range tw {
		joined := ""
		for j := i; j < len(tw) && j < i+3; j++ {
			joined += exportFirst(tw[j])
			if w := singular(joined); strings.EqualFold(w, one) {
				return w
			}
		}
	}
	return exportName(strings.ReplaceAll(one, "-", " "))
}
