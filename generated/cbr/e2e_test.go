package cbr

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// backupServer implements the strict server and records what it was sent.
type backupServer struct {
	mu  sync.Mutex
	got []UpdateBackupRequestObject
}

func (s *backupServer) UpdateBackup(_ context.Context, req UpdateBackupRequestObject) (UpdateBackupResponseObject, error) {
	s.mu.Lock()
	s.got = append(s.got, req)
	s.mu.Unlock()
	name := *req.Body.Backup.Name
	status := BackupDetailStatusAvailable
	size := BackupExtendInfoSupportedRestoreModeSnapshot
	return UpdateBackup200JSONResponse{Backup: &BackupDetail{
		Id:        &req.BackupId,
		ProjectId: &req.ProjectId,
		Name:      &name,
		Status:    &status,
		ExtendInfo: &BackupExtendInfo{
			SupportedRestoreMode: &size,
			OsImagesData:         &[]string{"img-1", "img-2"},
		},
		Children: &[]BackupResp{{Id: ptr("child-1")}},
	}}, nil
}

func ptr[T any](v T) *T { return &v }

// TestClientServer: the generated client calls the generated server for
// UpdateBackup; both sides see the same typed values.
func TestClientServer(t *testing.T) {
	impl := &backupServer{}
	srv := httptest.NewServer(Handler(NewStrictHandler(impl, nil)))
	defer srv.Close()

	client, err := NewClientWithResponses(srv.URL, WithRequestEditorFn(func(_ context.Context, r *http.Request) error {
		r.Header.Set("X-Auth-Token", "token")
		return nil
	}))
	require.NoError(t, err)
	resp, err := client.UpdateBackupWithResponse(context.Background(), "p-1", "b-1", UpdateBackupJSONRequestBody{
		Backup: &BackupUpdate{Name: ptr("nightly")},
	})
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, resp.StatusCode(), string(resp.Body))

	require.Len(t, impl.got, 1)
	got := impl.got[0]
	assert.Equal(t, "p-1", got.ProjectId)
	assert.Equal(t, "b-1", got.BackupId)
	require.NotNil(t, got.Body)
	assert.Equal(t, "nightly", *got.Body.Backup.Name)

	b := resp.JSON200.Backup
	require.NotNil(t, b)
	assert.Equal(t, "b-1", *b.Id)
	assert.Equal(t, "p-1", *b.ProjectId)
	assert.Equal(t, "nightly", *b.Name)
	assert.Equal(t, BackupDetailStatusAvailable, *b.Status)
	assert.True(t, b.Status.Valid())
	assert.Equal(t, BackupExtendInfoSupportedRestoreModeSnapshot, *b.ExtendInfo.SupportedRestoreMode)
	assert.Equal(t, []string{"img-1", "img-2"}, *b.ExtendInfo.OsImagesData)
	require.Len(t, *b.Children, 1)
	assert.Equal(t, "child-1", *(*b.Children)[0].Id)
}

// TestSpecEmbedded: the embedded spec decodes and names the operation.
func TestSpecEmbedded(t *testing.T) {
	spec, err := GetSpec()
	require.NoError(t, err)
	op := spec.Paths.Find("/v3/{project_id}/backups/{backup_id}")
	require.NotNil(t, op)
	assert.Equal(t, "UpdateBackup", op.Put.OperationID)
}
