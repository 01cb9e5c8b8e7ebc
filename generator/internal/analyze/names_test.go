package analyze

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/internal/docparse"
	"github.com/docspec/docspec/generator/model"
)

// The convention, on operations of the services' SDKs (their names are
// the SDKs' own) and on the kinds of paths it reads.
func TestConventionName(t *testing.T) {
	for _, tc := range []struct{ method, path, title, want string }{
		// collections and items
		{"GET", "/v1/{project_id}/vpcs", "", "ListVpcs"},
		{"GET", "/v1/{project_id}/vpcs/{vpc_id}", "", "ShowVpc"},
		{"POST", "/v1/{project_id}/vpcs", "", "CreateVpc"},
		{"PUT", "/v1/{project_id}/vpcs/{vpc_id}", "", "UpdateVpc"},
		{"PATCH", "/v2/zones/{zone_id}/recordsets/{recordset_id}", "", "UpdateRecordset"},
		{"DELETE", "/v1/{project_id}/vpcs/{vpc_id}", "", "DeleteVpc"},
		{"GET", "/v1/{project_id}/security-group-rules", "", "ListSecurityGroupRules"},
		{"GET", "/v3/{project_id}/elb/l7policies", "", "ListL7policies"},
		{"GET", "/v2/{project_id}/apigw/instances/{instance_id}/apis", "", "ListApis"},
		{"GET", "/v2/{project_id}/fgs/functions/{function_urn}/aliases", "", "ListAliases"},
		{"GET", "/autoscaling-api/v1/{project_id}/scaling_group", "", "ListScalingGroups"},
		{"POST", "/autoscaling-api/v1/{project_id}/scaling_policy", "", "CreateScalingPolicy"},
		{"GET", "/api/v3/projects/{project_id}/clusters/{cluster_id}/nodes", "", "ListNodes"},
		{"GET", "/v1/{project_id}/cloudservers/{server_id}", "", "ShowServer"},
		{"HEAD", "/v3.0/OS-AGENCY/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}", "", "CheckRole"},
		// one thing of its parent
		{"GET", "/v1.0/{project_id}/clusters/{cluster_id}/thesaurus", "", "ShowThesaurus"},
		// one thing of an item's collection, named with the collection
		{"GET", "/v3/{project_id}/instances/{instance_id}/backups/policy", "", "ShowBackupPolicy"},
		{"PUT", "/v3/{project_id}/instances/{instance_id}/backups/offsite-policy", "", "UpdateBackupOffsitePolicy"},
		{"GET", "/v3/{project_id}/instances/recycle-policy", "", "ShowRecyclePolicy"},
		{"GET", "/v1/{domain_id}/recommendations/ecs-supply", "", "ShowEcsSupply"},
		{"POST", "/v1/{project_id}/apigw/instances/{instance_id}/apis/debug/{api_id}", "", "CreateDebug"},
		// a singular segment that the title lists, or names in the plural
		{"GET", "/v1/{project_id}/waf/policy", "Querying the Policy List", "ListPolicies"},
		{"GET", "/v1.0/{project_id}/elbaas/certificate", "Querying Certificates", "ListCertificates"},
		{"GET", "/v1/{project_id}/waf/policy", "Querying a Policy", "ShowPolicy"},
		{"GET", "/v1/{project_id}/waf/whitelist", "Querying the Whitelist", "ShowWhitelist"},
		// generic resources take their parent's name
		{"GET", "/v2/{project_id}/fgs/functions/{function_urn}/config", "", "ShowFunctionConfig"},
		{"PUT", "/v2/{project_id}/fgs/functions/{function_urn}/code", "", "UpdateFunctionCode"},
		{"PUT", "/v1/{project_id}/services/{service_id}/nodes/{node_id}/status", "", "UpdateNodeStatus"},
		{"GET", "/v1.0/{project_id}/instances/status", "", "ShowInstanceStatus"},
		{"GET", "/v1/{project_id}/antiddos/{floating_ip_id}", "Querying Configured Anti-DDoS Defense Policies", "ShowAntiDdos"},
		{"GET", "/v2.0/{project_id}/vpcs/{vpc_id}/tags", "", "ShowVpcTags"},
		{"GET", "/v2.0/{project_id}/loadbalancers/tags", "", "ListLoadbalancerTags"},
		{"GET", "/v3/{project_id}/tags", "", "ListProjectTags"},
		{"GET", "/v2/{project_id}/{resource_type}/tags", "", "ListProjectTags"},
		{"GET", "/v2/{resource_type}/tags", "", "ShowResourceTypeTags"},
		{"DELETE", "/v2.0/{project_id}/subnets/{subnet_id}/tags/{key}", "", "DeleteSubnetTag"},
		{"POST", "/v2.0/{project_id}/publicips/{publicip_id}/tags/action", "", "BatchCreatePublicipTags"},
		{"POST", "/v2.0/{project_id}/vpcs/resource_instances/action", "", "ListVpcsByTags"},
		// listings, versions
		{"GET", "/v2/{project_id}/cloudvolumes/detail", "", "ListVolumes"},
		{"GET", "/v2/{project_id}/cloudsnapshots/detail", "", "ListSnapshots"},
		{"GET", "/autoscaling-api/v1/{project_id}/scaling_policy/{scaling_group_id}/list", "", "ListScalingPolicies"},
		{"GET", "/", "", "ListApiVersions"},
		{"GET", "/{api_version}", "", "ShowApiVersion"},
		{"GET", "/rds/{versionId}", "", "ShowApiVersion"},
		{"GET", "/", "Listing All DNS API Versions", "ListApiVersions"},
		{"GET", "/", "Querying API Versions (Native OpenStack API)", "ListVersions"},
		{"GET", "/{api_version}", "查询指定版本信息（OpenStack原生）", "ShowVersion"},
		{"GET", "/", "Querying Keystone API Version Information", "KeystoneListVersions"},
		{"GET", "/v3", "Querying Information About Keystone API Version 3.0", "KeystoneShowVersion"},
		{"GET", "/v1/{project_id}/versions/{version_id}", "", "ShowVersion"},
		// verb segments and actions
		{"POST", "/v2/{project_id}/cloudsnapshots/{snapshot_id}/rollback", "", "RollbackSnapshot"},
		{"PUT", "/v2.0/vpc/peerings/{peering_id}/accept", "", "AcceptPeering"},
		{"PUT", "/v2.0/vpc/peerings/{peering_id}/accept", "Accepting a VPC Peering Connection", "AcceptVpcPeering"},
		{"POST", "/v3/{project_id}/instances/{instance_id}/action", "Performing an Instance Action", "InstanceAction"},
		{"POST", "/v3/{project_id}/elb/pools/{pool_id}/members/batch-delete", "", "BatchDeleteMembers"},
		{"POST", "/v3/{project_id}/elb/loadbalancers/change-charge-mode", "", "ChangeLoadbalancerChargeMode"},
		{"POST", "/v3/{project_id}/vaults/{vault_id}/removeresources", "", "RemoveVaultResource"},
		{"POST", "/v3/{project_id}/vaults/{vault_id}/associatepolicy", "", "AssociateVaultPolicy"},
		{"POST", "/v1/{project_id}/cloudservers/delete", "", "DeleteServers"},
		// verbs that query or transform, written as segments
		// (the segment before a verb and its object, first in the path and
		// of no item, is the service's namespace: it names nothing)
		{"POST", "/v1.0/{project_id}/kms/list-keys", "", "ListKeys"},
		{"POST", "/v1.0/{project_id}/kms/describe-key", "", "ShowKey"},
		{"POST", "/v1.0/{project_id}/kms/encrypt-data", "", "EncryptData"},
		{"POST", "/v1.0/{project_id}/kms/gen-random", "", "CreateRandom"},
		{"POST", "/V1.0/{project_id}/batch-query-metric-data", "", "BatchListMetricData"},
		{"POST", "/v1/{project_id}/jobs/{job_name}/check-file", "", "CheckJobFile"},
		{"POST", "/v1.1/{project_id}/run-job-flow", "", "RunJobFlow"},
		{"POST", "/v1.0/{project_id}/queues/{queue_name}/jobs/submit-job", "", "SubmitJob"},
		// a verb written together with its object; one before its object's placeholder
		{"POST", "/v2/{project_id}/cloudservers/{server_id}/changeos", "", "ChangeServerOs"},
		{"DELETE", "/v1/{project_id}/cloudservers/{server_id}/detachvolume/{volume_id}", "", "DetachServerVolume"},
		{"DELETE", "/v1/{project_id}/cloudservers/{server_id}/attachments/{attachment_id}", "", "DeleteAttachment"},
		// an object that names the resource already
		{"PUT", "/v2.0/routers/{router_id}/add_router_interface", "", "NeutronAddRouterInterface"},
		// a version after the resource's noun
		{"GET", "/v2.0/eip/floatingips_v6", "", "ListFloatingipsV6"},
		{"PUT", "/v2.0/eip/floatingips_v6/{floatingip_id}", "", "UpdateFloatingipV6"},
		{"POST", "/v1.0/apigw/sign-bindings", "", "CreateSignBinding"}, // a noun, not a verb
		// a DELETE of a collection deletes those the request names
		{"DELETE", "/v2.1/zones", "", "BatchDeleteZones"},
		{"DELETE", "/v1/{project_id}/shelves", "Deleting All Shelves", "BatchDeleteShelves"},
		{"DELETE", "/v3/auth/tokens", "Deleting a User Token", "KeystoneDeleteToken"},
		{"DELETE", "/v1/{project_id}/cloudservers/{server_id}/os-server-password", "", "DeleteServerPassword"},
		// a POST whose title says it deletes
		{"POST", "/autoscaling-api/v1/{project_id}/scaling_configurations", "Batch Deleting AS Configurations", "BatchDeleteScalingConfigurations"},
		{"POST", "/v1/{project_id}/shelves/{shelf_id}/books", "删除书籍", "DeleteBook"},
		// a PUT whose title says it deletes several
		{"PUT", "/v1/{project_id}/shelves", "批量删除书架", "BatchDeleteShelves"},
		// a title that adds or updates several at once
		{"POST", "/v1/shelves/{shelf_id}/books", "Adding Books to a Shelf in a Batch", "BatchCreateBooks"},
		{"PUT", "/v1/shelves/members", "Updating the Status of Shelf Members in Batches", "BatchUpdateShelfMembers"},
		{"PUT", "/v1/shelves/{shelf_id}/members/{member_id}", "Updating the Status of Shelf Members in Batches", "UpdateShelfMember"},
		{"POST", "/v1/shelves", "批量导出书架", "CreateShelf"},
		// a GET whose title says list
		{"GET", "/v3/{project_id}/instances/{instance_id}/auditlog", "获取审计日志列表", "ListAuditlogs"},
		{"GET", "/v2/manage/namespaces/{namespace}/repos/{repository}/tags", "Querying the List of Image Repository Tags", "ListRepositoryTags"},
		{"GET", "/v3/{project_id}/instances/{instance_id}/auditlog", "获取审计日志", "ShowAuditlog"},
		// a PUT whose title says it creates, and nothing else
		{"PUT", "/v3/OS-FEDERATION/identity_providers/{id}", "Creating an Identity Provider", "KeystoneCreateIdentityProvider"},
		{"PUT", "/v2/images/{image_id}/tags/{tag}", "Adding a Tag (Native OpenStack API)", "GlanceCreateImageTag"},
		{"PUT", "/v1/{project_id}/shelves/{shelf_id}", "注册书架", "CreateShelf"},
		{"PUT", "/v1/{project_id}/shelves/{shelf_id}", "Adding or Modifying a Shelf", "UpdateShelf"},
		{"PATCH", "/v3/OS-FEDERATION/identity_providers/{id}", "Creating an Identity Provider", "KeystoneUpdateIdentityProvider"},
		// a path of placeholders only: the last names the item
		{"GET", "/v1/{account}/{container}", "", "ShowContainer"},
		{"DELETE", "/v1/{account}/{container}/{object}", "", "DeleteObject"},
		// an action on a collection: what the title says it does
		{"POST", "/v2/cloudimages/action", "Creating an Image", "CreateImage"},
		{"POST", "/v2/cloudimages/action", "", "ImageAction"},
		{"POST", "/v1.0/{project_id}/instances/action", "批量重启、删除实例", "BatchRestartOrDeleteInstances"},
		{"POST", "/v3/{project_id}/instances/action", "查询资源实例", "ListInstancesByTags"},
		{"POST", "/v1/servers/action", "Querying Servers by Tag", "ListServersByTags"},
		{"POST", "/v1/{project_id}/vpc-endpoint-services/{id}/connections/action", "Accepting or Rejecting a VPC Endpoint", "AcceptOrRejectConnection"},
		{"POST", "/v1/{project_id}/shelves/action", "Opening, Closing, or Locking Shelves in a Batch", "BatchOpenOrCloseOrLockShelves"},
		{"POST", "/v1/{project_id}/vpc-endpoint-services/{id}/permissions/action", "Batch Adding or Deleting Whitelist Records", "BatchAddOrDeletePermissions"},
		{"POST", "/v1/{project_id}/scaling_policies/action", "Performing Operations on AS Policies in Batches", "BatchActionScalingPolicies"},
		{"POST", "/v2/cloudimages/quickimport/action", "Importing an Image File Quickly", "ImportQuick"},
		{"GET", "/v2/stacks/{stack_id}/actions", "", "ListActions"},
		{"POST", "/autoscaling-api/v1/{project_id}/scaling_group/{scaling_group_id}/action", "", "ScalingGroupAction"},
		{"POST", "/autoscaling-api/v1/{project_id}/scaling_group/{scaling_group_id}/action", "Enabling or Disabling an AS Group", "EnableOrDisableScalingGroup"},
		{"POST", "/v1.0/servers/{server_id}/action", "Adding an ECS to the Monitoring List", "ServerAction"},
		{"POST", "/v3/{project_id}/checkpoints", "", "CreateCheckpoint"},
		// OpenStack's own APIs
		{"GET", "/v2.0/security-groups", "", "NeutronListSecurityGroups"},
		{"PUT", "/v2.0/fwaas/firewall_rules/{firewall_rule_id}", "", "NeutronUpdateFirewallRule"},
		{"POST", "/v3/users", "", "KeystoneCreateUser"},
		{"GET", "/v3/projects/{project_id}", "", "KeystoneShowProject"},
		{"GET", "/v2/images/{image_id}", "", "GlanceShowImage"},
		{"DELETE", "/v2/{project_id}/os-volume-transfer/{transfer_id}", "", "CinderDeleteVolumeTransfer"},
		{"GET", "/v2.1/{project_id}/os-keypairs", "", "NovaListKeypairs"},
		{"GET", "/v3/{project_id}/backups", "", "ListBackups"},
		// the English title splits words and adds a qualifier the path has
		{"GET", "/v2/zones/{zone_id}/recordsets/{recordset_id}", "Querying a Record Set", "ShowRecordSet"},
		{"GET", "/api/v3/projects/{project_id}/clusters/{cluster_id}/nodepools", "Listing All Node Pools in a Specified Cluster", "ListNodePools"},
		{"GET", "/v2.0/vpc/routes", "Querying VPC Routes", "ListVpcRoutes"},
		{"GET", "/v1/cloudimages/quota", "Querying the Image Quota", "ShowImageQuota"},
		{"POST", "/v2.0/{project_id}/bandwidths", "Allocating a Shared Bandwidth", "CreateBandwidth"},                               // "shared" is not in the path
		{"POST", "/v1/cloudimages/dataimages/action", "Creating a Data Disk Image Using an External Image File", "CreateDataImage"}, // two title words apart
		{"GET", "/v1/cloudimages/dataimages", "Querying the Data of Images", "ListDataImages"},
		{"GET", "/v1/{project_id}/dbusers", "Querying Database Users", "ListDbusers"}, // no title word is "db"
		{"GET", "/v2.0/vpc/routes", "查询VPC路由列表", "ListRoutes"},
	} {
		assert.Equal(t, tc.want, conventionName(tc.method, tc.path, tc.title), "%s %s", tc.method, tc.path)
	}
}

// Paths that name nothing still give a name, and never a panic.
func TestConventionOddPaths(t *testing.T) {
	for _, p := range []string{"", "/", "//", "/v1/中文", "/v1/中文/{id}", "/-/-", "/{a}/{b}", "/v1/{project_id}",
		"/v1/{project_id}/x/action", "/v1/action", "/tags/action", "/resource_instances/action", "/v1/{x}/detail",
		"/batch", "/v1/batch-delete", "/{version}", "/v1/attachvolume", "/v1/x/中文/action", "/v3-ext/x", "/v1beta1/x"} {
		for _, m := range []string{"GET", "POST", "PUT", "DELETE", "HEAD", "PATCH", "OPTIONS", ""} {
			n := conventionName(m, p, "Querying a Record Set")
			assert.Regexp(t, `^[A-Z][A-Za-z0-9]*$`, n, "%s %q", m, p)
			longer, versioned := longerNames(m, p, "")
			for _, l := range append(longer, versioned...) {
				assert.Regexp(t, `^[A-Z][A-Za-z0-9]*$`, l, "%s %q", m, p)
			}
		}
	}
}

func TestLongerNames(t *testing.T) {
	longer, versioned := longerNames("GET", "/v3/{project_id}/elb/pools/{pool_id}/members", "")
	assert.Equal(t, []string{"ListPoolMembers", "ListElbPoolMembers"}, longer)
	assert.Equal(t, []string{"ListMembersV3", "ListPoolMembersV3", "ListElbPoolMembersV3"}, versioned)
	longer, versioned = longerNames("GET", "/v2.1/zones", "")
	assert.Empty(t, longer)
	assert.Equal(t, []string{"ListZonesV21"}, versioned)
	_, versioned = longerNames("GET", "/v3-ext/projects/{project_id}", "")
	assert.Equal(t, []string{"ShowProjectV3Ext"}, versioned)
	longer, versioned = longerNames("GET", "/zones", "")
	assert.Empty(t, longer)
	assert.Empty(t, versioned)
	// the OpenStack extension the path is in
	longer, _ = longerNames("GET", "/v3/OS-FEDERATION/projects", "")
	assert.Equal(t, []string{"KeystoneListFederationProjects"}, longer)
	// a placeholder that names nothing ({name}, {id}): the segment before it does
	longer, _ = longerNames("PUT", "/v2/libraries/{library_id}/shelves/{name}/cover", "")
	assert.Equal(t, []string{"UpdateShelfCover", "UpdateLibraryShelfCover"}, longer)
	longer, _ = longerNames("GET", "/v1/{project_id}/apigw/instances/{instance_id}/vpc-channels/{id}/members", "")
	assert.Equal(t, []string{"ListVpcChannelMembers", "ListInstanceVpcChannelMembers", "ListApigwInstanceVpcChannelMembers"}, longer)
	// the resources the path nests it in, a project's too, one level at a time
	longer, _ = longerNames("PUT", "/v3/domains/{domain_id}/groups/{group_id}/roles/{role_id}", "")
	assert.Equal(t, []string{"KeystoneUpdateGroupRole", "KeystoneUpdateDomainGroupRole"}, longer)
	longer, _ = longerNames("PUT", "/v3/projects/{project_id}/groups/{group_id}/roles/{role_id}", "")
	assert.Equal(t, []string{"KeystoneUpdateGroupRole", "KeystoneUpdateProjectGroupRole"}, longer)
	longer, _ = longerNames("GET", "/v2/{project_id}/servers/{server_id}/nics", "")
	assert.Equal(t, []string{"NovaListServerNics"}, longer) // a bare {project_id} only scopes
	// a version the path leaves open: as a path without a parent names it
	longer, _ = longerNames("GET", "/{version_id}/{project_id}/libraries/{library_id}/shelves", "")
	assert.Equal(t, []string{"ListLibraryShelves", "ListVersionLibraryShelves"}, longer)
	longer, _ = longerNames("GET", "/{version_id}/{project_id}/shelves", "")
	assert.Equal(t, []string{"ListVersionShelves"}, longer)
	// {key_id} names a key
	assert.Equal(t, "ShowKeyTags", conventionName("GET", "/v1.0/{project_id}/kms/{key_id}/tags", ""))
	// a PATCH beside a PUT of the same path: Patch…
	longer, _ = longerNames("PATCH", "/v2/libraries/{library_id}/shelves/{name}/cover", "")
	assert.Equal(t, []string{"UpdateShelfCover", "PatchCover", "PatchShelfCover", "UpdateLibraryShelfCover"}, longer)
	// placeholders after placeholders: by what the last one names
	longer, _ = longerNames("GET", "/v2/{project_id}/os-vendor-tags/{resource_type}/{resource_id}/{key}", "")
	assert.Contains(t, longer, "ShowVendorTagByKey")
	longer, _ = longerNames("GET", "/v2/{project_id}/os-vendor-tags/{resource_type}/{resource_id}", "")
	assert.Contains(t, longer, "ShowVendorTagByResource")
	// Kubernetes' names say the group, version and scope: none longer
	longer, versioned = longerNames("PATCH", "/api/v1/namespaces/{namespace}/pods/{name}/status", "")
	assert.Empty(t, longer)
	assert.Empty(t, versioned)
	longer, _ = longerNames("PATCH", "/v3/OS-FEDERATION/mappings/{id}", "")
	assert.Equal(t, []string{"KeystonePatchMapping", "KeystoneUpdateFederationMapping"}, longer)
	// the details beside the list; one item of a generic resource
	longer, versioned = longerNames("GET", "/v3/{project_id}/snapshots/detail", "")
	assert.Equal(t, []string{"CinderListSnapshotsDetails"}, longer)
	assert.Equal(t, []string{"CinderListSnapshotsV3", "CinderListSnapshotsDetailsV3"}, versioned)
	longer, _ = longerNames("GET", "/v2/{project_id}/volumes/{volume_id}/metadata/{key}", "")
	assert.Equal(t, []string{"CinderShowVolumeMetadataItem"}, longer)
}

// The rule that tells a name from a documentation page id.
func TestPageID(t *testing.T) {
	for _, id := range []string{
		"eip_api_0004", "as_06_0701", "css_03_0019", "iam_13_0502", "rds_06_0616", "evs_04_2012", "dds_api_0018",
		"ZH-CN_TOPIC_0000001082135087", "zh-cn_topic_0118921493", "EN-US_TOPIC_0237964376", "topic_300000001",
		"nat_apiv2_0000", "bms_api_appendix_02", "dcs-api-0312014", "apig-zh-api-180713133", "vpcep_08_0003_0",
		"nat_apiSelect_0001", "smn_api_a1000", "vpc_floatingiP_0005", "elb_history-api_0000", "ErrorCode_1",
		"section16448035101644", "table12345", "module_versions", "api-call-process", "ecs", "Protect", "",
		"Topic300000001", "ListKmsTags_0",
	} {
		assert.True(t, pageID(id), id)
		assert.False(t, isOpName(id), id)
	}
	for _, name := range []string{
		"ListBackups", "CreateL7Policy", "PolicyListV3", "KeystoneListVersions", "ListNumberOfInstancesInDifferentStatus",
		"createCoreV1Namespace", "listBatchVolcanoShV1alpha1NamespacedJob", "getAPIVersions", "QueryAPI",
	} {
		assert.False(t, pageID(name), name)
		assert.True(t, isOpName(name), name)
	}
	for in, want := range map[string]bool{
		"BackupDetail": true, "X": true, "extend_param": true, "Rq1323Identityprovider": true,
		"zh-cn_topic_0000001": false, "table12345": false, "eip_api_0004": false, "topic_300000001": false, "": false,
	} {
		assert.Equal(t, want, structWord(in), in)
	}
}

func pageFrom(t *testing.T, path, text string) *pageCtx {
	t.Helper()
	page := docparse.Parse(path, []byte(text))
	title, secs := sections(page)
	c := &pageCtx{page: page, title: title, secs: secs}
	require.NotNil(t, title)
	return c
}

func TestExplorerName(t *testing.T) {
	link := func(api string) string {
		return "您可以在[API Explorer](https://apiexplorer.developer.huaweicloud.com/apiexplorer/doc?product=LIB&api=" + api + "&version=v1)中调试该接口。"
	}
	for _, tc := range []struct{ text, want string }{
		{"# T\n\n## 调试\n\n" + link("ListShelves") + "\n", "ListShelves"},
		{"# T\n\n## Debugging\n\n" + link("listShelves") + "\n", "ListShelves"},
		{"# T\n\nSee [x](https://console.huaweicloud.com/apiexplorer/#/openapi/KMS/doc?api=ListKeys).\n", "ListKeys"},
		// two names: the debugging section's
		{"# T\n\n## 功能介绍\n\n" + link("ListBooks") + "\n\n## 调试\n\n" + link("ListShelves") + "\n", "ListShelves"},
		// two names, none in a debugging section: none
		{"# T\n\n" + link("ListBooks") + "\n\n" + link("ListShelves") + "\n", ""},
		// the same name twice
		{"# T\n\n" + link("ListShelves") + "\n\n## 调试\n\n" + link("ListShelves") + "\n", "ListShelves"},
		// not names
		{"# T\n\n## 调试\n\n" + link("lib_api_0001") + "\n", ""},
		{"# T\n\n## 调试\n\n[API Explorer](https://apiexplorer.developer.huaweicloud.com/apiexplorer/doc?product=LIB)\n", ""},
		{"# T\n\n## 调试\n\n[other](https://example.com/doc?api=ListShelves)\n", ""},
	} {
		assert.Equal(t, tc.want, pageFrom(t, "p.md", tc.text).explorerName(), tc.text)
	}
}

func TestTitleName(t *testing.T) {
	for in, want := range map[string]string{
		"DELETE Bucket CORS":                       "DeleteBucketCors",
		"GET Bucket acl":                           "GetBucketAcl",
		"HEAD Object":                              "HeadObject",
		"PUT Object - Copy":                        "PutObjectCopy",
		"GET Bucket (List Objects)":                "ListObjects",
		"Upload Part":                              "UploadPart",
		"Complete Multipart Upload":                "CompleteMultipartUpload",
		"Creating a User":                          "",
		"Batch Deleting DCS Instances":             "",
		"Create or Replace Object":                 "CreateOrReplaceObject",
		"Create/Update/Delete Account Metadata":    "CreateOrUpdateOrDeleteAccountMetadata",
		"Create/Frobnicate Account Metadata":       "",
		"Show Account Details and List Containers": "",
		"查询备份":                                     "",
		"GET":                                      "",
		"Overview":                                 "",
		"DELETE a b c d e f":                       "",
	} {
		assert.Equal(t, want, titleName(in), in)
	}
}

func TestVerbFits(t *testing.T) {
	for _, tc := range []struct {
		name, method, path string
		want               bool
	}{
		{"ListShelves", "GET", "/v1/shelves", true},
		{"CreateShelf", "GET", "/v1/shelves", false},
		{"ListShelves", "POST", "/v1/shelves", false}, // a copied link
		{"ListShelvesByTags", "POST", "/v1/shelves/resource_instances/action", true},
		{"ShowLogs", "POST", "/v1/clusters/{id}/logs/search", true},
		{"CreateShelf", "POST", "/v1/shelves", true},
		{"ShowShelf", "PUT", "/v1/shelves/{id}", false},
		{"UpdateShelf", "DELETE", "/v1/shelves/{id}", false},
		{"DeleteShelf", "DELETE", "/v1/shelves/{id}", true},
		{"BatchDeleteShelves", "DELETE", "/v1/shelves", true},
		{"KeystoneListVersions", "GET", "/", true},
	} {
		assert.Equal(t, tc.want, verbFits(tc.name, tc.method, tc.path), tc.name+" "+tc.method)
	}
	for in, want := range map[string]string{
		"QueryScalingGroupList": "ListScalingGroups", "QueryScalingPolicyList": "ListScalingPolicies",
		"QueryScalingGroup": "ShowScalingGroup", "ModifyScalingGroup": "UpdateScalingGroup",
		"ListScalingGroups": "ListScalingGroups", "Query": "Query", "QueryList": "QueryList",
		"QueryScalingTagInfoListByResourceId": "ListScalingTagInfosByResourceId",
		"QueryAllScalingPolicyListV2":         "ListAllScalingPoliciesV2", "ModifyScalingPolicyV2": "UpdateScalingPolicyV2",
		"QueryV2": "QueryV2", "V2": "V2",
	} {
		assert.Equal(t, want, normalizeVerb(in), in)
	}
}

func TestSingularPlural(t *testing.T) {
	for pl, sg := range map[string]string{
		"policies": "policy", "addresses": "address", "statuses": "status", "boxes": "box", "ips": "ip",
		"responses": "response", "shelves": "shelf", "aliases": "alias", "vpcs": "vpc", "servers": "server",
	} {
		assert.Equal(t, sg, singular(pl), pl)
		assert.Equal(t, pl, plural(sg), sg)
	}
	for _, w := range []string{"status", "address", "analysis", "metadata", "os", "ip", "alias", "kms", "rds", "ddos", "qos"} {
		assert.Equal(t, w, singular(w), w)
	}
	for sg, pl := range map[string]string{"api": "apis", "kms": "kms", "quota": "quotas"} {
		assert.Equal(t, sg, singular(pl), pl)
		assert.Equal(t, pl, plural(sg), sg)
	}
}

// opPage writes a small operation page.
func opPage(title, anchor, method, path, extra string) string {
	a := ""
	if anchor != "" {
		a = `<a name="` + anchor + `"></a>`
	}
	return fmt.Sprintf("# %s%s\n\n%s\n\n## URI\n\n%s %s\n\n## 响应参数\n\n**状态码： 200**\n\n**表 1**  响应Body参数\n\n"+
		"|参数|参数类型|描述|\n|--|--|--|\n|name|String|名称。|\n", title, a, extra, method, path)
}

func mergeIDs(t *testing.T, pages map[string]string) (map[string]string, *model.API, diag.List) {
	t.Helper()
	var results []*PageResult
	for name, text := range pages {
		results = append(results, AnalyzePage(docparse.Parse(name, []byte(text))))
	}
	api, diags := Merge(results, "lib")
	ids := map[string]string{}
	for _, op := range api.Operations {
		ids[op.Method+" "+op.Path] = op.ID
	}
	return ids, api, diags
}

func TestSettleIDs(t *testing.T) {
	explorer := "## 调试\n\n您可以在[API Explorer](https://apiexplorer.developer.huaweicloud.com/apiexplorer/doc?product=LIB&api=ListBooks)中调试该接口。"
	pages := map[string]string{
		// built names that clash in one version: the parent tells them apart
		"a.md": opPage("查询书架上的书", "lib_api_0001", "GET", "/v1/shelves/{shelf_id}/books", ""),
		"b.md": opPage("查询书", "lib_api_0002", "GET", "/v1/rooms/{room_id}/books", ""),
		// an official name keeps the id against a built one
		"c.md": opPage("查询书", "lib_api_0003", "GET", "/v1/books", explorer),
		// another version of an operation: the older keeps the name
		"d.md": opPage("查询书架", "lib_api_0004", "GET", "/v2/shelves", ""),
		"e.md": opPage("查询书架", "lib_api_0005", "GET", "/v1/shelves", ""),
		"f.md": opPage("查询书架", "lib_api_0006", "GET", "/v2.1/shelves", ""),
		// nothing longer to build: a number
		"g.md": opPage("删除", "lib_api_0007", "DELETE", "/v1/{x}", ""),
		"h.md": opPage("删除", "lib_api_0008", "DELETE", "/v1/{y}/{x}", ""),
	}
	ids, api, diags := mergeIDs(t, pages)
	assert.Equal(t, map[string]string{
		"GET /v1/books":                    "ListBooks",
		"GET /v1/shelves/{shelf_id}/books": "ListShelfBooks",
		"GET /v1/rooms/{room_id}/books":    "ListRoomBooks",
		"GET /v1/shelves":                  "ListShelves",
		"GET /v2/shelves":                  "ListShelvesV2",
		"GET /v2.1/shelves":                "ListShelvesV21",
		"DELETE /v1/{x}":                   "DeleteX",
		"DELETE /v1/{y}/{x}":               "DeleteX2",
	}, ids)
	clashes := 0
	for _, d := range diags {
		if d.Code == diag.DuplicateOperationID {
			clashes++
		}
	}
	assert.Equal(t, 5, clashes, diags.String())
	assert.Contains(t, diags.String(), `operation id "ListBooks" is also used by c.md:1: this one is named "ListRoomBooks"`)
	// Schemas named after an operation follow its id.
	names := map[string]bool{}
	for _, s := range api.Schemas {
		names[s.Name] = true
	}
	for _, id := range ids {
		assert.True(t, names[id+"ResponseBody"], id)
	}
	assert.Len(t, api.Schemas, len(ids))

	// Stable: adding a page, renaming one and reordering never renames the
	// operations of the other pages.
	more := map[string]string{}
	for k, v := range pages {
		more[k] = v
	}
	more["0-new.md"] = opPage("查询房间", "lib_api_0009", "GET", "/v1/rooms", "")
	more["z-renamed.md"] = more["b.md"]
	delete(more, "b.md")
	ids2, _, _ := mergeIDs(t, more)
	for route, id := range ids {
		assert.Equal(t, id, ids2[route], route)
	}
	assert.Equal(t, "ListRooms", ids2["GET /v1/rooms"])
}

// Each name source, through AnalyzePage.
func TestOperationID(t *testing.T) {
	link := "## 调试\n\n您可以在[API Explorer](https://apiexplorer.developer.huaweicloud.com/apiexplorer/doc?product=LIB&api=%s)中调试该接口。"
	for _, tc := range []struct {
		anchor, extra, method, path, title, want, source string
	}{
		{"UpdateBackup", "", "PUT", "/v3/{project_id}/backups/{backup_id}", "修改备份", "UpdateBackup", "anchor"},
		{"ZH-CN_TOPIC_0000001082135087", "", "GET", "/v1/{project_id}/x", "查询", "ListXes", "path"},
		{"eip_api_0004", fmt.Sprintf(link, "ListPublicips"), "GET", "/v1/{project_id}/publicips", "查询", "ListPublicips", "explorer"},
		{"eip_api_0004", fmt.Sprintf(link, "ListPublicips"), "POST", "/v1/{project_id}/publicips", "创建", "CreatePublicip", "path"},
		{"ListTopicDetails", fmt.Sprintf(link, "ListTopics"), "GET", "/v2/{project_id}/notifications/topics/{topic_urn}", "查询", "ListTopicDetails", "anchor"},
		{"as_06_0101", fmt.Sprintf(link, "QueryScalingGroupList"), "GET", "/autoscaling-api/v1/{project_id}/scaling_group", "查询", "ListScalingGroups", "explorer"},
		{"EN-US_TOPIC_0125560455", "", "DELETE", "/?cors", "DELETE Bucket CORS", "DeleteBucketCors", "title"},
		{"createCoreV1Namespace", "", "POST", "/api/v1/namespaces", "创建Namespace", "CreateCoreV1Namespace", "anchor"},
		{"1abc", "", "POST", "/v1", "x", "Post", "path"},
	} {
		res := AnalyzePage(docparse.Parse("p.md", []byte(opPage(tc.title, tc.anchor, tc.method, tc.path, tc.extra))))
		require.NotNil(t, res.Operation, tc.want)
		assert.Equal(t, tc.want, res.Operation.ID, tc.anchor)
		require.NotNil(t, res.Naming)
		assert.Equal(t, tc.source, res.Naming.Source, tc.want)
		assert.Equal(t, tc.source != "path", res.Naming.Official(), tc.want)
		if tc.source != "path" {
			path, _, _ := parsePath(tc.path)
			assert.Equal(t, conventionName(tc.method, path, tc.title), res.Naming.Longer[0], "an official name's first fallback is the built one")
		}
	}
}

func TestStructNames(t *testing.T) {
	res := AnalyzePage(docparse.Parse("p.md", []byte(strings.Join([]string{
		"# Creating a Shelf<a name=\"lib_api_0002\"></a>", "", "## URI", "", "POST /v1/shelves", "", "## Request", "",
		"**Table 1** Request parameters", "", "<a name=\"table1\"></a>",
		"|Parameter|Mandatory|Type|Description|", "|--|--|--|--|",
		"|shelf|Yes|Object|See <a href=\"#table2\">Table 2</a>.|", "",
		"**Table 2** Parameter description", "", "<a name=\"table2\"></a>",
		"|Parameter|Mandatory|Type|Description|", "|--|--|--|--|", "|name|Yes|String|Name.|", "",
	}, "\n"))))
	require.NotNil(t, res.Operation)
	body := res.Operation.RequestBody.Schema
	assert.Equal(t, "CreateShelfRequestBody", body.Name)
	require.Len(t, body.Fields, 1)
	assert.Equal(t, "CreateShelfShelf", body.Fields[0].Schema.Name)
	assert.Equal(t, map[string]bool{"CreateShelfRequestBody": true, "CreateShelfShelf": true}, res.Naming.Derived)
	assert.Equal(t, "nics", lastField("server.nics"))
	assert.Equal(t, "nics", lastField("nics[]"))
}

func TestRootFits(t *testing.T) {
	assert.False(t, rootFits("ListCloudPhoneServers", "GET", "/"))
	assert.False(t, rootFits("QueryScalingActivityLogV2", "GET", "/{api_version}"))
	assert.True(t, rootFits("GetApiInfo", "GET", "/"))
	assert.True(t, rootFits("KeystoneListVersions", "GET", "/"))
	assert.True(t, rootFits("ListServers", "GET", "/v2/{project_id}/servers"))
	assert.True(t, rootFits("DeleteBucketCors", "DELETE", "/"))
	assert.True(t, rootFits("HeadContainer", "GET", "/v1/{account}/{container}"))
}

func TestNamesItem(t *testing.T) {
	for _, c := range []struct {
		param, seg string
		want       bool
	}{
		{"vpc_id", "vpcs", true}, {"repository", "repos", true}, {"floatingip_id", "floatingips", true},
		{"l7rule_id", "rules", true}, {"id", "datastores", true}, {"scaling_group_id", "scaling_groups", true},
		{"database_name", "datastores", false}, {"scaling_group_id", "scaling_activity_log", false},
		{"scaling_policy_id", "scaling_policy_execute_log", false}, {"config_id", "configurations", true},
	} {
		assert.Equal(t, c.want, namesItem(c.param, resourceWords(c.seg)), c.param+" after "+c.seg)
	}
}

func TestSameGoName(t *testing.T) {
	assert.True(t, sameGoName("is_backup", "isBackup"))
	assert.True(t, sameGoName("ID", "id"))
	assert.True(t, sameGoName("hw:passthrough", "hw_passthrough"))
	assert.False(t, sameGoName("id", "ids"))
	assert.False(t, sameGoName("", "a"))
	assert.True(t, sameGoName("", "_"))
}

// An operation told apart by a value is named with it where its title puts
// it, else after its name.
func TestLabelledID(t *testing.T) {
	for _, tc := range []struct{ id, value, title, want string }{
		{"CreateZone", "public", "Creating a Public Zone", "CreatePublicZone"},
		{"ListZones", "private", "Querying Private Zones", "ListPrivateZones"},
		{"NovaCreateZone", "public", "Creating a Public Zone", "NovaCreatePublicZone"},
		{"CreateInstance", "restorePoint", "Restoring Data to a New DB Instance", "CreateInstanceRestorePoint"},
		{"CreateZone", "public", "创建公网Zone", "CreateZonePublic"},
	} {
		assert.Equal(t, tc.want, labelledID(tc.id, tc.value, tc.title), tc.title)
	}
}

// TestNameVerbs: the verbs a name the page gives takes from the SDKs.
func TestNameVerbs(t *testing.T) {
	for in, want := range map[string]string{
		"GetProjectTags": "ListProjectTags", "GetTopic": "ShowTopic", "Getaway": "Getaway", "Get": "Get",
		"DeleteTopic": "DeleteTopic",
	} {
		assert.Equal(t, want, getVerb(in), in)
	}
	for in, want := range map[string]string{
		"QueryApiSupportVersions": "ListApiSupportVersions", "QueryTopicDetail": "ShowTopicDetail",
		"QueryScalingGroupList": "ListScalingGroups", "Query2": "Query2", "ModifyScalingGroup": "UpdateScalingGroup",
	} {
		assert.Equal(t, want, normalizeVerb(in), in)
	}
}
